/**
 * The 长辈模式 (elder-friendly) copy of a built page, in either script: class "elder" on
 * <html>, links to the elder pages, the way into the mode turned into the way out, and
 * none of what only the search index reads (src/lib/versions/search-marks.ts). It names
 * the standard page as canonical, so it carries no structured data (JSON-LD) of its own:
 * search engines read the standard page's.
 */
import { DomUtils } from 'htmlparser2';
import { parseVariant, switchVariant, variantPath } from './page-versions.ts';
import { mapLink, parse, walk, write, type Doc, type Element, type SiteMap } from './page-dom.ts';
import { searchMarksRemover } from './search-marks.ts';

/** The elder path for a link target, if it is a page. */
function toElderPath(site: SiteMap): (path: string) => string | undefined {
  return (path) => {
    const v = parseVariant(path);
    return !v.elder && site.pages.has(v.base)
      ? variantPath(v.base, { script: v.script, elder: true })
      : undefined;
  };
}

/** The elder-friendly version of the page at `path` (either script). */
export function elderPage(html: string, path: string, site: SiteMap): string {
  const doc = parse(html);
  toElderDoc(doc, path, site);
  return write(doc);
}

/** Turns the parsed page at `path` (either script) into its elder-friendly version, in place. */
export function toElderDoc(doc: Doc, path: string, site: SiteMap): void {
  const toElder = toElderPath(site);
  const searchMarks = searchMarksRemover();
  const structuredData: Element[] = [];
  walk(doc, (el) => {
    if (searchMarks.visit(el)) return false;
    const a = el.attribs;
    if (el.name === 'script' && a.type === 'application/ld+json') {
      structuredData.push(el);
      return false;
    }
    if (el.name === 'html')
      a.class = [...(a.class ?? '').split(' ').filter(Boolean), 'elder'].join(' ');
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
  searchMarks.removeAll();
  for (const el of structuredData) DomUtils.removeElement(el);
}
