/**
 * A built page as a parsed document, for making its other versions: parse and write
 * (everything outside the changed nodes written back as Astro wrote it, so scripts,
 * styles and their CSP hashes stay exact), a walk over elements and text, and links
 * rewritten to another version's pages.
 */
import render from 'dom-serializer';
import { ElementType, parseDocument } from 'htmlparser2';

export type Doc = ReturnType<typeof parseDocument>;
export type Node = Doc['children'][number];
export type Element = Extract<Node, { attribs: Record<string, string> }>;
export type Text = Extract<Node, { type: typeof ElementType.Text }>;

export const isElement = (node: Node): node is Element => ElementType.isTag(node);
export const isText = (node: Node): node is Text => node.type === ElementType.Text;

/** What exists in the build, so only links to real pages are rewritten. */
export interface SiteMap {
  /** Paths of the Simplified standard pages: '/', '/notices/x/', '/404.html'. */
  pages: ReadonlySet<string>;
  /** Paths of other files that have a Traditional copy (feeds): '/rss.xml'. */
  hantFiles: ReadonlySet<string>;
  /** The site's origin (https://host), for absolute links. */
  origin: string;
}

export const parse = (html: string): Doc => parseDocument(html, { decodeEntities: true });
export const write = (doc: Doc): string =>
  render(doc, { encodeEntities: 'utf8', decodeEntities: true });

/** Visits every element (into its children when `visit` says so; never into scripts and styles) and, if asked, every text node. */
export function walk(
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
