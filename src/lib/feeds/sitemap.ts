/**
 * What search engines are pointed to: the pages the sitemap lists, and robots.txt.
 * Drafts never reach the build, so only pages that are not pages of their own are
 * left out here: the 404 page, the editors' admin, and short aliases whose canonical
 * page is listed instead (/changyishu/, and /activities/ with its filters and numbered
 * pages, the current campaign's schedule, whose canonical is /campaigns/<id>/…).
 */
import { initiativeUrl } from '../content/entries.ts';
import { facets } from '../schedule/filters.ts';
import { parseVariant } from '../versions/page-versions.ts';

/** Paths kept out of the sitemap; a path ending in / also covers everything under it when marked `tree`. */
export const sitemapExcluded: readonly { path: string; tree?: boolean }[] = [
  { path: '/404/' },
  { path: '/admin/', tree: true },
  { path: initiativeUrl },
];

/** /activities/, /activities/2/, /activities/lead/<slug>/ (and its numbered pages): not an activity's own page. */
const currentSchedule = new RegExp(
  `^/activities/(?:\\d+/|(?:${facets.join('|')})/[^/]+/(?:\\d+/)?)?$`,
);

/** Whether a page's URL belongs in the sitemap, judged by the page it is a copy of (/zh-hant/x/ as /x/). */
export function inSitemap(url: string): boolean {
  const path = parseVariant(new URL(url, 'https://x.invalid').pathname.replace(/\/?$/, '/')).base;
  if (currentSchedule.test(path)) return false;
  return !sitemapExcluded.some((x) => path === x.path || (x.tree && path.startsWith(x.path)));
}

/** The text of robots.txt: every crawler welcome except in the admin, and where the sitemap is. */
export function robotsTxt(siteUrl: string): string {
  return [
    'User-agent: *',
    'Disallow: /admin/',
    '',
    `Sitemap: ${siteUrl}/sitemap-index.xml`,
    '',
  ].join('\n');
}
