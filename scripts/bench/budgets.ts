/**
 * The budgets of issues 8 and 14, checked against one benchmark run. Each budget is one
 * PASS/FAIL line; budgets that depend on the machine's speed and load (times, memory,
 * Lighthouse performance) are marked so a quick CI run can report them without failing.
 */
import type { LighthouseResult } from './lighthouse.ts';
import type { SearchBytes } from './search-bytes.ts';
import type { ShareImageCost } from './share-images.ts';
import type { PageWeight } from './weight.ts';

/** KiB, the unit of every byte budget. */
export const KB = 1024;

/** The limits, as the issue states them. */
export const LIMITS = {
  /** Cold build CPU time against bare Astro's (issue 14; issue 8's 1.5 × wall time before it). */
  buildCpuRatio: 3,
  memoryRatio: 1.1,
  warmRatio: 0.35,
  /** Output bytes against bare Astro's, at 10,000 entries. */
  outputRatio: 8,
  /** CPU milliseconds to draw one share image. */
  shareImageMs: 5,
  statusJs: 2 * KB,
  htmlCss: 40 * KB,
  firstQuery: 150 * KB,
  nextQuery: 60 * KB,
  lighthouse: 100,
} as const;

/** What one build took and wrote. */
export interface BuildFigures {
  wallMs: number;
  /** CPU seconds of the build's process tree (null where GNU time is missing). */
  cpuS: number | null;
  peakKiB: number;
  largest: string;
  pages: number;
  outBytes: number;
  outFiles: number;
  pagefindBytes: number;
  pagefindFiles: number;
}

/** The all-pages check: every page a reader can reach except search. */
export interface EveryPage {
  checked: number;
  /** Pages left out: marked robots noindex (an editors' page, not a reader's). */
  noindex: string[];
  overHtmlCss: { path: string; bytes: number }[];
  otherJs: { path: string; bytes: number }[];
  statusJsOver: { path: string; bytes: number }[];
  withFonts: { path: string; bytes: number }[];
  external: { path: string; refs: string[] }[];
  /** Largest HTML + CSS of any checked page. */
  maxHtmlCss: { path: string; bytes: number };
  /** Pages over the HTML + CSS budget, by first path segment. */
  overBySection: Record<string, number>;
}

/** Everything one run measured. */
export interface Results {
  entries: number;
  seed: string;
  buildDate: string;
  site: BuildFigures;
  baseline: BuildFigures;
  warm: { wallMs: number; cpuS: number | null; peakKiB: number; changed: string; shown: boolean };
  pages: { label: string; weight: PageWeight }[];
  every: EveryPage;
  search: SearchBytes | { error: string };
  shareImages: ShareImageCost | { error: string };
  lighthouse: LighthouseResult[];
}

/** One budget's verdict. */
export interface Verdict {
  pass: boolean;
  /** Depends on the machine's speed or load (not enforced with --no-timing-budgets). */
  timing: boolean;
  /** Set for the size of a 10,000-entry corpus: enforced only on a run of that size. */
  atScale?: boolean;
  text: string;
}

/** The corpus size the scale budgets are set for. */
export const SCALE = 10000;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
const worst = (list: { path: string; bytes: number }[]) =>
  list.length
    ? `; ${list.length} page(s), worst ${[...list].sort((a, b) => b.bytes - a.bytes)[0]?.path} ${kb(Math.max(...list.map((x) => x.bytes)))}`
    : '';

/** How a run enforces budgets: all, all but the machine-dependent ones, or none. */
export interface Enforcement {
  enforceAny: boolean;
  enforceTiming: boolean;
  entries: number;
}

/** Why a verdict is not enforced on this run, or null when it is. */
export function notEnforced(v: Verdict, e: Enforcement): string | null {
  if (!e.enforceAny) return 'not enforced: --no-budgets';
  if (v.timing && !e.enforceTiming)
    return 'machine-dependent budget, not enforced: --no-timing-budgets';
  if (v.atScale && e.entries < SCALE)
    return `budget for ${SCALE.toLocaleString('en')} entries, not enforced on ${e.entries.toLocaleString('en')}`;
  return null;
}

/** Every budget, checked against the results. */
export function checkBudgets(r: Results): Verdict[] {
  const out: Verdict[] = [];
  const add = (pass: boolean, timing: boolean, text: string) => out.push({ pass, timing, text });

  const cpuRatio = r.site.cpuS && r.baseline.cpuS ? r.site.cpuS / r.baseline.cpuS : null;
  add(
    cpuRatio !== null && cpuRatio <= LIMITS.buildCpuRatio,
    true,
    `cold build CPU time ≤ ${LIMITS.buildCpuRatio} × bare Astro's at ${r.entries} entries: ${
      cpuRatio === null
        ? 'not measured (no GNU time)'
        : `${cpuRatio.toFixed(2)} × (${r.site.cpuS?.toFixed(1)} s vs ${r.baseline.cpuS?.toFixed(1)} s)`
    }; wall time ${(r.site.wallMs / r.baseline.wallMs).toFixed(2)} × (${s(r.site.wallMs)} vs ${s(r.baseline.wallMs)})`,
  );
  const cpuNote = (a: number | null, b: number | null, what: string) =>
    a && b ? `; CPU time ${(a / b).toFixed(2)} × ${what}` : '';
  const memRatio = r.site.peakKiB / r.baseline.peakKiB;
  add(
    memRatio <= LIMITS.memoryRatio,
    true,
    `peak memory ≤ ${LIMITS.memoryRatio} × bare Astro's: ${memRatio.toFixed(2)} × (${mib(r.site.peakKiB)} vs ${mib(r.baseline.peakKiB)})`,
  );
  const warmRatio = r.warm.wallMs / r.site.wallMs;
  add(
    warmRatio <= LIMITS.warmRatio,
    true,
    `warm rebuild after one changed entry ≤ ${LIMITS.warmRatio} × cold: ${warmRatio.toFixed(2)} × (${s(r.warm.wallMs)} vs ${s(r.site.wallMs)}${cpuNote(r.warm.cpuS, r.site.cpuS, 'cold')})`,
  );
  add(
    r.warm.shown,
    false,
    `warm rebuild shows the changed entry (${r.warm.changed}): ${r.warm.shown ? 'new title in its page' : 'new title NOT in its page'}`,
  );

  const outRatio = r.site.outBytes / r.baseline.outBytes;
  out.push({
    pass: outRatio <= LIMITS.outputRatio,
    timing: false,
    atScale: true,
    text: `output bytes ≤ ${LIMITS.outputRatio} × bare Astro's at ${SCALE.toLocaleString('en')} entries: ${outRatio.toFixed(2)} × (${mib(r.site.outBytes / KB)} in ${r.site.outFiles.toLocaleString('en')} files vs ${mib(r.baseline.outBytes / KB)} in ${r.baseline.outFiles.toLocaleString('en')})`,
  });
  const si = r.shareImages;
  add(
    !('error' in si) && si.cpuMs <= LIMITS.shareImageMs,
    true,
    `share image ≤ ${LIMITS.shareImageMs} ms CPU each: ${'error' in si ? `not measured: ${si.error}` : `${si.cpuMs.toFixed(2)} ms over ${si.images.toLocaleString('en')} images, ${kb(si.bytes)} each`}`,
  );

  const e = r.every;
  const scope = `every page except search (${e.checked} pages)`;
  add(
    e.otherJs.length === 0 && e.statusJsOver.length === 0,
    false,
    `${scope}: no JavaScript beyond the page script: status/countdown and the 长辈模式 switch (≤ ${kb(LIMITS.statusJs)})` +
      (e.otherJs.length
        ? `; other JS on ${e.otherJs.length} page(s), e.g. ${e.otherJs[0]?.path} ${kb(e.otherJs[0]?.bytes ?? 0)}`
        : '') +
      (e.statusJsOver.length
        ? `; status script over budget on ${e.statusJsOver.length} page(s) (${kb(e.statusJsOver[0]?.bytes ?? 0)})`
        : ''),
  );
  add(e.withFonts.length === 0, false, `${scope}: 0 web fonts${worst(e.withFonts)}`);
  const sections = Object.entries(e.overBySection)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  add(
    e.overHtmlCss.length === 0,
    false,
    `${scope}: HTML + CSS ≤ ${kb(LIMITS.htmlCss)} gzip: largest ${e.maxHtmlCss.path} ${kb(e.maxHtmlCss.bytes)}` +
      (e.overHtmlCss.length ? `; ${e.overHtmlCss.length} page(s) over (${sections})` : ''),
  );
  add(
    e.external.length === 0,
    false,
    `${scope}: nothing loaded from other hosts${e.external.length ? `; ${e.external.length} page(s), e.g. ${e.external[0]?.path}: ${e.external[0]?.refs.join(' ')}` : ''}`,
  );

  if ('error' in r.search) {
    const why = `could not be measured: ${r.search.error}`;
    add(false, false, `search: nothing fetched before the reader focuses the box: ${why}`);
    add(false, false, `search: first query ≤ ${kb(LIMITS.firstQuery)}: ${why}`);
    add(false, false, `search: next query ≤ ${kb(LIMITS.nextQuery)}: ${why}`);
  } else {
    const q = r.search;
    const early = q.load.fetches.filter(
      (f) =>
        new URL(f.url).pathname.startsWith('/pagefind/') || f.type === 'Fetch' || f.type === 'XHR',
    );
    add(
      early.length === 0,
      false,
      `search: nothing fetched before the reader focuses the box: ${early.length ? `${early.length} request(s), ${kb(early.reduce((a, f) => a + f.bytes, 0))}, e.g. ${early[0]?.url}` : `no index or engine request (page itself: ${q.load.fetches.length} request(s), ${kb(q.load.bytes)})`}`,
    );
    const first = q.focus.bytes + q.first.bytes;
    const scale =
      r.entries === 10000 ? '' : ` (budget is for 10,000 entries; this run has ${r.entries})`;
    add(
      first <= LIMITS.firstQuery && q.first.results > 0,
      false,
      `search: first query ≤ ${kb(LIMITS.firstQuery)} (focus + “${q.first.query}”): ${kb(first)}, ${q.first.results} result link(s)${scale}`,
    );
    add(
      q.second.bytes <= LIMITS.nextQuery && q.second.results > 0,
      false,
      `search: next query ≤ ${kb(LIMITS.nextQuery)} (“${q.second.query}”): ${kb(q.second.bytes)}, ${q.second.results} result link(s)${scale}`,
    );
  }

  for (const l of r.lighthouse) {
    if (l.error && Object.values(l.scores).every((v) => v === null)) {
      add(
        false,
        true,
        `Lighthouse mobile performance = 100 on ${l.path}: not measured: ${l.error}`,
      );
      add(
        false,
        false,
        `Lighthouse mobile accessibility, best practices, SEO = 100 on ${l.path}: not measured: ${l.error}`,
      );
      continue;
    }
    const perf = l.scores.performance;
    const perfLoss = l.losses.filter((x) => x.startsWith('performance')).join('; ');
    add(
      perf === LIMITS.lighthouse,
      true,
      `Lighthouse mobile performance = 100 on ${l.path}: ${perf ?? 'none'}${perf !== 100 && perfLoss ? ` (${perfLoss})` : ''}`,
    );
    const rest = (['accessibility', 'best-practices', 'seo'] as const).map((c) => l.scores[c]);
    const restLoss = l.losses.filter((x) => !x.startsWith('performance')).join('; ');
    add(
      rest.every((v) => v === LIMITS.lighthouse),
      false,
      `Lighthouse mobile accessibility, best practices, SEO = 100 on ${l.path}: ${rest.map((v) => v ?? 'none').join(', ')}${restLoss ? ` (${restLoss})` : ''}`,
    );
  }
  return out;
}
