/**
 * Page cache keys: every change to something a page shows gives it a new key (so an
 * incremental build renders it again), and a change elsewhere leaves the key as it was
 * (so the page is copied).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  activityPageKeys,
  bodyImagePaths,
  entryPageKeys,
  inputsCacheKey,
  keyedPaths,
  noticePageKeys,
  pageCacheKey,
  valueDigest,
  type KeyContext,
  type KeyedEntry,
} from './page-cache-key.ts';
import type { RelatedNotice } from './notice-relations.ts';

type Entry = KeyedEntry & { data: Record<string, unknown> & { plan?: string } };

const ctx = (): KeyContext => ({
  today: '2025-09-20',
  units: [
    {
      id: 'diwei-xuanchuanbu',
      digest: 'u1',
      data: { name: '地委宣传部', slug: 'diwei-xuanchuanbu' },
    },
  ],
  regions: [{ id: 'tacheng-shi', digest: 'r1', data: { name: '塔城市', slug: 'tacheng-shi' } }],
  campaigns: [{ id: '2020', digest: 'c1', data: { theme: '决战决胜脱贫攻坚' } }],
  categories: [
    {
      id: 'lilunyantao',
      digest: 'k1',
      data: { name: '理论研讨', slug: 'lilunyantao', note: '研讨' },
    },
  ],
  areas: [
    {
      id: 'xiaofei-fupin',
      digest: 'f1',
      data: { name: '消费扶贫', slug: 'xiaofei-fupin', note: '消费' },
    },
  ],
});
const notice = (id: string, title = '方案'): Entry => ({
  id,
  digest: `n-${id}-${title}`,
  data: { title },
});
/** A notice that amends another (its page says “修订《…》”, the other's “本文已被《…》修订”). */
const amending = (id: string, amends: string, title = '修订通知'): Entry => ({
  id,
  digest: `n-${id}-${title}`,
  data: { title, amends: [amends] },
});
const activity = (id: string, plan?: string, title = '研讨会'): Entry => ({
  id,
  digest: `a-${id}-${title}`,
  data: plan ? { title, plan } : { title },
});
const story = (cover?: { width: number; height: number }): Entry => ({
  id: 's',
  digest: 's1',
  data: cover
    ? { title: '故事', cover: { src: { src: '/_astro/c.png', ...cover } } }
    : { title: '故事' },
});

/** The world the table's changes apply to: three notices (one amends another), three activities, one story. */
interface World {
  ctx: KeyContext;
  notices: Entry[];
  activities: Entry[];
  stories: Entry[];
}
const world = (): World => ({
  ctx: ctx(),
  notices: [notice('fangan'), notice('tongzhi'), amending('xiuding', 'tongzhi')],
  activities: [activity('a1', 'fangan'), activity('a2', 'fangan'), activity('a3')],
  stories: [story({ width: 1200, height: 800 })],
});

/** Every page's key in a world, by page. */
function keys(w: World): Map<string, string> {
  const all = new Map<string, string>();
  for (const [id, key] of activityPageKeys(w.ctx, w.activities, w.notices))
    all.set(`activities/${id}`, key);
  const related = w.notices as (Entry & RelatedNotice)[];
  for (const [id, key] of noticePageKeys(w.ctx, w.notices, w.activities, related))
    all.set(`notices/${id}`, key);
  for (const [id, key] of entryPageKeys(w.ctx, w.stories)) all.set(`stories/${id}`, key);
  return all;
}

const cases: [string, (w: World) => void, string[]][] = [
  [
    'an activity’s own text',
    (w) => (w.activities[0] = activity('a1', 'fangan', '新标题')),
    ['activities/a1', 'notices/fangan'],
  ],
  [
    'the title of a plan notice',
    (w) => (w.notices[0] = notice('fangan', '新方案')),
    ['notices/fangan', 'activities/a1', 'activities/a2'],
  ],
  [
    'an activity moved to another plan',
    (w) => (w.activities[1] = activity('a2', 'tongzhi')),
    ['activities/a2', 'notices/fangan', 'notices/tongzhi'],
  ],
  [
    'an activity published under a plan',
    (w) => w.activities.push(activity('a4', 'tongzhi')),
    ['notices/tongzhi', 'activities/a4'],
  ],
  [
    'the title of a notice that amends another',
    (w) => (w.notices[2] = amending('xiuding', 'tongzhi', '新修订通知')),
    ['notices/xiuding', 'notices/tongzhi'],
  ],
  [
    'a notice repealed by another',
    (w) =>
      (w.notices[0] = {
        id: 'fangan',
        digest: 'n-fangan-2',
        data: { title: '方案', repealedBy: 'xiuding' },
      }),
    ['notices/fangan', 'notices/xiuding', 'activities/a1', 'activities/a2'],
  ],
  ['the order of a plan’s activities', (w) => w.activities.reverse(), ['notices/fangan']],
  [
    'a notice no activity names (one amends it)',
    (w) => (w.notices[1] = notice('tongzhi', '新通知')),
    // The notice that amends it shows its title.
    ['notices/tongzhi', 'notices/xiuding'],
  ],
  [
    'a unit’s slug in units.yaml',
    (w) =>
      (w.ctx = {
        ...w.ctx,
        units: [
          {
            id: 'diwei-xuanchuanbu',
            digest: 'u2',
            data: { name: '地委宣传部', slug: 'xuanchuanbu' },
          },
        ],
      }),
    ['*'],
  ],
  ['a region in regions.yaml', (w) => (w.ctx = { ...w.ctx, regions: [] }), ['*']],
  [
    'a category’s slug in categories.yaml',
    (w) =>
      (w.ctx = {
        ...w.ctx,
        categories: [
          { id: 'lilun', digest: 'k2', data: { name: '理论研讨', slug: 'lilun', note: '研讨' } },
        ],
      }),
    ['*'],
  ],
  ['an area in areas.yaml', (w) => (w.ctx = { ...w.ctx, areas: [] }), ['*']],
  [
    'a campaign’s theme',
    (w) =>
      (w.ctx = { ...w.ctx, campaigns: [{ id: '2020', digest: 'c2', data: { theme: '新主题' } }] }),
    ['*'],
  ],
  // Only an activity shows something of the day (its status): the other pages keep their keys, so a daily build copies them.
  [
    'the build’s today',
    (w) => (w.ctx = { ...w.ctx, today: '2025-09-21' }),
    ['activities/a1', 'activities/a2', 'activities/a3'],
  ],
  [
    'a cover image’s size (same file name and digest)',
    (w) => (w.stories[0] = story({ width: 800, height: 600 })),
    ['stories/s'],
  ],
];

describe('a page gets a new key exactly when something it shows changes', () => {
  it.each(cases)('%s', (_, change, changed) => {
    const before = keys(world());
    const w = world();
    change(w);
    const after = keys(w);
    const differ = [...after]
      .filter(([page, key]) => before.get(page) !== key)
      .map(([page]) => page)
      .sort();
    expect(differ).toEqual(changed[0] === '*' ? [...after.keys()].sort() : [...changed].sort());
  });

  it('the same world gives the same keys, and different pages different keys', () => {
    const [a, b] = [keys(world()), keys(world())];
    expect(a).toEqual(b);
    expect(new Set(a.values()).size).toBe(a.size);
  });

  it('names the related lists: one entry as a plan is not the same as one entry as an activity', () => {
    const c = ctx();
    const e = notice('x');
    expect(pageCacheKey(c, e, { plan: [e] })).not.toBe(pageCacheKey(c, e, { activities: [e] }));
    expect(pageCacheKey(c, e, { plan: [undefined] })).not.toBe(pageCacheKey(c, e, { plan: [] }));
  });

  it('a dated page’s key is not an undated page’s, on any day', () => {
    const e = notice('x');
    expect(pageCacheKey(ctx(), e, {}, { dated: true })).not.toBe(pageCacheKey(ctx(), e));
    expect(pageCacheKey({ ...ctx(), today: '2025-09-21' }, e)).toBe(pageCacheKey(ctx(), e));
  });
});

describe('local images in a body', () => {
  it.each([
    ['an inline image', '![图](./images/a.png)', ['./images/a.png']],
    [
      'a path in angle brackets, with a title',
      '![图](<./images/my pic.png> "标题")',
      ['./images/my pic.png'],
    ],
    ['a reference definition', '![图][a]\n\n[a]: ./images/b.jpg', ['./images/b.jpg']],
    ['a file in public/', '![图](/favicon.svg)', ['/favicon.svg']],
    [
      'remote and protocol-relative images are not local',
      '![图](https://example.gov.cn/a.png) ![图](//example.gov.cn/b.png)',
      [],
    ],
    ['a plain link is not an image', '[文件](./files/a.pdf)', []],
  ])('%s', (_, body, paths) => expect(bodyImagePaths(body)).toEqual(paths));

  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  /** A story with a body image, in a folder of its own where the image holds `bytes`. */
  const storyWithImage = (bytes: string | null): KeyedEntry => {
    const dir = mkdtempSync(join(tmpdir(), 'page-key-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'images'));
    if (bytes !== null) writeFileSync(join(dir, 'images', 'a.png'), bytes);
    return {
      id: 's',
      digest: 's1',
      data: { title: '故事' },
      body: '正文\n\n![图](./images/a.png)\n',
      filePath: join(dir, 's.md'),
    };
  };
  it('an image redrawn under the same name gives the page a new key; the same bytes the same key', () => {
    const key = (bytes: string | null) => entryPageKeys(ctx(), [storyWithImage(bytes)]).get('s');
    expect(key('one picture')).toBe(key('one picture'));
    expect(key('one picture')).not.toBe(key('another picture'));
    expect(key(null)).not.toBe(key('one picture'));
  });
});

/** A content entry as getCollection hands it out (with its collection, unlike the bare KeyedEntry above). */
const loaded = (id: string, title: string, digest = `${id}-${title}`) => ({
  id,
  collection: 'activities',
  digest,
  data: { title, when: { start: '2020-10-17' } },
});

describe('keys of pages made from many values (lists, feeds, calendars)', () => {
  /** A list of three pages of cards, as paginate() hands them out, keyed; and the keys by page. */
  const listKeys = async (
    cards: { title: string; url: string }[],
    options: { c?: KeyContext; dated?: boolean; reads?: Record<string, unknown> } = {},
  ) => {
    const size = 2;
    const lastPage = Math.ceil(cards.length / size);
    const paths = Array.from({ length: lastPage }, (_, i) => ({
      params: { page: i === 0 ? undefined : String(i + 1) },
      props: {
        page: {
          data: cards.slice(i * size, (i + 1) * size),
          start: i * size,
          end: Math.min(cards.length, (i + 1) * size) - 1,
          total: cards.length,
          currentPage: i + 1,
          size,
          lastPage,
          url: { current: `/list/${i + 1}/`, prev: undefined, next: undefined },
        },
      },
    }));
    const keyed = await keyedPaths(options.c ?? ctx(), paths, {
      dated: options.dated,
      reads: options.reads ? () => options.reads! : undefined,
    });
    expect(keyed.map((p) => p.params)).toEqual(paths.map((p) => p.params));
    return keyed.map((p) => p.cacheKey);
  };
  const cards = () =>
    ['一', '二', '三', '四', '五'].map((title, i) => ({ title, url: `/a/${i}/` }));

  it('a list page gets a new key when a card on it changes, and only that page', async () => {
    const before = await listKeys(cards());
    const changed = cards();
    changed[3]!.title = '四（改）';
    const after = await listKeys(changed);
    expect(after.map((k, i) => k !== before[i])).toEqual([false, true, false]);
    expect(await listKeys(cards())).toEqual(before);
  });

  it('every page gets a new key when the total changes (an entry added at the end)', async () => {
    const before = await listKeys(cards().slice(0, 4));
    const after = await listKeys(cards().slice(0, 4).concat({ title: '新', url: '/a/9/' }));
    // The third page is new; the first two show the total and the last page's number.
    expect(after.slice(0, 2).map((k, i) => k !== before[i])).toEqual([true, true]);
  });

  it('the shared lists, the day (when dated) and what the page reads are in the key', async () => {
    const before = await listKeys(cards(), { reads: { activities: [loaded('a', '研讨会')] } });
    const renamed = { ...ctx(), units: [] };
    expect(
      await listKeys(cards(), { c: renamed, reads: { activities: [loaded('a', '研讨会')] } }),
    ).not.toContain(before[0]);
    const read = await listKeys(cards(), { reads: { activities: [loaded('a', '研讨会（改）')] } });
    expect(read.some((k) => before.includes(k))).toBe(false);
    const nextDay = { ...ctx(), today: '2025-09-21' };
    expect(await listKeys(cards(), { c: nextDay })).toEqual(await listKeys(cards()));
    expect(await listKeys(cards(), { c: nextDay, dated: true })).not.toEqual(
      await listKeys(cards(), { dated: true }),
    );
    expect(await listKeys(cards(), { dated: true })).not.toEqual(await listKeys(cards()));
  });

  it('a content entry is keyed by its digest and data; a plain value by all it holds', () => {
    const v = (x: unknown) => valueDigest(x);
    expect(v(loaded('a', '一'))).toBe(v(loaded('a', '一')));
    expect(v(loaded('a', '一'))).not.toBe(v(loaded('a', '一', 'new-digest')));
    expect(v(loaded('a', '一'))).not.toBe(v(loaded('a', '二', 'a-一')));
    expect(v({ a: 1, b: 2 })).not.toBe(v({ b: 2, a: 1 }));
    expect(v([1, 2])).not.toBe(v([2, 1]));
    expect(v(['1'])).not.toBe(v([1]));
    expect(v({ a: undefined })).not.toBe(v({}));
    expect(v({ a: null })).not.toBe(v({ a: undefined }));
    expect(v(['a,b'])).not.toBe(v(['a', 'b']));
    expect(v(new Map([['k', 1]]))).not.toBe(v(new Map([['k', 2]])));
    expect(v(new Map([['k', 1]]))).not.toBe(v({ k: 1 }));
    expect(v(new Set(['x']))).not.toBe(v(new Set(['y'])));
    expect(v(new Date('2020-10-17'))).not.toBe(v(new Date('2020-10-18')));
    expect(v({ nested: { deep: [{ n: 1 }] } })).not.toBe(v({ nested: { deep: [{ n: 2 }] } }));
  });

  it('refuses what it cannot see into rather than keying a page by less than it shows', () => {
    expect(() => valueDigest({ f: () => 1 })).toThrow(/function at value\.f/);
    expect(() => valueDigest({ when: new URL('https://example.gov.cn/') })).toThrow(/URL/);
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(() => valueDigest(cycle)).toThrow(/cycle/);
  });

  it('names its inputs: the same value under another name is another key', () => {
    const c = ctx();
    expect(inputsCacheKey(c, { a: 1, b: 2 })).toBe(inputsCacheKey(c, { b: 2, a: 1 }));
    expect(inputsCacheKey(c, { a: 1 })).not.toBe(inputsCacheKey(c, { b: 1 }));
    expect(inputsCacheKey(c, { a: 1 }, { dated: true })).not.toBe(inputsCacheKey(c, { a: 1 }));
  });
});
