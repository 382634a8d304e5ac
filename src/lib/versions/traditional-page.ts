/**
 * The Traditional Chinese copy of a built Simplified page (text and reader-facing
 * attributes converted, lang zh-Hant, links to the Traditional pages, JSON-LD too; the
 * marks only the search index reads left out, src/lib/versions/search-marks.ts), and of
 * a feed.
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { toTraditional } from './traditional.ts';
import { hantPrefix, langOf, parseVariant, switchVariant, variantPath } from './page-versions.ts';
import { isText, mapLink, parse, walk, write, type Doc, type SiteMap } from './page-dom.ts';
import { searchMarksRemover } from './search-marks.ts';

/** Attributes whose values are text for readers (besides every data-* attribute). */
const textAttributes = new Set([
  'title',
  'alt',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'placeholder',
  'label',
  'abbr',
]);
/** Attributes that hold a link, per element. */
const linkAttribute: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  form: 'action',
};

/** The Traditional path for a link target, if it has a Traditional copy. */
export function toHantPath(site: SiteMap): (path: string) => string | undefined {
  return (path) => {
    const v = parseVariant(path);
    if (v.script === 'hant') return undefined;
    if (site.pages.has(v.base)) return variantPath(v.base, { script: 'hant', elder: v.elder });
    if (!v.elder && site.hantFiles.has(path)) return `${hantPrefix}${path}`;
    return undefined;
  };
}

/** Options of the Traditional conversion. */
export interface HantOptions {
  /** Label of the link back to Simplified (简体). */
  toHansLabel: string;
  /** Called with every piece of text converted, for the search folding table. */
  onText?: (text: string) => void;
}

/** The Traditional Chinese version of the Simplified page at `path`. */
export function traditionalPage(
  html: string,
  path: string,
  site: SiteMap,
  options: HantOptions,
): string {
  const doc = parse(html);
  toTraditionalDoc(doc, path, site, options);
  return write(doc);
}

/** Turns the parsed Simplified page at `path` into its Traditional version, in place. */
export function toTraditionalDoc(
  doc: Doc,
  path: string,
  site: SiteMap,
  options: HantOptions,
): void {
  const toHant = toHantPath(site);
  const convert = (text: string): string => {
    options.onText?.(text);
    return toTraditional(text);
  };
  const searchMarks = searchMarksRemover();
  walk(
    doc,
    (el) => {
      if (searchMarks.visit(el)) return false;
      const a = el.attribs;
      if (el.name === 'html') a.lang = langOf.hant;
      if ('data-script-switch' in a) {
        // The switch to Traditional becomes the switch back to Simplified.
        a.href = mapLink(a.href ?? path, site.origin, (p) => switchVariant(p, { script: 'hans' }));
        a.hreflang = langOf.hans;
        a.lang = langOf.hans;
        el.children = [];
        DomUtils.appendChild(el, parseDocument(options.toHansLabel).children[0]!);
        return false;
      }
      if (a.translate === 'no') return false;
      for (const [name, value] of Object.entries(a)) {
        // An absolute address of the site in a data attribute is a link (data-print-url).
        if (name.startsWith('data-') && value.startsWith(`${site.origin}/`))
          a[name] = mapLink(value, site.origin, toHant);
        else if (textAttributes.has(name) || name.startsWith('data-')) a[name] = convert(value);
      }
      if (el.name === 'meta' && a.content !== undefined && a['http-equiv'] === undefined) {
        if (a.property === 'og:url') a.content = mapLink(a.content, site.origin, toHant);
        else if (a.property === 'og:locale') a.content = 'zh_TW';
        else a.content = convert(a.content);
      }
      const link = linkAttribute[el.name];
      if (link && a[link] !== undefined && a.hreflang === undefined)
        a[link] = mapLink(a[link]!, site.origin, toHant);
      if (el.name === 'script' && a.type === 'application/ld+json') {
        for (const child of el.children)
          if (isText(child)) child.data = traditionalJson(child.data, site, convert);
      }
      return true;
    },
    (text) => {
      text.data = convert(text.data);
    },
  );
  searchMarks.removeAll();
}

/** JSON-LD in Traditional: text converted, site URLs pointed at the Traditional pages. */
function traditionalJson(json: string, site: SiteMap, convert: (text: string) => string): string {
  const data: unknown = JSON.parse(json);
  const toHant = toHantPath(site);
  const visit = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') {
      if (key === 'inLanguage' && value === langOf.hans) return langOf.hant;
      return value.startsWith(`${site.origin}/`)
        ? mapLink(value, site.origin, toHant)
        : convert(value);
    }
    if (Array.isArray(value)) return value.map((v) => visit(v));
    if (value && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    return value;
  };
  return JSON.stringify(visit(data)).replace(/</g, '\\u003c');
}

/** A feed (RSS, Atom or any XML) in Traditional: text converted, site URLs pointed at the Traditional pages. */
export function traditionalXml(xml: string, site: SiteMap): string {
  const toHant = toHantPath(site);
  const origin = site.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return toTraditional(xml)
    .replace(new RegExp(`${origin}/[^\\s"'<>)\\]]*`, 'g'), (url) =>
      mapLink(url, site.origin, toHant),
    )
    .replace(/<language>zh-CN<\/language>/g, `<language>${langOf.hant}</language>`)
    .replace(/xml:lang="zh-CN"/g, `xml:lang="${langOf.hant}"`);
}
