import { describe, expect, it } from 'vitest';
import { parseWhen } from '../content/dates.ts';
import type { Card } from '../content/entries.ts';
import { serializeJsonLd } from './head-tags.ts';
import { appealFacts, entryMeta, homeLd } from './structured-data.ts';
import { notice, site } from './fixtures.test-support.ts';

describe('structured data', () => {
  const ld = (facts: Parameters<typeof entryMeta>[1], card: Card = notice) =>
    entryMeta(card, facts, site).jsonLd ?? [];

  it.each([
    { name: 'never changed', changes: [], modified: undefined },
    {
      name: 'changed twice, written oldest first',
      changes: [
        { date: '2020-10-20', note: '补充附件' },
        { date: '2020-11-02', note: '废止' },
      ],
      modified: '2020-11-02',
    },
  ])('$name: dateModified $modified, PubDate unchanged', ({ changes, modified }) => {
    const card = { ...notice, changes };
    const meta = entryMeta(card, { published: notice.date, articleType: 'NewsArticle' }, site);
    expect(meta.jsonLd?.[0]?.dateModified).toBe(modified);
    expect(meta.article?.pubDate).toBe('2020-10-14');
    expect(meta.article?.modified).toBe(modified);
    // Without an article of its own the page still says when it changed.
    const bare = entryMeta(card, {}, site).jsonLd ?? [];
    expect(bare.map((x) => x.dateModified)).toEqual(modified ? [modified] : []);
  });

  it('describes a notice as a NewsArticle published by the office, from the card the page shows', () => {
    expect(
      ld({
        published: notice.date,
        author: { name: '某地扶贫办', person: false },
        articleType: 'NewsArticle',
      }),
    ).toEqual([
      {
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        name: notice.title,
        headline: notice.title,
        description: notice.summary,
        url: 'https://fupinri.example.gov.cn/notices/n1/',
        mainEntityOfPage: 'https://fupinri.example.gov.cn/notices/n1/',
        image: 'https://fupinri.example.gov.cn/og/notices/n1.png',
        inLanguage: 'zh-CN',
        datePublished: '2020-10-14',
        author: { '@type': 'GovernmentOrganization', name: '某地扶贫办' },
        publisher: {
          '@type': 'GovernmentOrganization',
          name: '某地扶贫办',
          url: 'https://fupinri.example.gov.cn/',
        },
      },
    ]);
  });

  it('describes a donation appeal as a DonateAction with its organizers, status and dates', () => {
    const appeal: Card = {
      kind: 'appeals',
      id: 'd',
      url: '/appeals/d/',
      title: '爱心认购',
      date: parseWhen('2020-09-20'),
      summary: '认购',
      example: true,
      changes: [],
    };
    const facts = appealFacts({
      kind: 'donation',
      date: parseWhen('2020-09-20'),
      organizers: ['地区扶贫办', '团委'],
      status: 'closed',
      deadline: parseWhen('2020-10-17'),
    });
    expect(ld(facts, appeal)).toEqual([
      expect.objectContaining({
        '@type': 'DonateAction',
        name: '爱心认购',
        actionStatus: 'https://schema.org/CompletedActionStatus',
        recipient: [
          { '@type': 'Organization', name: '地区扶贫办' },
          { '@type': 'Organization', name: '团委' },
        ],
        startTime: '2020-09-20',
        endTime: '2020-10-17',
      }),
    ]);
    expect(facts.source).toBe('地区扶贫办、团委');
  });

  it('describes an initiative letter as an Article, and leaves a date of unknown year out', () => {
    const facts = appealFacts({
      kind: 'initiative',
      date: parseWhen('20XX-09-30~'),
      organizers: ['某领导小组'],
      status: 'closed',
    });
    const [article] = ld(facts);
    expect(article).toMatchObject({
      '@type': 'Article',
      author: { '@type': 'GovernmentOrganization', name: '某领导小组' },
    });
    expect(article).not.toHaveProperty('datePublished');
  });

  it('gives activities and commendations no article type of their own, only what the page adds', () => {
    expect(ld({ source: '某地扶贫办' })).toEqual([]);
    expect(ld({ jsonLd: [{ '@type': 'Event' }] })).toEqual([{ '@type': 'Event' }]);
  });

  it('names the publishing office on the home page', () => {
    expect(homeLd(site)).toContainEqual({
      '@context': 'https://schema.org',
      '@type': 'GovernmentOrganization',
      name: '某地扶贫办',
      url: 'https://fupinri.example.gov.cn/',
    });
  });

  it.each([
    [
      { name: '</script><script>alert(1)</script>' },
      '{"name":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}',
    ],
    [{ name: 'A & B' }, '{"name":"A \\u0026 B"}'],
    [{ name: '行\u2028分' }, '{"name":"行\\u2028分"}'],
  ])('serializes %o safely for a <script> element', (data, text) => {
    expect(serializeJsonLd(data)).toBe(text);
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});
