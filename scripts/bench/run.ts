/**
 * `npm run bench [-- --entries N --seed S --runs K --lighthouse-runs L --no-timing-budgets
 * --project DIR]`: generates a
 * synthetic corpus, builds this site and a bare Astro baseline from it, measures both,
 * prints a table and one PASS/FAIL line per budget, and exits non-zero on a FAIL.
 * Everything it writes stays under .bench/n<N>/ (ignored by git).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  checkBudgets,
  KB,
  type BuildFigures,
  type EveryPage,
  type Results,
  type Verdict,
} from './budgets.ts';
import { generateCorpus } from './corpus.ts';
import { runLighthouse, type LighthouseResult } from './lighthouse.ts';
import { measure, type Run } from './measure.ts';
import { measureSearch } from './search-bytes.ts';
import { serveGzip } from './serve.ts';
import { weighPage, dirSize, listFiles, readerPages, type PageWeight } from './weight.ts';
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
const fmtS = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const fmtMiB = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
const fmtBytes = (b: number) =>
  b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MiB` : `${(b / KB).toFixed(1)} KB`;
const fmtKB = (b: number) => (b / KB).toFixed(1);
const count = (n: number) => n.toLocaleString('en-US');

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

/** What a finished build wrote. */
function figures(dir: string, run: Run): BuildFigures {
  const dist = join(dir, 'dist');
  const out = dirSize(dist);
  const pf = dirSize(join(dist, 'pagefind'));
  const pages = listFiles(dist).filter((f) => f.endsWith('.html')).length;
  return {
    wallMs: run.wallMs,
    cpuS: run.cpuS,
    peakKiB: run.peakKiB,
    largest: run.largest,
    pages,
    outBytes: out.bytes,
    outFiles: out.files,
    pagefindBytes: pf.bytes,
    pagefindFiles: pf.files,
  };
}

/** The entry pages of one kind (/activities/<id>/, not list pages), largest HTML first, pages with images first. */
function entryPages(dist: string, kind: string): string[] {
  const dir = join(dist, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (e) =>
        e.isDirectory() && !/^\d+$/.test(e.name) && existsSync(join(dir, e.name, 'index.html')),
    )
    .map((e) => {
      const html = readFileSync(join(dir, e.name, 'index.html'));
      return { path: `/${kind}/${e.name}/`, size: html.length, img: html.includes('<img') };
    })
    .sort(
      (a, b) => Number(b.img) - Number(a.img) || b.size - a.size || a.path.localeCompare(b.path),
    )
    .map((p) => p.path);
}

/** The budgeted checks on every page a reader can reach, except search pages. */
function everyPage(dist: string): EveryPage {
  const { pages, noindex } = readerPages(dist);
  const e: EveryPage = {
    checked: 0,
    noindex,
    overHtmlCss: [],
    otherJs: [],
    statusJsOver: [],
    withFonts: [],
    external: [],
    maxHtmlCss: { path: '', bytes: 0 },
    overBySection: {},
  };
  for (const path of pages) {
    if (/(^|\/)search\/$/.test(path)) continue;
    const w = weighPage(dist, path);
    e.checked++;
    const htmlCss = w.html + w.css;
    if (htmlCss > e.maxHtmlCss.bytes) e.maxHtmlCss = { path, bytes: htmlCss };
    if (htmlCss > 40 * KB) {
      e.overHtmlCss.push({ path, bytes: htmlCss });
      const section = path.split('/')[1] || '(home)';
      e.overBySection[section] = (e.overBySection[section] ?? 0) + 1;
    }
    if (w.js - w.statusJs > 0) e.otherJs.push({ path, bytes: w.js - w.statusJs });
    if (w.statusJs > 2 * KB) e.statusJsOver.push({ path, bytes: w.statusJs });
    if (w.fontFiles.length) e.withFonts.push({ path, bytes: w.fonts });
    if (w.external.length) e.external.push({ path, refs: w.external.slice(0, 3) });
  }
  return e;
}

/** “ at <commit>” for a git checkout, else nothing. */
function gitHead(dir: string): string {
  try {
    return ` at ${execFileSync('git', ['-C', dir, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).trim()}`;
  } catch {
    return '';
  }
}

/** The machine, as docs/performance.md records it. */
function machine(): string {
  const os = existsSync('/etc/os-release')
    ? (/PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'Linux')
    : process.platform;
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory, Node ${process.version}, ${os}`;
}

/** The table of figures. */
function table(r: Results, load: { start: number[]; end: number[] }): string {
  const lines: string[] = [];
  const row = (cells: string[], widths: number[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[0] ?? 0) : c.padStart(widths[i] ?? 0)))
      .join('  ');
  const w1 = [34, 14, 14, 10];
  lines.push(
    `Benchmark: ${count(r.entries)} entries (seed “${r.seed}”), BUILD_DATE ${r.buildDate}${runs > 1 ? `, median of ${runs} cold builds each` : ''}`,
  );
  lines.push(`Site measured: ${project}${gitHead(project)}`);
  lines.push(`Machine: ${machine()}`);
  lines.push(
    `Load average (1/5/15 min): ${load.start.map((x) => x.toFixed(2)).join(' ')} at start, ${load.end.map((x) => x.toFixed(2)).join(' ')} at end`,
  );
  lines.push('');
  lines.push(row(['Build', 'this site', 'bare Astro', 'ratio'], w1));
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)} ×`;
  lines.push(
    row(
      [
        'cold build, wall time',
        fmtS(r.site.wallMs),
        fmtS(r.baseline.wallMs),
        ratio(r.site.wallMs, r.baseline.wallMs),
      ],
      w1,
    ),
  );
  const cpu = (x: number | null) => (x === null ? '—' : `${x.toFixed(1)} s`);
  lines.push(
    row(
      [
        'cold build, CPU time (user+sys)',
        cpu(r.site.cpuS),
        cpu(r.baseline.cpuS),
        r.site.cpuS && r.baseline.cpuS ? ratio(r.site.cpuS, r.baseline.cpuS) : '',
      ],
      w1,
    ),
  );
  lines.push(
    row(
      [
        'peak memory, largest process',
        fmtMiB(r.site.peakKiB),
        fmtMiB(r.baseline.peakKiB),
        ratio(r.site.peakKiB, r.baseline.peakKiB),
      ],
      w1,
    ),
  );
  lines.push(row(['pages written', count(r.site.pages), count(r.baseline.pages), ''], w1));
  lines.push(
    row(
      [
        'pages per second',
        (r.site.pages / (r.site.wallMs / 1000)).toFixed(1),
        (r.baseline.pages / (r.baseline.wallMs / 1000)).toFixed(1),
        '',
      ],
      w1,
    ),
  );
  lines.push(
    row(
      [
        'warm rebuild, one title changed',
        fmtS(r.warm.wallMs),
        '',
        `${(r.warm.wallMs / r.site.wallMs).toFixed(2)} × cold`,
      ],
      w1,
    ),
  );
  lines.push(
    row(
      [
        'warm rebuild, CPU time',
        cpu(r.warm.cpuS),
        '',
        r.warm.cpuS && r.site.cpuS ? `${(r.warm.cpuS / r.site.cpuS).toFixed(2)} × cold` : '',
      ],
      w1,
    ),
  );
  lines.push(
    row(
      [
        'output size',
        fmtBytes(r.site.outBytes),
        fmtBytes(r.baseline.outBytes),
        ratio(r.site.outBytes, r.baseline.outBytes),
      ],
      w1,
    ),
  );
  lines.push(row(['output files', count(r.site.outFiles), count(r.baseline.outFiles), ''], w1));
  lines.push(
    row(
      [
        'Pagefind index',
        fmtBytes(r.site.pagefindBytes),
        fmtBytes(r.baseline.pagefindBytes),
        ratio(r.site.pagefindBytes, r.baseline.pagefindBytes),
      ],
      w1,
    ),
  );
  lines.push(
    row(['Pagefind files', count(r.site.pagefindFiles), count(r.baseline.pagefindFiles), ''], w1),
  );
  lines.push(`Largest process: ${r.site.largest} (site), ${r.baseline.largest} (baseline)`);
  lines.push('');
  const w2 = [44, 8, 8, 8, 8, 10];
  lines.push(row(['Transfer, gzip -9 (KB)', 'HTML', 'CSS', 'JS', 'fonts', 'HTML+CSS'], w2));
  for (const { label, weight: w } of r.pages) {
    lines.push(
      row(
        [
          `${label} ${w.path}`.slice(0, 44),
          fmtKB(w.html),
          fmtKB(w.css),
          fmtKB(w.js),
          fmtKB(w.fonts),
          fmtKB(w.html + w.css),
        ],
        w2,
      ),
    );
  }
  const e = r.every;
  lines.push(
    `All ${count(e.checked)} reader pages except search: largest HTML+CSS ${e.maxHtmlCss.path} ${fmtKB(e.maxHtmlCss.bytes)} KB; over 40 KB: ${e.overHtmlCss.length}${e.noindex.length ? `; left out as robots noindex: ${e.noindex.length}, e.g. ${e.noindex.slice(0, 3).join(' ')}` : ''}`,
  );
  lines.push('');
  if ('error' in r.search) lines.push(`Search in Chromium: not measured: ${r.search.error}`);
  else {
    const q = r.search;
    const pf = (fs: { url: string; bytes: number }[]) =>
      fs
        .filter((f) => new URL(f.url).pathname.startsWith('/pagefind/'))
        .reduce((a, f) => a + f.bytes, 0);
    lines.push(`Search in Chromium (box ${q.box}; bytes on the wire incl. headers)`);
    lines.push(
      row(['phase', 'requests', 'KB', 'pagefind KB', 'result links'], [34, 10, 10, 12, 13]),
    );
    for (const [name, p] of [
      ['page load, before focus', q.load],
      ['focus', q.focus],
      [`first query “${q.first.query}”`, q.first],
      [`second query “${q.second.query}”`, q.second],
    ] as const) {
      lines.push(
        row(
          [
            name,
            String(p.fetches.length),
            fmtKB(p.bytes),
            fmtKB(pf(p.fetches)),
            name.includes('query') ? String(p.results) : '',
          ],
          [34, 10, 10, 12, 13],
        ),
      );
    }
  }
  lines.push('');
  lines.push(row(['Lighthouse, mobile', 'perf', 'a11y', 'best pr.', 'SEO'], [34, 6, 6, 9, 6]));
  for (const l of r.lighthouse) {
    const sc = (v: number | null) => (v === null ? '—' : String(v));
    const runsNote =
      l.runs && l.runs.length > 1
        ? `  (performance of ${l.runs.length} runs: ${l.runs.map(sc).join(', ')}; median kept)`
        : '';
    lines.push(
      row(
        [
          l.path.slice(0, 34),
          sc(l.scores.performance),
          sc(l.scores.accessibility),
          sc(l.scores['best-practices']),
          sc(l.scores.seo),
        ],
        [34, 6, 6, 9, 6],
      ) +
        runsNote +
        (l.error ? `  (${l.error})` : ''),
    );
  }
  return lines.join('\n');
}

/** Budget lines; timing budgets not enforced are said to be so. */
function budgetLines(verdicts: Verdict[]): string {
  return verdicts
    .map(
      (v) =>
        `${v.pass ? 'PASS' : 'FAIL'}  ${v.text}${!enforceAny ? '  [not enforced: --no-budgets]' : v.timing && !enforceTiming ? '  [machine-dependent budget, not enforced: --no-timing-budgets]' : ''}`,
    )
    .join('\n');
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
    lighthouse,
  };
  const verdicts = checkBudgets(results);
  const report = `${table(results, load)}\n\nBudgets\n${budgetLines(verdicts)}\n`;
  await writeFile(
    join(work, 'results.json'),
    `${JSON.stringify({ machine: machine(), load, runs, results, verdicts }, null, 2)}\n`,
  );
  await writeFile(join(work, 'report.txt'), report);
  process.stdout.write(`\n${report}`);
  const failed = verdicts.filter((v) => !v.pass && enforceAny && (enforceTiming || !v.timing));
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
