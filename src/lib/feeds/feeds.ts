/**
 * Feed items shared by every RSS route: which entries a feed holds, in what order,
 * their dates in RFC 822 with China's offset, and their full content as safe HTML
 * with absolute URLs. Pure: the routes render bodies and hand them in.
 */
import sanitizeHtml from 'sanitize-html';
import { latestChange, type Change } from '../content/changes.ts';
import { firstDay, type When } from '../content/dates.ts';
import type { Kind } from '../content/entries.ts';
import { t } from '../site/ui.ts';

/** The collections that have their own feed, in the order the subscribe page lists them. */
export const feedKinds = [
  'notices',
  'activities',
  'stories',
  'commendations',
  'appeals',
] as const satisfies readonly Kind[];

/** A collection that has its own feed. */
export type FeedKind = (typeof feedKinds)[number];

/** The most items one feed carries; older entries stay in the site's lists. */
export const feedLimit = 50;

/** Path of the site-wide feed. */
export const mainFeedPath = '/rss.xml';

/** Path of a collection's feed, e.g. /notices/rss.xml. */
export function feedPath(kind: FeedKind): string {
  return `/${kind}/rss.xml`;
}

/** The title of the site-wide feed (no kind) or of a collection's feed, after the site's title. */
export function feedTitle(siteTitle: string, kind?: FeedKind): string {
  return kind ? `${t(`nav.${kind}`)} - ${siteTitle}` : `${siteTitle}：${t('feed.all')}`;
}

/** Whether a section path such as /notices/ belongs to a collection with a feed; its kind if so. */
export function feedKindOf(section: string | undefined): FeedKind | undefined {
  const name = section?.replace(/^\/|\/$/g, '');
  return feedKinds.find((k) => k === name);
}

/** What a feed needs to know about one entry before its body is rendered. */
export interface FeedEntry {
  kind: Kind;
  id: string;
  /** Path of the entry's page, e.g. /stories/x/. */
  url: string;
  title: string;
  summary: string;
  /** The date the feed is dated by (see feedDay). */
  date: When | undefined;
  /** Category names, the collection's own first. */
  categories: string[];
  /** Example content (示例): its feed title says so, as its page does. */
  example: boolean;
  /** Its change history: a changed entry's item says so in its title and opens with the note. */
  changes?: readonly Change[] | undefined;
}

/**
 * The day an entry enters the feeds: the first day its date covers (a month counts from
 * its first day, a deadline from its due day), or null when its year is unknown (20XX),
 * which keeps it out of every feed.
 */
export function feedDay(when: When | undefined): string | null {
  if (!when) return null;
  return firstDay(when.start ?? when.end);
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A YYYY-MM-DD day at 00:00 China Standard Time in RFC 822 form: "Wed, 14 Oct 2020 00:00:00 +0800". */
export function rfc822(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) throw new Error(`Not a YYYY-MM-DD day: ${day}`);
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${match[3]} ${MONTHS[m - 1]} ${match[1]} 00:00:00 +0800`;
}

/** The newest `limit` dated entries, newest first (ties by URL), each with its feed day. */
export function newestDated<T extends FeedEntry>(
  entries: readonly T[],
  limit = feedLimit,
): { entry: T; day: string }[] {
  return entries
    .flatMap((entry) => {
      const day = feedDay(entry.date);
      return day ? [{ entry, day }] : [];
    })
    .sort((a, b) => b.day.localeCompare(a.day) || a.entry.url.localeCompare(b.entry.url))
    .slice(0, limit);
}

function absolute(attribute: string, base: string) {
  return (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    const resolve = (value: string) => {
      try {
        return new URL(value.trim(), base).href;
      } catch {
        return undefined;
      }
    };
    const out: sanitizeHtml.Attributes = {};
    for (const [name, value] of Object.entries(attribs)) {
      const resolved = name === attribute ? resolve(value) : value;
      if (resolved !== undefined) out[name] = resolved;
    }
    return { tagName, attribs: out };
  };
}

/**
 * An entry's body as feed readers may show it: only safe tags and attributes (no
 * scripts, styles, event handlers, ids or classes), links to http(s), mailto and tel
 * only, and every link and image URL made absolute against the entry's page.
 */
export function feedHtml(html: string, pageUrl: string): string {
  return sanitizeHtml(html, {
    allowedTags: [...sanitizeHtml.defaults.allowedTags, 'img'],
    allowedAttributes: {
      a: ['href', 'title'],
      img: ['src', 'alt', 'title', 'width', 'height'],
      abbr: ['title'],
      time: ['datetime'],
      ol: ['start'],
      th: ['scope', 'colspan', 'rowspan'],
      td: ['colspan', 'rowspan'],
    },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowProtocolRelative: false,
    transformTags: { a: absolute('href', pageUrl), img: absolute('src', pageUrl) },
  }).trim();
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );

/** One item as @astrojs/rss takes it. */
export interface FeedItem {
  title: string;
  link: string;
  description: string;
  content: string;
  categories: string[];
  customData: string;
}

/**
 * A feed item for an entry, its day and its rendered body; the guid is the absolute page URL,
 * the same after a change. A changed entry's title ends in （更新） and its content opens with
 * the latest change's date and note, so a reader whose app shows the item again sees why.
 */
export function feedItem(entry: FeedEntry, day: string, html: string, siteUrl: string): FeedItem {
  const link = new URL(entry.url, siteUrl).href;
  const title =
    entry.example && !entry.title.includes('示例') ? `${entry.title}（示例）` : entry.title;
  const change = latestChange(entry.changes ?? []);
  const notice = change
    ? `<p><strong>${escapeXml(t('changes.feedLead'))}（${change.date}）：</strong>${escapeXml(change.note)}</p>`
    : '';
  return {
    title: change ? `${title}${t('changes.feedSuffix')}` : title,
    link,
    description: change
      ? `${t('changes.feedLead')}：${change.note}。${entry.summary}`
      : entry.summary,
    content: feedHtml(notice + html, link),
    categories: entry.categories,
    customData: `<pubDate>${rfc822(day)}</pubDate>`,
  };
}

/** The channel elements @astrojs/rss does not write itself: language, atom:link rel="self", image. */
export function channelData(options: {
  title: string;
  path: string;
  siteUrl: string;
  image: { path: string; size: number };
}): string {
  const { title, path, siteUrl, image } = options;
  const self = new URL(path, siteUrl).href;
  return [
    '<language>zh-CN</language>',
    `<atom:link href="${escapeXml(self)}" rel="self" type="application/rss+xml"/>`,
    `<image><url>${escapeXml(new URL(image.path, siteUrl).href)}</url><title>${escapeXml(title)}</title><link>${escapeXml(`${siteUrl}/`)}</link>` +
      `<width>${image.size}</width><height>${image.size}</height></image>`,
  ].join('');
}
