/**
 * What a page costs a reader, computed from the build output: the HTML plus every
 * stylesheet, script (and the modules it imports) and font it references (page-refs.ts),
 * each gzipped at level 9 as a static host would send it.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { cssRefs, isFont, isStatusScript, jsImports, pageRefs, resolveRef } from './page-refs.ts';

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

  // Scripts: each module and everything it imports, once. What the page script imports (a
  // chunk the bundler split out because another script shares it) is the page script's code.
  const status = new Map<string, boolean>();
  const visit = (url: string, importedByStatus = false): boolean => {
    if (seen.has(url)) return status.get(url) ?? false;
    seen.add(url);
    const file = distFile(dist, url);
    if (!file) return false;
    const own = importedByStatus || isStatusScript(file.text, false);
    const children = jsImports(file.text)
      .map((r) => note(url, r))
      .filter((u): u is string => u !== null);
    const childStatus = children.map((child) => visit(child, own));
    const isStatus =
      own || isStatusScript(file.text, children.length > 0 && childStatus.every(Boolean));
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
    const own = isStatusScript(js, false);
    const childStatus = children.map((child) => visit(child, own));
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
