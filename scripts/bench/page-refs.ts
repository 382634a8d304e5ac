/**
 * What a built page references, read from its text: the stylesheets, scripts, inline
 * scripts and styles, preloads and media an HTML page names, the url()/@import targets
 * of a stylesheet, the modules a script imports, and which script is the page's own
 * status script. weight.ts adds up what these references cost.
 */
import { posix } from 'node:path';
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

/** Resolves a reference made by the document or asset at `from` (a site path) to a site path, or null if external. */
export function resolveRef(from: string, ref: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return null;
  const dir = posix.dirname(from);
  const base = from.endsWith('/') ? from : dir === '/' ? '/' : `${dir}/`;
  return posix.normalize(ref.startsWith('/') ? ref : base + ref);
}
