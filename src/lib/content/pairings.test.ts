import { describe, expect, it } from 'vitest';
import { parseWhen } from './dates.ts';
import { formatShare, isAfter, monthLabel, progress, type Pairing } from './pairings.ts';

const p = (enterprise: string, village: string, signed: string, extra: Partial<Pairing> = {}) =>
  ({
    enterprise,
    village,
    signed: parseWhen(signed),
    help: '帮扶',
    status: 'signed',
    ...extra,
  }) as Pairing;

describe('progress', () => {
  const lists = [
    {
      region: '甲县',
      pairings: [
        p('企业一', '一村', '2020-09-10', { pledged: 100, delivered: 50 }),
        p('企业二', '一村', '2020-10-01', { pledged: 20 }),
        p('企业一', '二村', '2020-10-17'),
      ],
    },
    { region: '乙县', pairings: [p('企业三', '三村', '2020-08-30', { delivered: 5 })] },
    { region: '丙县', pairings: [p('企业四', '四村', '2020-08-01')] },
  ];
  it.each([
    {
      name: 'counts each village once, in the month it was first paired',
      target: 8,
      regions: ['甲县', '乙县'],
      paired: 3,
      share: 0.375,
      pairings: 4,
      enterprises: 3,
      money: [120, 55],
      byRegion: [
        ['甲县', 2, 3],
        ['乙县', 1, 1],
      ],
      byMonth: [
        ['2020-08', 1, 1],
        ['2020-09', 1, 2],
        ['2020-10', 1, 3],
      ],
    },
    {
      name: 'keeps a county with no pairings yet, and leaves out lists of other counties',
      target: 2,
      regions: ['乙县', '丁县'],
      paired: 1,
      share: 0.5,
      pairings: 1,
      enterprises: 1,
      money: [0, 5],
      byRegion: [
        ['乙县', 1, 1],
        ['丁县', 0, 0],
      ],
      byMonth: [['2020-08', 1, 1]],
    },
  ])('$name', (c) => {
    const r = progress(c.target, c.regions, lists);
    expect([r.paired, r.share, r.pairings, r.enterprises]).toEqual([
      c.paired,
      c.share,
      c.pairings,
      c.enterprises,
    ]);
    expect([r.pledged, r.delivered]).toEqual(c.money);
    expect(r.byRegion.map((x) => [x.region, x.villages, x.pairings])).toEqual(c.byRegion);
    expect(r.byMonth.map((x) => [x.month, x.added, x.total])).toEqual(c.byMonth);
  });

  it('puts months of an open year (20XX) in calendar order', () => {
    const r = progress(
      243,
      ['甲县'],
      [{ region: '甲县', pairings: [p('a', 'x', '20XX-10-17'), p('b', 'y', '20XX-09-01')] }],
    );
    expect(r.byMonth.map((x) => [x.label, x.total])).toEqual([
      ['9月', 1],
      ['10月', 2],
    ]);
  });
});

describe('formatting', () => {
  it.each([
    [16 / 243, '6.6%'],
    [1, '100%'],
    [0, '0%'],
    [1 / 3, '33.3%'],
  ])('share %f is %s', (share, text) => expect(formatShare(share)).toBe(text));
  it.each([
    ['2020-09', '2020年9月'],
    ['XXXX-10', '10月'],
  ])('month %s is %s', (month, text) => expect(monthLabel(month)).toBe(text));
});

describe('isAfter', () => {
  it.each([
    ['2020-10-18', '2020-10-17', true],
    ['2020-10-17', '2020-10-17', false],
    ['2020-11', '2020-10-17', true],
    ['2020-10', '2020-10-17', false],
    ['20XX-12-31', '2020-10-17', false],
  ])('%s after %s: %s', (date, today, expected) =>
    expect(isAfter(parseWhen(date), today)).toBe(expected),
  );
});
