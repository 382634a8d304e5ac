/**
 * The 长辈模式 (elder-friendly) copy of a built page, in either script: class "elder" on
 * <html>, links to the elder pages, the way into the mode turned into the way out, and
 * out of the search index (one copy of each page is indexed).
 */
import { parseVariant, switchVariant, variantPath } from './page-versions.ts';
import { mapLink, parse, walk, write, type Doc, type SiteMap } from './page-dom.ts';

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
