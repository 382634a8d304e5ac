/** The pages the built site lists in its sitemap, as paths of the site under test. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { distDir } from '../support/dist.ts';
import { site } from '../../src/lib/site/site.ts';

const parser = new XMLParser({ isArray: (name) => name === 'sitemap' || name === 'url' });
const read = (file: string) => parser.parse(readFileSync(join(distDir, file), 'utf8'));

/** Every URL of dist/sitemap-index.xml's sitemaps, as a path such as /notices/x/. */
export function sitemapPaths(): string[] {
  const index = read('sitemap-index.xml') as { sitemapindex: { sitemap: { loc: string }[] } };
  const paths = index.sitemapindex.sitemap.flatMap((s) => {
    const file = new URL(s.loc).pathname;
    const urls = read(file) as { urlset: { url: { loc: string }[] } };
    return urls.urlset.url.map((u) => u.loc);
  });
  return paths.map((loc) => {
    if (!loc.startsWith(`${site.url}/`))
      throw new Error(`Sitemap URL ${loc} is not under the site's address ${site.url}`);
    return loc.slice(site.url.length);
  });
}
