/**
 * The benchmark's report: the table of figures (builds, transfer sizes, search bytes,
 * Lighthouse scores) and one PASS/FAIL line per budget, with the machine it ran on.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { KB, notEnforced, type Enforcement, type Results, type Verdict } from './budgets.ts';

export const fmtS = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
export const fmtMiB = (kib: number) => `${(kib / 1024).toFixed(0)} MiB`;
export const fmtBytes = (b: number) =>
  b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MiB` : `${(b / KB).toFixed(1)} KB`;
export const fmtKB = (b: number) => (b / KB).toFixed(1);
export const count = (n: number) => n.toLocaleString('en-US');

/** “ at <commit>” for a git checkout, else nothing. */
function gitHead(dir: string): string {
  try {
    return ` at ${execFileSync('git', ['-C', dir, 'log', '-1', '--format=%h %s'], { encoding: 'utf8' }).trim()}`;
  } catch {
    return '';
  }
}

/** The machine, as docs/performance.md records it. */
export function machine(): string {
  const os = existsSync('/etc/os-release')
    ? (/PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? 'Linux')
    : process.platform;
  return `${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${(totalmem() / 1024 ** 3).toFixed(0)} GiB memory, Node ${process.version}, ${os}`;
}

/** The table of figures. */
export function table(
  r: Results,
  load: { start: number[]; end: number[] },
  { runs, project }: { runs: number; project: string },
): string {
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

/** Budget lines; a budget this run does not enforce says why. */
export function budgetLines(verdicts: Verdict[], enforcement: Enforcement): string {
  return verdicts
    .map((v) => {
      const why = notEnforced(v, enforcement);
      return `${v.pass ? 'PASS' : 'FAIL'}  ${v.text}${why ? `  [${why}]` : ''}`;
    })
    .join('\n');
}
