import { describe, expect, it } from 'vitest';
import {
  hasOwnPages,
  listUrl,
  nearToday,
  pageIndexes,
  pageParam,
  pageUrl,
  previewSize,
} from './long-lists.ts';

const days = (...d: number[]) => d.map((n) => ({ n }));
const behind = (x: { n: number }) => x.n < 0;

describe('nearToday', () => {
  it.each([
    ['nothing', [], 3, []],
    ['fewer than n', [-2, -1, 1], 3, [-2, -1, 1]],
    ['from the first not behind', [-5, -4, -3, 1, 2, 3, 4], 3, [1, 2, 3]],
    ['the last n when fewer remain ahead', [-5, -4, -3, -2, 1], 3, [-3, -2, 1]],
    ['the last n when all are behind', [-5, -4, -3, -2, -1], 2, [-2, -1]],
    ['the first n when none is behind', [1, 2, 3, 4], 2, [1, 2]],
  ])('%s', (_, items, n, expected) => {
    expect(nearToday(days(...items), behind, n).map((x) => x.n)).toEqual(expected);
  });

  it('shows previewSize items by default', () => {
    expect(nearToday(days(...Array.from({ length: 30 }, (_, i) => i - 15)), behind)).toHaveLength(
      previewSize,
    );
  });
});

describe('hasOwnPages', () => {
  it.each([
    [0, false],
    [previewSize, false],
    [previewSize + 1, true],
  ])('%i items: %s', (n, expected) => {
    expect(hasOwnPages(Array.from({ length: n }))).toBe(expected);
  });
});

describe('listUrl', () => {
  it.each([
    ['units', 'diqu-fupinban', 'leads', '/units/diqu-fupinban/leads/'],
    ['regions', 'tacheng-shi', 'stories', '/regions/tacheng-shi/stories/'],
  ] as const)('%s %s %s', (kind, slug, list, url) => {
    expect(listUrl(kind, slug, list)).toBe(url);
  });
});

describe('pageParam and pageUrl', () => {
  it.each([
    [0, undefined, '/activities/'],
    [1, '2', '/activities/2/'],
    [9, '10', '/activities/10/'],
  ])('page %i: %s, %s', (i, param, url) => {
    expect(pageParam(i)).toBe(param);
    expect(pageUrl('/activities/', i)).toBe(url);
  });
});

describe('pageIndexes', () => {
  it.each([
    [0, [0]],
    [1, [0]],
    [3, [0, 1, 2]],
  ])('%i pages → %j', (count, indexes) => expect(pageIndexes(count)).toEqual(indexes));
});
