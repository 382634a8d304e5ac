/**
 * Which built files Pagefind reads. The 长辈模式 copies (/elder/…, /zh-hant/elder/…) repeat
 * the Simplified and Traditional pages and are never indexed, so Pagefind need not parse
 * them: at 1,000 entries they are half of the 7,000 pages of the build.
 */
import { elderPrefix, hantPrefix } from '../lib/versions/page-versions.ts';

/** Folders of the output no reader's page is in. */
const notPages = new Set(['_astro', 'pagefind', 'og']);

/**
 * A Pagefind glob (relative to the output folder) for every HTML file but the elder
 * copies, from the names of the output's top folders and of the Traditional site's.
 */
export function searchableGlob(
  topFolders: readonly string[],
  hantFolders: readonly string[],
): string {
  const elder = elderPrefix.slice(1);
  const hant = hantPrefix.slice(1);
  const under = (prefix: string, folders: readonly string[]) => [
    `${prefix}*.html`,
    ...folders
      .filter((f) => f !== elder && f !== hant && !notPages.has(f))
      .sort()
      .map((f) => `${prefix}${f}/**/*.html`),
  ];
  return `{${[...under('', topFolders), ...(topFolders.includes(hant) ? under(`${hant}/`, hantFolders) : [])].join(',')}}`;
}
