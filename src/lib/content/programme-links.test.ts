import { describe, expect, it } from 'vitest';
import { regionLinks } from './programme-links.ts';

describe('regionLinks', () => {
  const regions = [
    { name: '甲县', slug: 'jia' },
    { name: '无页县', slug: undefined },
    { name: '乙县', slug: 'yi' },
  ];
  const counts = new Map([['甲县', 4]]);
  it.each([
    ['', [true, false, false]],
    ['yi', [false, false, true]],
    [undefined, [false, false, false]],
  ])('marks the page shown (%s)', (current, marks) => {
    const links = regionLinks('p', regions, counts, 4, '全部', current);
    expect(links.map((l) => [l.name, l.url, l.count])).toEqual([
      ['全部', '/programmes/p/pairings/', 4],
      ['甲县', '/programmes/p/region/jia/', 4],
      ['乙县', '/programmes/p/region/yi/', 0],
    ]);
    expect(links.map((l) => l.current)).toEqual(marks);
  });
});
