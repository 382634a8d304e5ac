/**
 * What a page costs a reader, computed from the build output: the HTML plus every
 * stylesheet, script (and the modules it imports) and font it references, each gzipped
 * at level 9 as a static host would send it. Also finds the pages a reader can reach
 * so a budget can be checked on every one of them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';
import { modeHeadScript } from '../../src/lib/versions/page-versions.ts';

/** What an HTML page references. */
export interface PageRefs {
  stylesheets: string[];
  scripts: string[];
  /** Bodies of inline executable scripts (JSON data blocks are not scripts). */
  inlineScripts: string[];
  /** Bodies of inline <style> elements. */
  inlineStyles: string[];
  /** <link rel=preload|modulepreload|prefetch> targets, with their `as`. */
  preloads: { href: string; as: string }[];
  /** Images, icons and other static files the page names (img src, srcset, link rel=icon). */
  media: string[];
}

const SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Every asset an HTML document references, by kind. */
export function pageRefs(html: string): PageRefs {
  const refs: PageRefs = {
    stylesheets: [],
    scripts: [],
    inlineScripts: [],
    inlineStyles: [],
    preloads: [],
    media: [],
  };
  let inline: 'script' | 'style' | null = null;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, a) {
        const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
        if (name === 'link' && a.href) {
          if (rel.includes('stylesheet')) refs.stylesheets.push(a.href);
          else if (rel.includes('modulepreload'))
            refs.preloads.push({ href: a.href, as: 'script' });
          else if (rel.includes('preload') || rel.includes('prefetch'))
            refs.preloads.push({ href: a.href, as: (a.as ?? '').toLowerCase() });
          else if (rel.some((r) => r === 'icon' || r === 'apple-touch-icon'))
            refs.media.push(a.href);
        }
        if (name === 'script') {
          const type = (a.type ?? '').toLowerCase();
          if (!SCRIPT_TYPES.has(type)) return;
          if (a.src) refs.scripts.push(a.src);
          else {
            inline = 'script';
            text = '';
          }
        }
        if (name === 'style') {
          inline = 'style';
          text = '';
        }
        if ((name === 'img' || name === 'source') && (a.src || a.srcset)) {
          if (a.src) refs.media.push(a.src);
          for (const candidate of (a.srcset ?? '').split(',')) {
            const url = candidate.trim().split(/\s+/)[0];
            if (url) refs.media.push(url);
          }
        }
      },
      ontext(t) {
        if (inline) text += t;
      },
      onclosetag(name) {
        if (inline === 'script' && name === 'script') refs.inlineScripts.push(text);
        if (inline === 'style' && name === 'style') refs.inlineStyles.push(text);
        if (name === inline) inline = null;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return refs;
}

/** url(…) and @import targets of a stylesheet. */
export function cssRefs(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g))
    if (m[2] && !m[2].startsWith('data:')) out.push(m[2].trim());
  for (const m of css.matchAll(/@import\s+(['"])([^'"]+)\1/g)) if (m[2]) out.push(m[2]);
  return out;
}

/** Modules a JavaScript module imports, statically or with a literal dynamic import(). */
export function jsImports(js: string): string[] {
  const out = new Set<string>();
  for (const m of js.matchAll(/\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?(['"])([^'"\n]+)\1/g))
    if (m[2]) out.add(m[2]);
  for (const m of js.matchAll(/\bexport\s*(?:\*|\{[^}]*\})\s*from\s*(['"])([^'"\n]+)\1/g))
    if (m[2]) out.add(m[2]);
  for (const m of js.matchAll(/\bimport\(\s*(['"])([^'"\n]+)\1\s*\)/g)) if (m[2]) out.add(m[2]);
  return [...out];
}

/** Whether a URL names a web font file. */
export const isFont = (url: string) => /\.(woff2?|ttf|otf|eot)(\?|#|$)/i.test(url);

/**
 * Whether a script is the page's own script, which the JavaScript budget allows (≤ 2 KB
 * together): the status/countdown script, which reads the data-status / data-countdown /
 * data-due marks the pages carry (since 长辈模式 it also holds the mode switch), the
 * 长辈模式 line in <head> that applies the reader's stored choice before the page is
 * drawn, or a stub that only imports them.
 */
export function isStatusScript(js: string, importsOnlyStatus: boolean): boolean {
  if (/\[data-(status|countdown|due)\]/.test(js)) return true;
  if (js.trim() === modeHeadScript) return true;
  return importsOnlyStatus && /^\s*(import\s*["'][^"']+["'];?\s*)+$/.test(js);
}

/** One file a page loads, with its gzip size. */
export interface Loaded {
  url: string;
  gzip: number;
  raw: number;
}

/** A page's weight, gzip -9 bytes by kind. */
export interface PageWeight {
  path: string;
  html: number;
  css: number;
  /** JavaScript: external modules (with their imports) plus inline scripts. */
  js: number;
  /** Of `js`, the bytes of the status/countdown script. */
  statusJs: number;
  fonts: number;
  jsFiles: Loaded[];
  fontFiles: Loaded[];
  /** References to other hosts, which no budget allows for. */
  external: string[];
}

const gzipCache = new Map<string, { gzip: number; raw: number; text: string }>();

/** The gzip -9 size of bytes. */
export const gzipSize = (data: string | Uint8Array) => gzipSync(data, { level: 9 }).length;

/** A dist file: its text and sizes, read once. */
function distFile(
  dist: string,
  url: string,
): { gzip: number; raw: number; text: string } | undefined {
  const file = join(dist, decodeURIComponent(url.split(/[?#]/)[0] ?? ''));
  const cached = gzipCache.get(file);
  if (cached) return cached;
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  const bytes = readFileSync(file);
  const entry = { gzip: gzipSize(bytes), raw: bytes.length, text: bytes.toString('utf8') };
  gzipCache.set(file, entry);
  return entry;
}

/** Resolves a reference made by the document or asset at `from` (a site path) to a site path, or null if external. */
export function resolveRef(from: string, ref: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return null;
  const dir = posix.dirname(from);
  const base = from.endsWith('/') ? from : dir === '/' ? '/' : `${dir}/`;
  return posix.normalize(ref.startsWith('/') ? ref : base + ref);
}

/** The weight of the page at a site path such as / or /activities/x/. */
export function weighPage(dist: string, path: string): PageWeight {
  const htmlFile = path.endsWith('/') ? `${path}index.html` : path;
  const html = readFileSync(join(dist, htmlFile));
  const refs = pageRefs(html.toString('utf8'));
  const weight: PageWeight = {
    path,
    html: gzipSize(html),
    css: 0,
    js: 0,
    statusJs: 0,
    fonts: 0,
    jsFiles: [],
    fontFiles: [],
    external: [],
  };
  const seen = new Set<string>();
  const fonts = new Set<string>();
  const note = (from: string, ref: string): string | null => {
    const url = resolveRef(from, ref);
    if (url === null) weight.external.push(ref);
    return url;
  };

  for (const href of refs.stylesheets) {
    const url = note(path, href);
    if (!url || seen.has(url)) continue;
    seen.add(url);
    const file = distFile(dist, url);
    if (!file) continue;
    weight.css += file.gzip;
    for (const r of cssRefs(file.text)) if (isFont(r)) fonts.add(resolveRef(url, r) ?? r);
  }
  for (const css of refs.inlineStyles)
    for (const r of cssRefs(css)) if (isFont(r)) fonts.add(resolveRef(path, r) ?? r);
  for (const p of refs.preloads)
    if (p.as === 'font' || isFont(p.href)) fonts.add(resolveRef(path, p.href) ?? p.href);

  // Scripts: each module and everything it imports, once.
  const status = new Map<string, boolean>();
  const visit = (url: string): boolean => {
    if (seen.has(url)) return status.get(url) ?? false;
    seen.add(url);
    const file = distFile(dist, url);
    if (!file) return false;
    const children = jsImports(file.text)
      .map((r) => note(url, r))
      .filter((u): u is string => u !== null);
    const childStatus = children.map(visit);
    const isStatus = isStatusScript(file.text, children.length > 0 && childStatus.every(Boolean));
    status.set(url, isStatus);
    weight.js += file.gzip;
    if (isStatus) weight.statusJs += file.gzip;
    weight.jsFiles.push({ url, gzip: file.gzip, raw: file.raw });
    return isStatus;
  };
  for (const src of refs.scripts) {
    const url = note(path, src);
    if (url) visit(url);
  }
  for (const p of refs.preloads) {
    if (p.as !== 'script') continue;
    const url = note(path, p.href);
    if (url) visit(url);
  }
  refs.inlineScripts.forEach((js, i) => {
    if (!js.trim()) return;
    const children = jsImports(js)
      .map((r) => note(path, r))
      .filter((u): u is string => u !== null);
    const childStatus = children.map(visit);
    const size = gzipSize(js);
    weight.js += size;
    if (isStatusScript(js, children.length > 0 && childStatus.every(Boolean)))
      weight.statusJs += size;
    weight.jsFiles.push({
      url: `${path}#inline-script-${i + 1}`,
      gzip: size,
      raw: Buffer.byteLength(js),
    });
  });

  for (const url of fonts) {
    const file = distFile(dist, url);
    const size = file?.gzip ?? 0;
    weight.fonts += size;
    weight.fontFiles.push({ url, gzip: size, raw: file?.raw ?? 0 });
  }
  return weight;
}

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
