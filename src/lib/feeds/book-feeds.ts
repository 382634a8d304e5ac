/**
 * The feeds of the books: one per pairing programme (an item a pairing) and one per appeal
 * with a ledger (an item a ledger line), so a reader who follows a programme or an appeal
 * hears of every new pairing or disbursement. Each item links to its row on the page.
 * Rows whose year the plan leaves open (20XX) are carried without a pubDate, after the
 * dated ones, rather than dropped: the row is new to the reader all the same.
 */
import { firstDay, formatWhen, sortKey, type When } from '../content/dates.ts';
import { rfc822, type FeedItem } from './feeds.ts';

/** Path of a programme's feed. */
export const programmeFeedPath = (id: string) => `/programmes/${id}/rss.xml`;

/** Path of an appeal's ledger feed. */
export const appealFeedPath = (id: string) => `/appeals/${id}/rss.xml`;

/** One row of the books as a feed needs it. */
export interface BookRow {
  /** The row's address: its page and the row's anchor (/appeals/x/#ledger-2). */
  url: string;
  title: string;
  /** What the row says, in one paragraph of text. */
  text: string;
  date: When;
  categories: string[];
  example: boolean;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c,
  );

/** The items of a book's feed: newest first (rows of an open year last), each linking to its row (made absolute against `siteUrl`). */
export function bookItems(rows: readonly BookRow[], siteUrl: string, limit = 50): FeedItem[] {
  return [...rows]
    .map((row, i) => ({ row, i, day: firstDay(row.date.start ?? row.date.end) }))
    .sort(
      (a, b) =>
        Number(a.day === null) - Number(b.day === null) ||
        sortKey(b.row.date).localeCompare(sortKey(a.row.date)) ||
        b.i - a.i,
    )
    .slice(0, limit)
    .map(({ row, day }) => ({
      title: row.example && !row.title.includes('示例') ? `${row.title}（示例）` : row.title,
      link: new URL(row.url, siteUrl).href,
      description: `${formatWhen(row.date)}：${row.text}`,
      content: `<p>${escapeHtml(`${formatWhen(row.date)}：${row.text}`)}</p>`,
      categories: row.categories,
      customData: day ? `<pubDate>${rfc822(day)}</pubDate>` : '',
    }));
}
