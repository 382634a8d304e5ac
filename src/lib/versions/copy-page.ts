/**
 * Turns a built page into its other versions: Traditional Chinese (text converted, lang
 * zh-Hant, links to the Traditional pages) and elder-friendly (class "elder" on <html>,
 * links to the elder pages). Works on the parsed document and writes it back unchanged
 * elsewhere, so scripts, styles and their CSP hashes stay exactly as Astro wrote them.
 */
import render from 'dom-serializer';
import { DomUtils, ElementType, parseDocument } from 'htmlparser2';
import { toTraditional } from './traditional.ts';
import { hantPrefix, langOf, parseVariant, switchVariant, variantPath } from './page-versions.ts';

type Doc = ReturnType<typeof parseDocument>;
type Node = Doc['children'][number];
type Element = Extract<Node, { attribs: Record<string, string> }>;
type Text = Extract<Node, { type: typeof ElementType.Text }>;

const isElement = (node: Node): node is Element => ElementType.isTag(node);
const isText = (node: Node): node is Text => node.type === ElementType.Text;

/** What exists in the build, so only links to real pages are rewritten. */
export interface SiteMap {
  /** Paths of the Simplified standard pages: '/', '/notices/x/', '/404.html'. */
  pages: ReadonlySet<string>;
  /** Paths of other files that have a Traditional copy (feeds): '/rss.xml'. */
  hantFiles: ReadonlySet<string>;
  /** The site's origin (https://host), for absolute links. */
  origin: string;
}

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

const parse = (html: string): Doc => parseDocument(html, { decodeEntities: true });
const write = (doc: Doc): string => render(doc, { encodeEntities: 'utf8', decodeEntities: true });

function walk(
  node: Element | Doc,
  visit: (el: Element) => boolean,
  text?: (node: Text) => void,
): void {
  for (const child of node.children) {
    if (isElement(child)) {
      if (!visit(child)) continue;
      if (child.name === 'script' || child.name === 'style') continue;
      walk(child, visit, text);
    } else if (isText(child) && text) {
      text(child);
    }
  }
}

/** Rewrites an internal link (path or absolute URL on the site) through `map`; others stay. */
export function mapLink(
  href: string,
  origin: string,
  map: (path: string) => string | undefined,
): string {
  const absolute = href.startsWith(`${origin}/`);
  if (!absolute && !(href.startsWith('/') && !href.startsWith('//'))) return href;
  const rest = absolute ? href.slice(origin.length) : href;
  const cut = rest.search(/[?#]/);
  const path = cut < 0 ? rest : rest.slice(0, cut);
  const mapped = map(path);
  if (mapped === undefined) return href;
  return `${absolute ? origin : ''}${mapped}${cut < 0 ? '' : rest.slice(cut)}`;
}

/** The Traditional path for a link target, if it has a Traditional copy. */
function toHantPath(site: SiteMap): (path: string) => string | undefined {
  return (path) => {
    const v = parseVariant(path);
    if (v.script === 'hant') return undefined;
    if (site.pages.has(v.base)) return variantPath(v.base, { script: 'hant', elder: v.elder });
    if (!v.elder && site.hantFiles.has(path)) return `${hantPrefix}${path}`;
    return undefined;
  };
}

/** The elder path for a link target, if it is a page. */
function toElderPath(site: SiteMap): (path: string) => string | undefined {
  return (path) => {
    const v = parseVariant(path);
    return !v.elder && site.pages.has(v.base)
      ? variantPath(v.base, { script: v.script, elder: true })
      : undefined;
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
function toTraditionalDoc(doc: Doc, path: string, site: SiteMap, options: HantOptions): void {
  const toHant = toHantPath(site);
  const convert = (text: string): string => {
    options.onText?.(text);
    return toTraditional(text);
  };
  walk(
    doc,
    (el) => {
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
        // A search filter's group name is the key the search page knows it by (search-state.ts): only its value is text.
        else if (name === 'data-pagefind-filter' && value.includes(':'))
          a[name] =
            `${value.slice(0, value.indexOf(':'))}:${convert(value.slice(value.indexOf(':') + 1))}`;
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

/** The elder-friendly version of the page at `path` (either script). */
export function elderPage(html: string, path: string, site: SiteMap): string {
  const doc = parse(html);
  toElderDoc(doc, path, site);
  return write(doc);
}

/** Turns the parsed page at `path` (either script) into its elder-friendly version, in place. */
function toElderDoc(doc: Doc, path: string, site: SiteMap): void {
  const toElder = toElderPath(site);
  walk(doc, (el) => {
    const a = el.attribs;
    if (el.name === 'html')
      a.class = [...(a.class ?? '').split(' ').filter(Boolean), 'elder'].join(' ');
    // One copy of each page in the search index: the elder pages stay out of it.
    delete a['data-pagefind-body'];
    if ('data-mode-toggle' in a) {
      // The way into 长辈模式 becomes the way out of it.
      a.href = mapLink(a.href ?? path, site.origin, (p) => switchVariant(p, { elder: false }));
      return true;
    }
    if ((el.name === 'a' || el.name === 'area') && a.href !== undefined)
      a.href = mapLink(a.href, site.origin, toElder);
    if (el.name === 'form' && a.action !== undefined)
      a.action = mapLink(a.action, site.origin, toElder);
    return true;
  });
}

/** The three other versions of the Simplified page at `path`, from one parse of it. */
export interface PageVersions {
  hant: string;
  elder: string;
  hantElder: string;
}

/**
 * Every other version of the Simplified page at `path`: the same as traditionalPage,
 * elderPage and elderPage of the Traditional page, but parsed once (the build's readers
 * step runs this on every page).
 */
export function pageVersions(
  html: string,
  path: string,
  site: SiteMap,
  options: HantOptions,
): PageVersions {
  const doc = parse(html);
  const elderDoc = doc.cloneNode(true);
  toElderDoc(elderDoc, path, site);
  toTraditionalDoc(doc, path, site, options);
  const hant = write(doc);
  toElderDoc(doc, variantPath(path, { script: 'hant', elder: false }), site);
  return { hant, elder: write(elderDoc), hantElder: write(doc) };
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
