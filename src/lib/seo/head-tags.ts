/**
 * What a page says about itself in its head: canonical URL, description, feed links,
 * Open Graph and Twitter-card tags with a share image, the page tags of China's
 * government-website guideline (政府网站发展指引), and JSON-LD structured data.
 * Pure: SeoHead.astro writes what headTags returns. Empty values are left out,
 * never invented.
 */
import { datetimeAttr, type When } from '../content/dates.ts';
import { defaultShareImage, shareImageUrl, type Card } from '../content/entries.ts';
import { feedKindOf, feedPath, feedTitle, mainFeedPath } from '../feeds/feeds.ts';
import { shareSize } from '../share/card.ts';
import { ui, t, type UiKey } from '../site/ui.ts';

/** The site settings the head needs (src/lib/site/site.ts). */
export interface SiteSettings {
  url: string;
  name: string;
  title: string;
  organiser: string;
  siteIdCode: string;
}

/** One JSON-LD object. */
export type JsonLd = Record<string, unknown>;

/** What a page knows about itself beyond its title and description. */
export interface PageMeta {
  /** og:type: "article" for an entry's page, "website" (the default) elsewhere. */
  type?: 'website' | 'article';
  /** Canonical path when the page is an alias of another (such as /changyishu/). */
  canonical?: string | undefined;
  /** Share image path (1200×630 PNG); the site's default card when absent. */
  image?: string | undefined;
  /** Set on an entry's page: the article tags. */
  article?: ArticleFacts | undefined;
  /** JSON-LD objects about the page. */
  jsonLd?: JsonLd[];
}

/** The facts of an entry that its page tags carry. */
export interface ArticleFacts {
  title: string;
  /** The day it was published, when known to the day (YYYY-MM-DD), for PubDate. */
  pubDate?: string | undefined;
  /** ISO 8601 date of publication at the precision known (2020-09 or 2020-10-14). */
  published?: string | undefined;
  /** 信息来源 (ContentSource): the unit the information comes from. */
  source?: string | undefined;
  /** The author, where the entry names one. */
  author?: string | undefined;
  keywords?: string[] | undefined;
}

/** What headTags needs. */
export interface HeadInput {
  /** The page's own path (Astro.url.pathname). */
  path: string;
  /** The page's title without the site's name. */
  title: string;
  description: string;
  /** The navigation section (/notices/ …) the page belongs to. */
  section?: string | undefined;
  meta?: PageMeta | undefined;
  site: SiteSettings;
}

/** A <meta> element: by name or by property (Open Graph). */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** A <link> element. */
export interface LinkTag {
  rel: string;
  href: string;
  type?: string;
  title?: string;
}

/** Everything SeoHead writes. */
export interface HeadTags {
  canonical: string;
  links: LinkTag[];
  metas: MetaTag[];
  /** JSON-LD, serialized and safe inside a <script> element. */
  jsonLd: string[];
}

/** The name of a navigation section as readers see it (栏目名称), e.g. /notices/ → 通知公告. */
export function columnName(section: string | undefined): string | undefined {
  const key = `nav.${section?.replace(/^\/|\/$/g, '')}`;
  return section && section !== '/' && key in ui ? t(key as UiKey) : undefined;
}

/** JSON as a <script type="application/ld+json"> body: `<`, `>`, `&` and line separators escaped. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The day a date names, when it names exactly one known day (YYYY-MM-DD). */
export function exactDay(when: When | undefined): string | undefined {
  const p = when?.kind === 'point' ? when.end : undefined;
  return p && p.year !== null && p.month !== null && p.day !== null && !p.approximate
    ? datetimeAttr(when!)
    : undefined;
}

/** Every tag of a page's head. */
export function headTags(input: HeadInput): HeadTags {
  const { site, meta = {} } = input;
  const abs = (path: string) => new URL(path, `${site.url}/`).href;
  const canonical = abs(meta.canonical ?? input.path);
  const image = abs(meta.image ?? defaultShareImage);
  const kind = feedKindOf(input.section);
  const links: LinkTag[] = [
    {
      rel: 'alternate',
      type: 'application/rss+xml',
      title: feedTitle(site.title),
      href: abs(mainFeedPath),
    },
    ...(kind
      ? [
          {
            rel: 'alternate',
            type: 'application/rss+xml',
            title: feedTitle(site.title, kind),
            href: abs(feedPath(kind)),
          },
        ]
      : []),
  ];
  const article = meta.article;
  const named = (name: string, content: string | undefined): MetaTag[] =>
    content ? [{ name, content }] : [];
  const prop = (property: string, content: string | undefined): MetaTag[] =>
    content ? [{ property, content }] : [];
  const metas: MetaTag[] = [
    ...named('description', input.description),
    ...named('keywords', article?.keywords?.filter(Boolean).join(',')),
    ...prop('og:type', meta.type ?? 'website'),
    ...prop('og:site_name', site.title),
    ...prop('og:locale', 'zh_CN'),
    ...prop('og:title', input.title),
    ...prop('og:description', input.description),
    ...prop('og:url', canonical),
    ...prop('og:image', image),
    ...prop('og:image:type', 'image/png'),
    ...prop('og:image:width', String(shareSize.width)),
    ...prop('og:image:height', String(shareSize.height)),
    ...prop('og:image:alt', meta.image ? input.title : site.title),
    ...prop('article:published_time', article?.published),
    ...named('twitter:card', 'summary_large_image'),
    ...named('twitter:title', input.title),
    ...named('twitter:description', input.description),
    ...named('twitter:image', image),
    ...named('twitter:image:alt', meta.image ? input.title : site.title),
    // 政府网站发展指引: site tags on every page, column tags on section pages, article tags on entries.
    ...named('SiteName', site.title),
    ...named('SiteDomain', new URL(site.url).host),
    ...named('SiteIDCode', site.siteIdCode),
    ...named('ColumnName', columnName(input.section)),
    ...named('ArticleTitle', article?.title),
    ...named('PubDate', article?.pubDate),
    ...named('ContentSource', article?.source),
    ...named('Author', article?.author),
    ...named('Url', article && canonical),
  ];
  return { canonical, links, metas, jsonLd: (meta.jsonLd ?? []).map(serializeJsonLd) };
}

/** The office that runs the site, as schema.org GovernmentOrganization. */
export function organizationLd(site: SiteSettings): JsonLd {
  return { '@type': 'GovernmentOrganization', name: site.organiser, url: `${site.url}/` };
}

/** The home page's structured data: the website and its publishing office. */
export function homeLd(site: SiteSettings): JsonLd[] {
  return [
    {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: site.title,
      alternateName: site.name,
      url: `${site.url}/`,
      inLanguage: 'zh-CN',
      publisher: organizationLd(site),
    },
    { '@context': 'https://schema.org', ...organizationLd(site) },
  ];
}

/** What an entry's page adds to its card for its head. */
export interface EntryFacts {
  /** Publication date (notices, stories, appeals); activities and commendations have none. */
  published?: When | undefined;
  /** The unit the information comes from (ContentSource). */
  source?: string | undefined;
  /** A named author: a person (stories) or a unit (a notice's publisher). */
  author?: { name: string; person: boolean } | undefined;
  keywords?: string[] | undefined;
  /** A donation appeal: who collects, whether it is open, until when. */
  donation?: { organizers: string[]; open: boolean; deadline?: When | undefined } | undefined;
  /** schema.org type of the article, for notices, stories and initiative letters. */
  articleType?: 'NewsArticle' | 'Article' | undefined;
  /** More JSON-LD about the entry (an activity's Event, say). */
  jsonLd?: JsonLd[] | undefined;
}

/** The facts of an appeal: an initiative letter is an Article, a donation appeal a DonateAction. */
export function appealFacts(d: {
  kind: 'initiative' | 'donation';
  date: When;
  organizers: string[];
  status: 'open' | 'closed';
  deadline?: When | undefined;
}): EntryFacts {
  const source = d.organizers.join('、');
  return d.kind === 'initiative'
    ? {
        published: d.date,
        source,
        author: d.organizers.length === 1 ? { name: source, person: false } : undefined,
        articleType: 'Article',
      }
    : {
        published: d.date,
        source,
        donation: { organizers: d.organizers, open: d.status === 'open', deadline: d.deadline },
      };
}

/** The head metadata of an entry's page, from its card (the same fields the page shows) and facts. */
export function entryMeta(card: Card, facts: EntryFacts, site: SiteSettings): PageMeta {
  const url = new URL(card.url, `${site.url}/`).href;
  const image = shareImageUrl(card.kind, card.id);
  const published = facts.published && datetimeAttr(facts.published);
  const jsonLd: JsonLd[] = [];
  const common = (type: string) => ({
    '@context': 'https://schema.org',
    '@type': type,
    name: card.title,
    description: card.summary,
    url,
    image: new URL(image, `${site.url}/`).href,
    inLanguage: 'zh-CN',
  });
  if (facts.articleType) {
    jsonLd.push({
      ...common(facts.articleType),
      headline: card.title,
      mainEntityOfPage: url,
      ...(published && { datePublished: published }),
      ...(facts.author && {
        author: {
          '@type': facts.author.person ? 'Person' : 'GovernmentOrganization',
          name: facts.author.name,
        },
      }),
      publisher: organizationLd(site),
      ...(facts.keywords?.length && { keywords: facts.keywords.join(',') }),
    });
  }
  if (facts.donation) {
    const end = facts.donation.deadline && datetimeAttr(facts.donation.deadline);
    jsonLd.push({
      ...common('DonateAction'),
      actionStatus: facts.donation.open
        ? 'https://schema.org/ActiveActionStatus'
        : 'https://schema.org/CompletedActionStatus',
      recipient: facts.donation.organizers.map((name) => ({ '@type': 'Organization', name })),
      ...(published && { startTime: published }),
      ...(end && { endTime: end }),
    });
  }
  return {
    type: 'article',
    canonical: card.url,
    image,
    article: {
      title: card.title,
      pubDate: exactDay(facts.published),
      published,
      source: facts.source,
      author: facts.author?.person ? facts.author.name : undefined,
      keywords: facts.keywords,
    },
    jsonLd: [...jsonLd, ...(facts.jsonLd ?? [])],
  };
}
