/**
 * Turns a built page into its three other versions (Traditional, elder, Traditional
 * elder) from one parse: the build's Traditional-and-elder step runs this on every page.
 * The copies themselves are made in traditional-page.ts and elder-page.ts.
 */
import { variantPath } from './page-versions.ts';
import { parse, write, type SiteMap } from './page-dom.ts';
import { toTraditionalDoc, type HantOptions } from './traditional-page.ts';
import { toElderDoc } from './elder-page.ts';

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
