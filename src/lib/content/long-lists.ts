/**
 * Lists that get longer with every year's content (a unit's activities and deadlines, a
 * region's activities, commendations and stories): their page shows a few, and each
 * whole list has numbered pages of its own, so no page grows without limit.
 */

/** How many items of one such list the unit's or region's own page shows. */
export const previewSize = 10;

/** The lists of a unit's page that have pages of their own, in page order. */
export const unitLists = ['deadlines', 'leads', 'helps'] as const;
export type UnitList = (typeof unitLists)[number];

/** The lists of a region's page that have pages of their own, in page order. */
export const regionLists = ['activities', 'commendations', 'stories'] as const;
export type RegionList = (typeof regionLists)[number];

/** The address of a whole list's first page: /units/<slug>/leads/, /regions/<slug>/stories/ … */
export function listUrl(
  kind: 'units' | 'regions',
  slug: string,
  list: UnitList | RegionList,
): string {
  return `/${kind}/${slug}/${list}/`;
}

/** Whether a list is longer than its page shows, and so has pages of its own. */
export function hasOwnPages(items: readonly unknown[]): boolean {
  return items.length > previewSize;
}

/**
 * The `n` items of a list in time order that are nearest to today: from the first one
 * not behind us (`behind`: past, or of an unknown year), or the last `n` when fewer remain.
 */
export function nearToday<T>(
  items: readonly T[],
  behind: (item: T) => boolean,
  n = previewSize,
): T[] {
  const first = items.findIndex((item) => !behind(item));
  const start = first === -1 ? items.length : first;
  const from = Math.max(0, Math.min(start, items.length - n));
  return items.slice(from, from + n);
}

/** Activities (rows of a month) on one page of a schedule: /activities/, /campaigns/<id>/ and their filters. */
export const timelinePageSize = 60;

/** The indexes (0 first) of a numbered list's pages: at least one, so an empty list still has its page. */
export function pageIndexes(pageCount: number): number[] {
  return Array.from({ length: Math.max(1, pageCount) }, (_, i) => i);
}

/** The `page` parameter of a numbered list's page i (0 first): none for the first. */
export function pageParam(i: number): string | undefined {
  return i === 0 ? undefined : String(i + 1);
}

/** The address of page i (0 first) of a numbered list whose first page is `base`. */
export function pageUrl(base: string, i: number): string {
  return i === 0 ? base : `${base}${i + 1}/`;
}

/** Pairings on one page of a programme's whole list or of one county's. */
export const pairingPageSize = 100;

/** The address of a programme's pairings: all of them, or one county's (the filter by county). */
export function pairingListUrl(programme: string, regionSlug?: string): string {
  return regionSlug
    ? `/programmes/${programme}/region/${regionSlug}/`
    : `/programmes/${programme}/pairings/`;
}
