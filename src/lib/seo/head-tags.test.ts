import { describe, expect, it } from 'vitest';
import { parseWhen } from '../content/dates.ts';
import { columnName, exactDay, headTags, type HeadInput, type MetaTag } from './head-tags.ts';
import { entryMeta } from './structured-data.ts';
import { notice, site } from './fixtures.test-support.ts';

/** The content of the meta tag with this name or property, or undefined. */
const metaOf = (metas: MetaTag[], key: string) =>
  metas.find((m) => ('name' in m ? m.name : m.property) === key)?.content;

const page = (over: Partial<HeadInput> = {}): HeadInput => ({
  path: '/notices/',
  title: '通知公告',
  description: '全部通知',
  section: '/notices/',
  site,
  ...over,
});

describe('headTags: sharing tags on every page', () => {
  it('gives a list page its canonical URL, description, feeds, Open Graph and Twitter tags and the default card', () => {
    const tags = headTags(page());
    expect(tags.canonical).toBe('https://fupinri.example.gov.cn/notices/');
    expect(tags.links).toEqual([
      {
        rel: 'alternate',
        type: 'application/rss+xml',
        title: '扶贫日活动专题网站：全站更新',
        href: 'https://fupinri.example.gov.cn/rss.xml',
      },
      {
        rel: 'alternate',
        type: 'application/rss+xml',
        title: '通知公告 - 扶贫日活动专题网站',
        href: 'https://fupinri.example.gov.cn/notices/rss.xml',
      },
    ]);
    expect(
      Object.fromEntries(
        [
          'description',
          'og:type',
          'og:title',
          'og:url',
          'og:image',
          'og:image:width',
          'og:image:height',
          'twitter:card',
          'twitter:title',
          'twitter:description',
          'twitter:image',
        ].map((k) => [k, metaOf(tags.metas, k)]),
      ),
    ).toEqual({
      description: '全部通知',
      'og:type': 'website',
      'og:title': '通知公告',
      'og:url': 'https://fupinri.example.gov.cn/notices/',
      'og:image': 'https://fupinri.example.gov.cn/og/default.png',
      'og:image:width': '1200',
      'og:image:height': '630',
      'twitter:card': 'summary_large_image',
      // Left to X's fallback to og:title, og:description and og:image.
      'twitter:title': undefined,
      'twitter:description': undefined,
      'twitter:image': undefined,
    });
  });

  it.each([
    ['/', undefined],
    ['/units/', undefined],
    ['/search/', undefined],
    ['/stories/', 'https://fupinri.example.gov.cn/stories/rss.xml'],
  ])('section %s links the collection feed %s besides the main feed', (section, feed) => {
    const links = headTags(page({ section })).links.map((l) => l.href);
    expect(links).toEqual(['https://fupinri.example.gov.cn/rss.xml', ...(feed ? [feed] : [])]);
  });

  it('lets an alias page name its canonical page', () => {
    expect(
      headTags(page({ path: '/changyishu/', meta: { canonical: '/appeals/a/' } })).canonical,
    ).toBe('https://fupinri.example.gov.cn/appeals/a/');
  });
});

describe('headTags: the government-site page tags (政府网站发展指引)', () => {
  const gov = [
    'SiteName',
    'SiteDomain',
    'SiteIDCode',
    'ColumnName',
    'ArticleTitle',
    'PubDate',
    'ContentSource',
    'Author',
    'Url',
    'keywords',
  ];
  const govTags = (input: HeadInput) =>
    Object.fromEntries(
      gov.flatMap((k) =>
        metaOf(headTags(input).metas, k) === undefined
          ? []
          : [[k, metaOf(headTags(input).metas, k)]],
      ),
    );

  it.each([
    [
      'the home page: site tags only',
      page({ path: '/', section: '/' }),
      { SiteName: '扶贫日活动专题网站', SiteDomain: 'fupinri.example.gov.cn' },
    ],
    [
      'a column page: and its column',
      page(),
      {
        SiteName: '扶贫日活动专题网站',
        SiteDomain: 'fupinri.example.gov.cn',
        ColumnName: '通知公告',
      },
    ],
    [
      'SiteIDCode only when configured',
      page({ site: { ...site, siteIdCode: '6542000001' } }),
      {
        SiteName: '扶贫日活动专题网站',
        SiteDomain: 'fupinri.example.gov.cn',
        SiteIDCode: '6542000001',
        ColumnName: '通知公告',
      },
    ],
    [
      'an article: its title, day, source, keywords and address',
      page({
        path: '/notices/n1/',
        title: notice.title,
        meta: entryMeta(
          notice,
          { published: notice.date, source: '某地扶贫办', keywords: ['扶贫日'] },
          site,
        ),
      }),
      {
        SiteName: '扶贫日活动专题网站',
        SiteDomain: 'fupinri.example.gov.cn',
        ColumnName: '通知公告',
        ArticleTitle: '关于印发方案的通知',
        PubDate: '2020-10-14',
        ContentSource: '某地扶贫办',
        Url: 'https://fupinri.example.gov.cn/notices/n1/',
        keywords: '扶贫日',
      },
    ],
    [
      'an article without a known day or source: those left out',
      page({
        path: '/notices/n1/',
        title: notice.title,
        meta: entryMeta(notice, { published: parseWhen('2020-09') }, site),
      }),
      {
        SiteName: '扶贫日活动专题网站',
        SiteDomain: 'fupinri.example.gov.cn',
        ColumnName: '通知公告',
        ArticleTitle: '关于印发方案的通知',
        Url: 'https://fupinri.example.gov.cn/notices/n1/',
      },
    ],
    [
      'a story: its author',
      page({
        path: '/stories/s/',
        section: '/stories/',
        title: '故事',
        meta: entryMeta(
          { ...notice, kind: 'stories', id: 's', url: '/stories/s/', title: '故事' },
          { published: parseWhen('2020-10-12'), author: { name: '某作者', person: true } },
          site,
        ),
      }),
      {
        SiteName: '扶贫日活动专题网站',
        SiteDomain: 'fupinri.example.gov.cn',
        ColumnName: '脱贫故事',
        ArticleTitle: '故事',
        PubDate: '2020-10-12',
        Author: '某作者',
        Url: 'https://fupinri.example.gov.cn/stories/s/',
      },
    ],
  ])('%s', (_, input, expected) => {
    expect(govTags(input)).toEqual(expected);
  });

  it.each([
    ['2020-10-14', '2020-10-14'],
    ['2020-09', undefined],
    ['2020-10-10~', undefined],
    ['2020-09-15/2020-10-17', undefined],
    ['20XX-10-17', undefined],
  ])('PubDate only for an exact day: %s → %s', (edtf, day) => {
    expect(exactDay(parseWhen(edtf))).toBe(day);
  });

  it.each([
    ['/notices/', '通知公告'],
    ['/activities/', '活动安排'],
    ['/units/', '责任单位'],
    ['/', undefined],
    [undefined, undefined],
    ['/nowhere/', undefined],
  ])('columnName(%s) → %s', (section, name) => {
    expect(columnName(section)).toBe(name);
  });
});
