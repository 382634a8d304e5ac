/**
 * The pages and files a build wrote: every file and its size, the pages a reader can
 * reach (robots-noindex pages apart), an entry kind's pages, and the figures and
 * every-page budget checks the benchmark reports from them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import { KB, type BuildFigures, type EveryPage } from './budgets.ts';
import type { Run } from './measure.ts';
import { weighPage } from './weight.ts';

/** Every file under `dir`, as site paths (/a/b.html), sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.push(`/${relative(dir, full).split(sep).join('/')}`);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out.sort();
}

/** Total bytes and count of the files under `dir`. */
export function dirSize(dir: string): { bytes: number; files: number } {
  const files = listFiles(dir);
  return {
    bytes: files.reduce((sum, f) => sum + statSync(join(dir, f)).size, 0),
    files: files.length,
  };
}

/** The site path of an HTML file: /a/index.html → /a/, /404.html stays. */
export const pagePath = (file: string) =>
  file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;

/** Whether an HTML page asks search engines not to index it (robots noindex): an editor's page, not a reader's. */
export function isNoindex(html: string): boolean {
  let found = false;
  const parser = new Parser({
    onopentag(name, a) {
      if (
        name === 'meta' &&
        (a.name ?? '').toLowerCase() === 'robots' &&
        /\bnoindex\b/i.test(a.content ?? '')
      )
        found = true;
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

/**
 * The pages a reader can reach: every HTML page of the build except those marked
 * robots noindex (such as an editors' admin page), which are returned apart.
 */
export function readerPages(dist: string): { pages: string[]; noindex: string[] } {
  const pages: string[] = [];
  const noindex: string[] = [];
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    (isNoindex(readFileSync(join(dist, file), 'utf8')) ? noindex : pages).push(pagePath(file));
  }
  return { pages, noindex };
}

/** What a finished build wrote. */
export function figures(dir: string, run: Run): BuildFigures {
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
export function entryPages(dist: string, kind: string): string[] {
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
export function everyPage(dist: string): EveryPage {
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
