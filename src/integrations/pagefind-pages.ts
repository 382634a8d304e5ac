/**
 * Which built pages Pagefind indexes: the Simplified pages that mark what to index with
 * data-pagefind-body (entries, and the unit, region, village and enterprise pages). The
 * Traditional copies (/zh-hant/…) repeat the Simplified pages' text in the other script, and
 * the search page of either script searches the one Simplified index (src/client/search-fold.ts);
 * the 长辈模式 copies (/elder/…) repeat the standard pages. Lists, calendars and the other
 * pages without the mark are not indexed, and Pagefind is not given them to parse: at
 * 10,000 entries they were a quarter of the Simplified pages, and parsing them cost 14 % of
 * Pagefind's CPU time and 0.7 GiB of its peak memory (docs/performance.md).
 */
import { elderPrefix, hantPrefix } from '../lib/versions/page-versions.ts';

/** Folders of the output no reader's page is in. */
const notPages = new Set(['_astro', 'pagefind', 'og']);
const copies = new Set([elderPrefix.slice(1), hantPrefix.slice(1)]);

/** Whether a built file ('/notices/x/index.html') is a Simplified page, the only ones indexed. */
export function isSimplifiedPage(file: string): boolean {
  if (!file.endsWith('.html')) return false;
  const top = file.split('/')[1] ?? '';
  return !copies.has(top) && !notPages.has(top);
}

/** An element that carries data-pagefind-body (the attribute itself, not text that names it). */
const bodyMark = /<[a-z][^<>]*\sdata-pagefind-body(?=[\s=/>])/i;

/** Whether a page marks part of itself for the index. */
export const marksSearchBody = (html: string): boolean => bodyMark.test(html);
