/**
 * The JSON-LD a page carries about itself: the website and its office on the home page,
 * an entry as a schema.org NewsArticle (or the kind it is) with its dates, source and
 * share image, an appeal's donation facts. head-tags.ts writes it into the head.
 */
import { datetimeAttr, type When } from '../content/dates.ts';
import { latestChange } from '../content/changes.ts';
import { shareImageUrl, type Card } from '../content/entries.ts';
import { exactDay, type JsonLd, type PageMeta, type SiteSettings } from './head-tags.ts';

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
  // The latest change, never the clock: PubDate stays the publication day.
  const modified = latestChange(card.changes ?? [])?.date;
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
      ...(modified && { dateModified: modified }),
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
  // An entry with no article of its own (an activity, a commendation) still says when its page changed.
  if (modified && !facts.articleType)
    jsonLd.push({ ...common('WebPage'), mainEntityOfPage: url, dateModified: modified });
  return {
    type: 'article',
    canonical: card.url,
    image,
    article: {
      title: card.title,
      pubDate: exactDay(facts.published),
      published,
      modified,
      source: facts.source,
      author: facts.author?.person ? facts.author.name : undefined,
      keywords: facts.keywords,
    },
    jsonLd: [...jsonLd, ...(facts.jsonLd ?? [])],
  };
}
