/**
 * One source of every entry's URL, title, date and summary, shared by pages, lists,
 * feeds, the sitemap, the search index and structured data, so they cannot disagree.
 */
import type { Change } from './changes.ts';
import type { When } from './dates.ts';

/** The collections that have a page per entry. */
export type Kind =
  'notices' | 'activities' | 'commendations' | 'stories' | 'appeals' | 'programmes';

/** What every list, feed and card needs to know about an entry. */
export interface Card {
  kind: Kind;
  id: string;
  url: string;
  title: string;
  /** The date readers see: publication for documents, the time window for activities. */
  date: When | undefined;
  summary: string;
  example: boolean;
  /** The change history as written (front matter `changes`); empty when never changed. */
  changes: readonly Change[];
}

/** The path of an entry's page, with a trailing slash. */
export function entryUrl(kind: Kind, id: string): string {
  return `/${kind}/${id}/`;
}

/** The path of a unit's, a region's, an enterprise's or a village's page. */
export function refUrl(
  kind: 'units' | 'regions' | 'enterprises' | 'villages',
  slug: string,
): string {
  return `/${kind}/${slug}/`;
}

/** Short stable address of the current initiative letter (倡议书). */
export const initiativeUrl = '/changyishu/';

/** The front-matter fields every entry's card reads. */
export interface CardData {
  title?: string;
  name?: string;
  date?: When;
  when?: When;
  summary: string;
  example: boolean;
  changes?: readonly Change[];
}

/** The card for an entry of any collection. */
export function cardOf(kind: Kind, entry: { id: string; data: CardData }): Card {
  const { data } = entry;
  return {
    kind,
    id: entry.id,
    url: entryUrl(kind, entry.id),
    title: data.title ?? data.name ?? entry.id,
    date: data.when ?? data.date,
    summary: data.summary,
    example: data.example,
    changes: data.changes ?? [],
  };
}

/** The path of an entry's share image (a 1200×630 PNG made at build time). */
export function shareImageUrl(kind: Kind, id: string): string {
  return `/og/${kind}/${id}.png`;
}

/** The share image of every page that has none of its own. */
export const defaultShareImage = '/og/default.png';

/** The small square image feeds show beside their title. */
export const feedImage = { path: '/og/feed.png', size: 144 } as const;
