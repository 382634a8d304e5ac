/**
 * Which built files Pagefind reads: the Simplified pages only. The Traditional copies
 * (/zh-hant/…) repeat the Simplified pages' text in the other script, and the search
 * page of either script searches the one Simplified index (src/client/search-fold.ts);
 * the 长辈模式 copies (/elder/…) repeat the standard pages. Pagefind need not parse
 * either: at 1,000 entries they are three quarters of the 7,000 pages of the build.
 */
import { elderPrefix, hantPrefix } from '../lib/versions/page-versions.ts';

/** Folders of the output no reader's page is in. */
const notPages = new Set(['_astro', 'pagefind', 'og']);

/**
 * A Pagefind glob (relative to the output folder) for every HTML file but the Traditional
 * and elder copies, from the names of the output's top folders.
 */
export function searchableGlob(topFolders: readonly string[]): string {
  const copies = new Set([elderPrefix.slice(1), hantPrefix.slice(1)]);
  const folders = topFolders
    .filter((f) => !copies.has(f) && !notPages.has(f))
    .sort()
    .map((f) => `${f}/**/*.html`);
  return `{${['*.html', ...folders].join(',')}}`;
}
