/**
 * What the RSS routes share that needs Astro at build time: the published entries of
 * each collection as feed entries, their bodies rendered to HTML, and the response.
 * The choices (order, dates, sanitizing) are made in the pure module feeds.ts.
 */
import rss from '@astrojs/rss';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { render } from 'astro:content';
import {
  getActivities,
  getAppeals,
  getCampaigns,
  getCommendations,
  getNotices,
  getStories,
} from '../content/query.ts';
import type {
  ActivityEntry,
  AppealEntry,
  CommendationEntry,
  NoticeEntry,
  StoryEntry,
} from '../content/query.ts';
import { cardOf, feedImage, type Kind } from '../content/entries.ts';
import {
  channelData,
  feedItem,
  feedKinds,
  feedPath,
  feedTitle,
  mainFeedPath,
  newestDated,
  type FeedEntry,
  type FeedItem,
  type FeedKind,
} from './feeds.ts';
import { site } from '../site/site.ts';
import { t } from '../site/ui.ts';

type Renderable = NoticeEntry | ActivityEntry | StoryEntry | CommendationEntry | AppealEntry;
interface Source extends FeedEntry {
  entry: Renderable;
}

const label = (kind: Kind) => t(`nav.${kind}`);

/** Every published entry of a collection as a feed entry (commendations are dated by their campaign's day). */
async function sources(kind: FeedKind): Promise<Source[]> {
  switch (kind) {
    case 'notices':
      return (await getNotices()).map((e) => ({
        ...cardOf(kind, e),
        categories: [label(kind)],
        entry: e,
      }));
    case 'stories':
      return (await getStories()).map((e) => ({
        ...cardOf(kind, e),
        categories: [label(kind), ...e.data.tags],
        entry: e,
      }));
    case 'appeals':
      return (await getAppeals()).map((e) => ({
        ...cardOf(kind, e),
        categories: [label(kind), t(`appeal.${e.data.kind}`)],
        entry: e,
      }));
    case 'activities':
      return (await getActivities()).map((e) => ({
        ...cardOf(kind, e),
        categories: [label(kind), e.data.category, ...e.data.areas],
        entry: e,
      }));
    case 'commendations': {
      const campaigns = new Map((await getCampaigns()).map((c) => [c.id, c.data.date]));
      return (await getCommendations()).map((e) => ({
        ...cardOf(kind, e),
        date: campaigns.get(e.data.campaign),
        categories: [label(kind), e.data.award],
        entry: e,
      }));
    }
  }
}

/**
 * The entries a collection's feed is made from, for its cache key: their files (bodies
 * included, and the images they show) and data. Commendations are dated by their
 * campaigns, which are in the key's shared lists.
 */
export async function feedSources(kind: FeedKind): Promise<readonly Renderable[]> {
  return (await sources(kind)).map((s) => s.entry);
}

let container: Promise<AstroContainer> | undefined;
const rendered = new Map<string, Promise<string>>();

/** An entry's body as HTML, rendered once per build through Astro's container (images resolved). */
function bodyHtml(source: Source): Promise<string> {
  const key = source.url;
  let html = rendered.get(key);
  if (!html) {
    container ??= AstroContainer.create();
    html = (async () => {
      const { Content } = await render(source.entry);
      return (await container!).renderToString(Content);
    })();
    rendered.set(key, html);
  }
  return html;
}

/** The RSS response of a feed: the site-wide one (no kind) or a collection's. */
export async function feedResponse(kind?: FeedKind): Promise<Response> {
  const kinds = kind ? [kind] : feedKinds;
  const all = (await Promise.all(kinds.map(sources))).flat();
  const chosen = newestDated(all);
  const items = await Promise.all(
    chosen.map(async ({ entry, day }) => feedItem(entry, day, await bodyHtml(entry), site.url)),
  );
  const title = feedTitle(site.title, kind);
  const path = kind ? feedPath(kind) : mainFeedPath;
  return rss({
    title,
    description: t(kind ? `feed.${kind}.description` : 'feed.all.description'),
    site: `${site.url}/`,
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData({ title, path, siteUrl: site.url, image: feedImage }),
    trailingSlash: true,
  });
}

/** The RSS response of one programme's or one appeal's books (items from book-feeds.ts). */
export function bookFeedResponse(options: {
  title: string;
  description: string;
  path: string;
  items: FeedItem[];
}): Promise<Response> {
  const title = `${options.title} - ${site.title}`;
  return rss({
    title,
    description: options.description,
    site: `${site.url}/`,
    items: options.items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: channelData({ title, path: options.path, siteUrl: site.url, image: feedImage }),
    trailingSlash: true,
  });
}
