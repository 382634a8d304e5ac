/**
 * What a page says about itself in its head: canonical URL, description, feed links,
 * Open Graph tags with a share image and the Twitter card type, the page tags of China's
 * government-website guideline (政府网站发展指引), and the JSON-LD it is handed
 * (made by structured-data.ts). Pure: SeoHead.astro writes what headTags returns.
 * Empty values are left out, never invented.
 */
import { datetimeAttr, type When } from '../content/dates.ts';
import { defaultShareImage } from '../content/entries.ts';
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
  /** YYYY-MM-DD of the latest change (front matter `changes`), when the entry changed. */
  modified?: string | undefined;
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
    ...prop('article:modified_time', article?.modified),
    // X (Twitter) reads twitter:title, twitter:description and twitter:image from og:title,
    // og:description and og:image when they are absent (developer.x.com/cards/markup), so
    // only what Open Graph cannot say is written: the large-image card and the image's alt.
    ...named('twitter:card', 'summary_large_image'),
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
