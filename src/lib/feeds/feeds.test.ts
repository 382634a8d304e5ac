import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { parseWhen } from '../content/dates.ts';
import {
  channelData,
  feedDay,
  feedHtml,
  feedItem,
  feedKindOf,
  feedPath,
  newestDated,
  rfc822,
  type FeedEntry,
} from './feeds.ts';

const SITE = 'https://fupinri.example.gov.cn';

describe('feedDay: the first known day of a date, or nothing when the year is unknown', () => {
  it.each([
    ['2020-10-14', '2020-10-14'],
    ['2020-09', '2020-09-01'],
    ['2020', '2020-01-01'],
    ['2020-09-15/2020-10-17', '2020-09-15'],
    ['2020-07/2020-10', '2020-07-01'],
    ['2020-10-10~', '2020-10-10'],
    ['[..2020-07-11]', '2020-07-11'],
    ['2026-11-27', '2026-11-27'],
    ['20XX-10-17', null],
    ['20XX-09-30~', null],
    ['[..20XX-10-31~]', null],
    ['20XX-09/20XX-10', null],
  ])('%s → %s', (edtf, day) => {
    expect(feedDay(parseWhen(edtf))).toBe(day);
  });

  it('gives nothing for an entry without a date', () => {
    expect(feedDay(undefined)).toBeNull();
  });
});

describe('rfc822: midnight in China, with its offset', () => {
  it.each([
    ['2020-10-14', 'Wed, 14 Oct 2020 00:00:00 +0800'],
    ['2020-10-17', 'Sat, 17 Oct 2020 00:00:00 +0800'],
    ['2020-02-29', 'Sat, 29 Feb 2020 00:00:00 +0800'],
    ['2026-01-01', 'Thu, 01 Jan 2026 00:00:00 +0800'],
  ])('%s → %s', (day, text) => {
    expect(rfc822(day)).toBe(text);
    // An independent reading of the same instant: 16:00 UTC the day before.
    expect(new Date(text).toISOString()).toBe(new Date(`${day}T00:00:00+08:00`).toISOString());
  });

  it('refuses anything but a full day', () => {
    expect(() => rfc822('2020-10')).toThrow();
  });
});

describe('newestDated: which entries a feed holds', () => {
  const entry = (id: string, edtf: string | undefined): FeedEntry => ({
    kind: 'stories',
    id,
    url: `/stories/${id}/`,
    title: id,
    summary: '',
    date: edtf ? parseWhen(edtf) : undefined,
    categories: [],
    example: false,
  });

  it('orders newest first, ties by URL, and leaves out entries without a known year', () => {
    const list = [
      entry('b', '2020-10-12'),
      entry('old', '2020-09'),
      entry('unknown', '20XX-10-17'),
      entry('a', '2020-10-12'),
      entry('none', undefined),
      entry('new', '2026-11-27'),
    ];
    expect(newestDated(list).map((x) => [x.entry.id, x.day])).toEqual([
      ['new', '2026-11-27'],
      ['a', '2020-10-12'],
      ['b', '2020-10-12'],
      ['old', '2020-09-01'],
    ]);
  });

  it('keeps only the newest `limit` entries', () => {
    const list = Array.from({ length: 60 }, (_, i) =>
      entry(
        `e${i}`,
        `2020-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      ),
    );
    const kept = newestDated(list, 50);
    expect(kept).toHaveLength(50);
    const days = kept.map((x) => x.day);
    expect(days).toEqual([...days].sort().reverse());
    const cut = list
      .map((e) => feedDay(e.date)!)
      .sort()
      .reverse()[49]!;
    expect(kept.every((x) => x.day >= cut)).toBe(true);
  });
});

describe('feedHtml: safe HTML with absolute URLs', () => {
  const page = `${SITE}/stories/x/`;
  it.each([
    ['<p><a href="/notices/">通知</a></p>', `<p><a href="${SITE}/notices/">通知</a></p>`],
    ['<a href="#part">节</a>', `<a href="${page}#part">节</a>`],
    ['<a href="../y/">邻篇</a>', `<a href="${SITE}/stories/y/">邻篇</a>`],
    ['<a href="https://www.gov.cn/">外链</a>', '<a href="https://www.gov.cn/">外链</a>'],
    ['<a href="mailto:a@example.com">信</a>', '<a href="mailto:a@example.com">信</a>'],
    [
      '<img src="/_astro/a.webp" alt="图" width="800" height="400" loading="lazy">',
      `<img src="${SITE}/_astro/a.webp" alt="图" width="800" height="400" />`,
    ],
    ['<img src="./b.png" alt="图">', `<img src="${SITE}/stories/x/b.png" alt="图" />`],
    ['<p onclick="x()" class="c" id="i" style="color:red">字</p>', '<p>字</p>'],
    ['<script>alert(1)</script><p>留</p>', '<p>留</p>'],
    ['<style>p{}</style><p>留</p>', '<p>留</p>'],
    ['<a href="javascript:alert(1)">坏</a>', '<a>坏</a>'],
    ['<a href="//evil.example/">协议相对</a>', `<a href="https://evil.example/">协议相对</a>`],
    ['<img src="data:image/png;base64,AAAA" alt="x">', '<img alt="x" />'],
    ['<iframe src="https://x.example/"></iframe><p>留</p>', '<p>留</p>'],
    [
      '<h2 id="一">一、标题</h2><table><tr><th scope="col">列</th></tr></table>',
      '<h2>一、标题</h2><table><tr><th scope="col">列</th></tr></table>',
    ],
  ])('%s', (input, output) => {
    expect(feedHtml(input, page)).toBe(output);
  });
});

describe('feedItem and channelData', () => {
  it('builds an item with a permanent link, summary, content, category and China-time date', () => {
    const entry: FeedEntry = {
      kind: 'notices',
      id: 'n',
      url: '/notices/n/',
      title: '标题 & 说明',
      summary: '摘要',
      date: parseWhen('2020-10-14'),
      categories: ['通知公告'],
      example: false,
    };
    const item = feedItem(entry, '2020-10-14', '<p><a href="/x/">x</a></p>', SITE);
    expect(item).toEqual({
      title: '标题 & 说明',
      link: `${SITE}/notices/n/`,
      description: '摘要',
      content: `<p><a href="${SITE}/x/">x</a></p>`,
      categories: ['通知公告'],
      customData: '<pubDate>Wed, 14 Oct 2020 00:00:00 +0800</pubDate>',
    });
  });

  it.each([
    ['家门口的扶贫车间', true, '家门口的扶贫车间（示例）'],
    ['“扶贫日”活动方案（示例）', true, '“扶贫日”活动方案（示例）'],
    ['真实的通知', false, '真实的通知'],
  ])('labels example entries as their pages do: %s', (title, example, shown) => {
    const entry: FeedEntry = {
      kind: 'stories',
      id: 's',
      url: '/stories/s/',
      title,
      summary: '',
      date: parseWhen('2020-10-12'),
      categories: [],
      example,
    };
    expect(feedItem(entry, '2020-10-12', '', SITE).title).toBe(shown);
  });

  it.each([
    { name: 'never changed', changes: [], title: '活动', lead: null },
    {
      name: 'changed twice',
      changes: [
        { date: '2020-10-09', note: '改期至10月24日' },
        { date: '2020-10-20', note: '因故<取消>' },
      ],
      title: '活动（更新）',
      lead: '<p><strong>更新（2020-10-20）：</strong>因故&lt;取消&gt;</p>',
    },
  ])('a changed entry says so, keeping its link and date: $name', ({ changes, title, lead }) => {
    const entry: FeedEntry = {
      kind: 'activities',
      id: 'a',
      url: '/activities/a/',
      title: '活动',
      summary: '摘要',
      date: parseWhen('2020-10-24'),
      categories: [],
      example: false,
      changes,
    };
    const item = feedItem(entry, '2020-10-24', '<p>正文</p>', SITE);
    expect(item.title).toBe(title);
    expect(item.link).toBe(`${SITE}/activities/a/`);
    expect(item.customData).toBe('<pubDate>Sat, 24 Oct 2020 00:00:00 +0800</pubDate>');
    expect(item.content).toBe(`${lead ?? ''}<p>正文</p>`);
  });

  it('writes language, a self link and an image that XML parsers read back', () => {
    const xml = `<channel xmlns:atom="http://www.w3.org/2005/Atom">${channelData({ title: 'A & B', path: feedPath('notices'), siteUrl: SITE, image: { path: '/og/feed.png', size: 144 } })}</channel>`;
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml).channel;
    expect(parsed.language).toBe('zh-CN');
    expect(parsed['atom:link']).toMatchObject({
      '@_href': `${SITE}/notices/rss.xml`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml',
    });
    expect(parsed.image).toEqual({
      url: `${SITE}/og/feed.png`,
      title: 'A & B',
      link: `${SITE}/`,
      width: 144,
      height: 144,
    });
  });

  it.each([
    ['/notices/', 'notices'],
    ['/stories/', 'stories'],
    ['/units/', undefined],
    ['/', undefined],
    [undefined, undefined],
  ])('feedKindOf(%s) → %s', (section, kind) => {
    expect(feedKindOf(section)).toBe(kind);
  });
});
