/**
 * Where a build's HTML bytes go: over every HTML file of a dist/, the total and the
 * share taken by class attributes, the head, the chrome before <main>, main itself and
 * what follows it, per reader version (Simplified, Traditional, 长辈模式, both), and
 * the class strings that cost the most bytes in all (a long utility list repeated on
 * every page is the usual culprit).
 *
 *   node scripts/bench/page-bytes.ts dist [--top 20] [--wide] [--page /activities/x/]...
 *
 * --page prints the same split for one page in each version; --wide prints class
 * strings whole.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from 'htmlparser2';
import { listFiles, pagePath } from './dist-pages.ts';

/** The bytes of one HTML page, by part. head + beforeMain + main + afterMain + rest = total. */
export interface PageSplit {
  total: number;
  /** Every ` class="…"` attribute (name, quotes and the space before it), wherever it is. */
  classAttrs: number;
  /** <head>…</head>. */
  head: number;
  /** From the end of the head to the start of <main>: skip link, header, navigation. */
  beforeMain: number;
  /** <main>…</main>. */
  main: number;
  /** From </main> to the end: footer, scripts, </body></html>. */
  afterMain: number;
  /** Each class attribute's value and its bytes on this page. */
  classes: Map<string, { count: number; bytes: number }>;
}

/**
 * Splits one page. The HTML is read as Latin-1, so that every character is one byte
 * and the parser's offsets are byte offsets.
 */
export function splitPage(html: string | Buffer): PageSplit {
  const text =
    typeof html === 'string' ? Buffer.from(html).toString('latin1') : html.toString('latin1');
  const classes = new Map<string, { count: number; bytes: number }>();
  let classAttrs = 0;
  const marks = { headStart: -1, headEnd: -1, mainStart: -1, mainEnd: -1 };
  const parser = new Parser(
    {
      onattribute(name, value, quote) {
        if (name !== 'class') return;
        const bytes = 1 + name.length + 1 + value.length + (quote ? 2 : 0);
        classAttrs += bytes;
        const c = classes.get(value) ?? { count: 0, bytes: 0 };
        c.count += 1;
        c.bytes += bytes;
        classes.set(value, c);
      },
      onopentag(name) {
        if (name === 'head' && marks.headStart < 0) marks.headStart = parser.startIndex;
        if (name === 'main' && marks.mainStart < 0) marks.mainStart = parser.startIndex;
      },
      onclosetag(name) {
        if (name === 'head' && marks.headEnd < 0) marks.headEnd = parser.endIndex + 1;
        if (name === 'main' && marks.mainEnd < 0) marks.mainEnd = parser.endIndex + 1;
      },
    },
    { decodeEntities: false },
  );
  parser.write(text);
  parser.end();
  const total = text.length;
  const headStart = Math.max(marks.headStart, 0);
  const headEnd = Math.max(marks.headEnd, headStart);
  const mainStart = marks.mainStart < 0 ? total : marks.mainStart;
  const mainEnd = marks.mainEnd < 0 ? mainStart : marks.mainEnd;
  return {
    total,
    classAttrs,
    head: headEnd - headStart,
    beforeMain: mainStart - headEnd,
    main: mainEnd - mainStart,
    afterMain: total - mainEnd,
    classes: decodeKeys(classes),
  };
}

/** Class values back from Latin-1 to UTF-8 (a class list is ASCII almost always). */
function decodeKeys<T>(m: Map<string, T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [k, v] of m) out.set(Buffer.from(k, 'latin1').toString('utf8'), v);
  return out;
}

/** The reader version a page path belongs to. */
export function versionOf(path: string): string {
  if (path.startsWith('/zh-hant/elder/')) return 'zh-hant/elder';
  if (path.startsWith('/zh-hant/')) return 'zh-hant';
  if (path.startsWith('/elder/')) return 'elder';
  return 'zh-hans';
}

/** Sums of several pages' splits. */
export interface Totals extends Omit<PageSplit, 'classes'> {
  pages: number;
  classes: Map<string, { count: number; bytes: number }>;
}

export function emptyTotals(): Totals {
  return {
    pages: 0,
    total: 0,
    classAttrs: 0,
    head: 0,
    beforeMain: 0,
    main: 0,
    afterMain: 0,
    classes: new Map(),
  };
}

export function addSplit(t: Totals, s: PageSplit): void {
  t.pages += 1;
  t.total += s.total;
  t.classAttrs += s.classAttrs;
  t.head += s.head;
  t.beforeMain += s.beforeMain;
  t.main += s.main;
  t.afterMain += s.afterMain;
  for (const [k, v] of s.classes) {
    const c = t.classes.get(k) ?? { count: 0, bytes: 0 };
    c.count += v.count;
    c.bytes += v.bytes;
    t.classes.set(k, c);
  }
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(2)} MB` : kb(n));
const pct = (n: number, of: number) => `${of ? ((100 * n) / of).toFixed(1) : '0.0'} %`;

/** The split as printed lines. */
export function formatTotals(label: string, t: Totals): string[] {
  const row = (name: string, n: number) =>
    `  ${name.padEnd(14)}${size(n).padStart(10)}  ${pct(n, t.total).padStart(7)}`;
  return [
    `${label}: ${t.pages} page(s), ${size(t.total)}${t.pages > 1 ? ` (${kb(t.total / t.pages)} a page)` : ''}`,
    row('class attrs', t.classAttrs),
    row('head', t.head),
    row('before main', t.beforeMain),
    row('main', t.main),
    row('after main', t.afterMain),
  ];
}

/** The class strings costing the most bytes in all. */
export function topClasses(t: Totals, n: number, wide = false): string[] {
  return [...t.classes]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .slice(0, n)
    .map(
      ([value, c]) =>
        `  ${size(c.bytes).padStart(10)}  ×${String(c.count).padEnd(6)} ${!wide && value.length > 90 ? `${value.slice(0, 87)}...` : value}`,
    );
}

function main(argv: string[]): void {
  const args = [...argv];
  let top = 20;
  let wide = false;
  const pages: string[] = [];
  let dir: string | undefined;
  while (args.length) {
    const a = args.shift()!;
    if (a === '--top') top = Number(args.shift());
    else if (a === '--page') pages.push(args.shift()!);
    else if (a === '--wide') wide = true;
    else if (a === '--help' || a === '-h') {
      console.log('node scripts/bench/page-bytes.ts DIST [--top N] [--wide] [--page /path/]...');
      return;
    } else dir = a;
  }
  dir ??= 'dist';
  const files = listFiles(dir).filter((f) => f.endsWith('.html'));
  if (!files.length) {
    console.error(`No HTML files under ${dir}.`);
    process.exitCode = 2;
    return;
  }
  const all = emptyTotals();
  const byVersion = new Map<string, Totals>();
  const wanted = new Map<string, PageSplit>();
  const wantedPaths = new Set(
    pages.flatMap((p) => ['', '/zh-hant', '/elder', '/zh-hant/elder'].map((v) => `${v}${p}`)),
  );
  for (const f of files) {
    const split = splitPage(readFileSync(join(dir, f)));
    addSplit(all, split);
    const v = versionOf(f);
    if (!byVersion.has(v)) byVersion.set(v, emptyTotals());
    addSplit(byVersion.get(v)!, split);
    if (wantedPaths.has(pagePath(f))) wanted.set(pagePath(f), split);
  }
  const out = [...formatTotals(`All HTML in ${dir}`, all)];
  for (const v of ['zh-hans', 'zh-hant', 'elder', 'zh-hant/elder']) {
    const t = byVersion.get(v);
    if (t) out.push('', ...formatTotals(v, t));
  }
  for (const [p, s] of wanted) {
    const t = emptyTotals();
    addSplit(t, s);
    out.push('', ...formatTotals(p, t));
  }
  out.push(
    '',
    `Top ${top} class strings by total bytes (all versions):`,
    ...topClasses(all, top, wide),
  );
  console.log(out.join('\n'));
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));
