/**
 * Lighthouse (mobile, its default config: simulated slow 4G and a 4× slower CPU) on pages
 * served from loopback, in Debian's Chromium started here with a DevTools port.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROME_FLAGS, chromiumPath } from './search-bytes.ts';

/** The four categories every budgeted page must score 100 in. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse's verdict on one page. */
export interface LighthouseResult {
  path: string;
  /** Score 0–100 per category; null where Lighthouse gave none. */
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  /** Audits that cost points: category, audit id, score and displayed value. */
  losses: string[];
  /** Why Lighthouse could not score the page, if it could not. */
  error?: string;
  /** Performance score of every run (the kept one is the median). */
  runs?: (number | null)[];
}

/** Starts Chromium with a DevTools port; resolves with the port and the process. */
async function startChromium(profile: string): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(
    chromiumPath,
    [
      ...CHROME_FLAGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not open a DevTools port: ${text.slice(-500)}`)),
      30_000,
    );
    child.on('error', reject);
    child.stderr?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(text);
      if (m) {
        clearTimeout(timer);
        resolve({ port: Number(m[1]), child });
      }
    });
  });
}

/** One Lighthouse run on one page. */
async function audit(
  port: number,
  url: string,
  path: string,
  report: string,
): Promise<LighthouseResult> {
  const empty = { performance: null, accessibility: null, 'best-practices': null, seo: null };
  try {
    const run = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!run) throw new Error('Lighthouse returned no result');
    const lhr = run.lhr;
    await writeFile(report, JSON.stringify(lhr));
    const scores = { ...empty } as LighthouseResult['scores'];
    const losses: string[] = [];
    for (const id of CATEGORIES) {
      const category = lhr.categories[id];
      scores[id] =
        category?.score === null || category?.score === undefined
          ? null
          : Math.round(category.score * 100);
      for (const ref of category?.auditRefs ?? []) {
        const a = lhr.audits[ref.id];
        if (!a || ref.weight === 0 || a.score === null || a.score >= 1) continue;
        losses.push(`${id}: ${a.id} ${a.score}${a.displayValue ? ` (${a.displayValue})` : ''}`);
      }
    }
    const error = lhr.runtimeError?.message;
    return { path, scores, losses, ...(error ? { error } : {}) };
  } catch (error) {
    return {
      path,
      scores: empty,
      losses: [],
      error: error instanceof Error ? error.message : String(error),
    };
  }
}

/**
 * Runs Lighthouse `runs` times on each path of the site at `base` and keeps, per page, the
 * run with the median performance score (Lighthouse's own advice for noisy machines).
 * Saves each kept report as JSON in `outDir`.
 */
export async function runLighthouse(
  base: string,
  paths: readonly { label: string; path: string }[],
  outDir: string,
  runs = 1,
): Promise<LighthouseResult[]> {
  const profile = await mkdtemp(join(tmpdir(), 'bench-chromium-'));
  const { port, child } = await startChromium(profile);
  const results: LighthouseResult[] = [];
  try {
    for (const { label, path } of paths) {
      const tries: { result: LighthouseResult; report: string }[] = [];
      for (let i = 0; i < runs; i++) {
        const report = join(outDir, `lighthouse-${label}-${i + 1}.json`);
        tries.push({ result: await audit(port, new URL(path, base).href, path, report), report });
      }
      const scored = tries
        .filter((t) => t.result.scores.performance !== null)
        .sort((a, b) => (a.result.scores.performance ?? 0) - (b.result.scores.performance ?? 0));
      const kept = scored[Math.floor((scored.length - 1) / 2)] ?? tries[0];
      if (kept)
        results.push({ ...kept.result, runs: tries.map((t) => t.result.scores.performance) });
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    await rm(profile, { recursive: true, force: true });
  }
  return results;
}
