/**
 * `npm run bench [-- --entries N --seed S --runs K --lighthouse-runs L --no-timing-budgets
 * --project DIR]`: generates a
 * synthetic corpus, builds this site and a bare Astro baseline from it, measures both,
 * prints a table and one PASS/FAIL line per budget, and exits non-zero on a FAIL.
 * Everything it writes stays under .bench/n<N>/ (ignored by git).
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudgets, notEnforced, type Results } from './budgets.ts';
import { generateCorpus } from './corpus.ts';
import { entryPages, everyPage, figures } from './dist-pages.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { measure, type Run } from './measure.ts';
import { budgetLines, count, fmtMiB, fmtS, machine, table } from './report.ts';
import { measureSearch } from './search-bytes.ts';
import { serveGzip } from './serve.ts';
import { cardsOf, measureShareImages } from './share-images.ts';
import { weighPage, type PageWeight } from './weight.ts';
import { clearCaches, prepareBaseline, prepareSite } from './workspace.ts';

const { values: args } = parseArgs({
  options: {
    entries: { type: 'string', default: '10000' },
    seed: { type: 'string', default: 'fupinri-bench' },
    runs: { type: 'string', default: '1' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'no-timing-budgets': { type: 'boolean', default: false },
    'no-budgets': { type: 'boolean', default: false },
    project: { type: 'string' },
  },
});
const entries = Number(args.entries);
const runs = Math.max(1, Number(args.runs));
const enforceTiming = !args['no-timing-budgets'] && !args['no-budgets'];
/** --no-budgets: report every budget, fail on none (the exit status then says only whether the benchmark ran). */
const enforceAny = !args['no-budgets'];
/** Two queries a reader might type; both phrases occur throughout the corpus. */
const QUERIES = ['消费扶贫', '驻村工作队'] as const;

/** This repository: the benchmark's own files and its output folder, .bench/. */
const repo = resolve(import.meta.dirname, '..', '..');
/** The site measured: this repository, or another checkout given with --project (only read). */
const project = resolve(args.project ?? repo);
/** Packages for both builds: the measured project's, or this repository's where it has none. */
const modules = existsSync(join(project, 'node_modules', 'astro')) ? project : repo;
const work = join(
  repo,
  '.bench',
  project === repo ? `n${entries}` : `n${entries}-${basename(project)}`,
);
const siteDir = join(work, 'site');
const baseDir = join(work, 'baseline');
const astroBin = join(modules, 'node_modules', 'astro', 'bin', 'astro.mjs');
const log = (text: string) => process.stderr.write(`[bench] ${text}\n`);

const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] as number;

/** One cold or warm build of the project in `dir`. */
async function build(dir: string, label: string, env: NodeJS.ProcessEnv): Promise<Run> {
  log(`${label}: building ${dir}`);
  const run = await measure(process.execPath, [astroBin, 'build'], {
    cwd: dir,
    env,
    logFile: join(work, `${label}.log`),
  });
  if (run.code !== 0)
    throw new Error(`${label} failed (exit ${run.code}); see ${join(work, `${label}.log`)}`);
  log(
    `${label}: ${fmtS(run.wallMs)} wall, ${run.cpuS === null ? '?' : run.cpuS.toFixed(1)} s CPU, peak ${fmtMiB(run.peakKiB)}`,
  );
  return run;
}

async function main(): Promise<number> {
  const load = { start: loadavg(), end: [] as number[] };
  await mkdir(work, { recursive: true });
  log(`generating ${count(entries)} entries (seed “${args.seed}”)`);
  const corpus = await generateCorpus({ entries, seed: args.seed ?? '' });
  const buildDate = `${corpus.currentYear}-09-20`;
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BUILD_DATE: buildDate };
  await prepareSite(project, modules, siteDir, corpus.files);
  await prepareBaseline(modules, baseDir, corpus.files);

  // Cold builds, alternating so that the machine's load falls on both alike.
  const siteRuns: Run[] = [];
  const baseRuns: Run[] = [];
  for (let i = 0; i < runs; i++) {
    await clearCaches(baseDir);
    baseRuns.push(await build(baseDir, `baseline-cold-${i + 1}`, env));
    await clearCaches(siteDir);
    siteRuns.push(await build(siteDir, `site-cold-${i + 1}`, env));
  }
  const pick = (rs: Run[]): Run => ({
    ...(rs.at(-1) as Run),
    wallMs: median(rs.map((x) => x.wallMs)),
    cpuS: rs.every((x) => x.cpuS !== null) ? median(rs.map((x) => x.cpuS as number)) : null,
    peakKiB: median(rs.map((x) => x.peakKiB)),
  });
  const site = figures(siteDir, pick(siteRuns));
  const baseline = figures(baseDir, pick(baseRuns));

  // Warm rebuild: caches kept, one activity's title changed.
  const target = join(siteDir, 'src', 'content', corpus.editTarget);
  const source = await readFile(target, 'utf8');
  const newTitle = `基准测试修改后的标题${entries}`;
  await writeFile(target, source.replace(/^title: .*$/m, `title: "${newTitle}"`));
  const warmRun = await build(siteDir, 'site-warm', env);
  const changedPage = join(
    siteDir,
    'dist',
    'activities',
    corpus.editTarget.replace(/^activities\//, '').replace(/\.md$/, ''),
    'index.html',
  );
  const shown = existsSync(changedPage) && readFileSync(changedPage, 'utf8').includes(newTitle);
  const warm = {
    wallMs: warmRun.wallMs,
    cpuS: warmRun.cpuS,
    peakKiB: warmRun.peakKiB,
    changed: corpus.editTarget,
    shown,
  };

  // Page weights from dist.
  log('weighing pages');
  const dist = join(siteDir, 'dist');
  const named = [
    { label: 'home', path: '/' },
    { label: 'activity', path: entryPages(dist, 'activities')[0] },
    { label: 'story', path: entryPages(dist, 'stories')[0] },
    { label: 'schedule', path: '/activities/' },
    { label: 'search', path: '/search/' },
  ].filter(
    (p): p is { label: string; path: string } =>
      !!p.path && existsSync(join(dist, p.path, 'index.html')),
  );
  const pages: { label: string; weight: PageWeight }[] = named.map((p) => ({
    label: p.label,
    weight: weighPage(dist, p.path),
  }));
  const every = everyPage(dist);

  // One share image's cost, drawn by the measured site's renderer outside the build.
  log('share images');
  const shareImages = await measureShareImages(siteDir, cardsOf(corpus.files)).catch(
    (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
  );

  // Browser measurements against a gzip server on loopback.
  const { server, url } = await serveGzip(dist);
  let search: Results['search'];
  let lighthouse: LighthouseResult[];
  try {
    log('search in Chromium');
    search = await measureSearch(new URL('/search/', url).href, QUERIES).catch(
      (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
    );
    log('Lighthouse (mobile)');
    const audited = named.filter((p) => ['home', 'schedule', 'story', 'search'].includes(p.label));
    lighthouse = await runLighthouse(
      url,
      audited,
      work,
      Math.max(1, Number(args['lighthouse-runs'])),
    ).catch((error: unknown) =>
      audited.map((p) => ({
        path: p.path,
        scores: { performance: null, accessibility: null, 'best-practices': null, seo: null },
        losses: [],
        error: `Lighthouse could not run: ${error instanceof Error ? error.message : String(error)}`,
      })),
    );
  } finally {
    server.close();
  }

  load.end = loadavg();
  const results: Results = {
    entries,
    seed: args.seed ?? '',
    buildDate,
    site,
    baseline,
    warm,
    pages,
    every,
    search,
    shareImages,
    lighthouse,
  };
  const verdicts = checkBudgets(results);
  const enforcement = { enforceAny, enforceTiming, entries };
  const report = `${table(results, load, { runs, project })}\n\nBudgets\n${budgetLines(verdicts, enforcement)}\n`;
  await writeFile(
    join(work, 'results.json'),
    `${JSON.stringify({ machine: machine(), load, runs, results, verdicts }, null, 2)}\n`,
  );
  await writeFile(join(work, 'report.txt'), report);
  process.stdout.write(`\n${report}`);
  const failed = verdicts.filter((v) => !v.pass && !notEnforced(v, enforcement));
  process.stdout.write(
    `\n${verdicts.length - verdicts.filter((v) => !v.pass).length} passed, ${verdicts.filter((v) => !v.pass).length} failed` +
      `${failed.length !== verdicts.filter((v) => !v.pass).length ? ` (${failed.length} enforced)` : ''}; report in ${join(work, 'report.txt')}\n`,
  );
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(2);
  },
);
