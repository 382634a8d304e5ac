import { describe, expect, it } from 'vitest';
import {
  DateError,
  datetimeAttr,
  formatWhen,
  monthsCovered,
  parseWhen,
  span,
  statusOn,
  todayInShanghai,
} from './dates.ts';

describe('formatWhen: every form the plans write', () => {
  it.each([
    ['2020-08', '2020年8月', { first: '2020-08-01', last: '2020-08-31' }],
    ['2020-10-17', '2020年10月17日', { first: '2020-10-17', last: '2020-10-17' }],
    [
      '2020-09-15/2020-10-17',
      '2020年9月15日至10月17日',
      { first: '2020-09-15', last: '2020-10-17' },
    ],
    ['2020-07/2020-10', '2020年7月至10月', { first: '2020-07-01', last: '2020-10-31' }],
    ['2020-10-10~', '2020年10月10日左右', { first: '2020-10-10', last: '2020-10-10' }],
    ['2020-09-30~', '2020年9月底', { first: '2020-09-30', last: '2020-09-30' }],
    ['2020-02-29~', '2020年2月底', { first: '2020-02-29', last: '2020-02-29' }],
    ['[..2020-07-11]', '2020年7月11日前', { first: null, last: '2020-07-11' }],
    ['../2020-10-18', '2020年10月18日前', { first: null, last: '2020-10-18' }],
    [
      '2020-12-20/2021-01-05',
      '2020年12月20日至2021年1月5日',
      { first: '2020-12-20', last: '2021-01-05' },
    ],
    ['2020-10-01/2020-10-07', '2020年10月1日至7日', { first: '2020-10-01', last: '2020-10-07' }],
    ['2020', '2020年', { first: '2020-01-01', last: '2020-12-31' }],
  ])('%s → %s', (edtf, text, days) => {
    const when = parseWhen(edtf);
    expect(formatWhen(when)).toBe(text);
    expect(span(when)).toEqual(days);
  });

  it.each([
    ['20XX-10-17', '10月17日'],
    ['20XX-09/20XX-10', '9月至10月'],
    ['20XX-10-10~', '10月10日左右'],
    ['20XX-09-30~', '9月底'],
    ['[..20XX-10-17]', '10月17日前'],
    ['[..20XX-10-31~]', '10月底前'],
  ])('unknown year %s → %s, with no calendar days', (edtf, text) => {
    const when = parseWhen(edtf);
    expect(formatWhen(when)).toBe(text);
    expect(span(when)).toBeNull();
    expect(statusOn(when, '2020-10-01')).toBeNull();
  });

  it('leaves the year out on request, as plans write deadlines', () => {
    expect(formatWhen(parseWhen('[..2020-07-11]'), { year: false })).toBe('7月11日前');
    expect(formatWhen(parseWhen('2020-09-15/2020-10-17'), { year: false })).toBe(
      '9月15日至10月17日',
    );
  });
});

describe('parseWhen refuses what cannot be scheduled', () => {
  it.each([
    ['2020-13', '不是可识别的 EDTF 日期'],
    ['2020年8月', '不是可识别的 EDTF 日期'],
    ['2020-10-05/2020-09-01', '结束日期早于开始日期'],
    ['2020-10-17/2020-10-10', '结束日期早于开始日期'],
    ['{2020-10-01,2020-10-03}', '不支持'],
    ['', '不是可识别的 EDTF 日期'],
  ])('%s', (edtf, message) => {
    expect(() => parseWhen(edtf)).toThrow(DateError);
    expect(() => parseWhen(edtf)).toThrow(message);
  });
});

describe('statusOn: a fixed today', () => {
  it.each([
    ['2020-08', '2020-07-31', 'upcoming'],
    ['2020-08', '2020-08-01', 'ongoing'],
    ['2020-08', '2020-08-31', 'ongoing'],
    ['2020-08', '2020-09-01', 'ended'],
    ['2020-09-15/2020-10-17', '2020-10-17', 'ongoing'],
    ['2020-09-15/2020-10-17', '2020-10-18', 'ended'],
    ['2020-10-10~', '2020-10-09', 'upcoming'],
    ['[..2020-07-11]', '2020-01-01', 'ongoing'],
    ['[..2020-07-11]', '2020-07-12', 'ended'],
  ] as const)('%s on %s is %s', (edtf, today, status) => {
    expect(statusOn(parseWhen(edtf), today)).toBe(status);
  });
});

describe('calendar helpers', () => {
  it('reads today in China Standard Time whatever the machine zone', () => {
    expect(todayInShanghai(new Date('2020-10-16T15:59:59Z'))).toBe('2020-10-16');
    expect(todayInShanghai(new Date('2020-10-16T16:00:00Z'))).toBe('2020-10-17');
  });
  it.each([
    ['2020-07/2020-10', ['2020-07', '2020-08', '2020-09', '2020-10']],
    ['2020-12-20/2021-01-05', ['2020-12', '2021-01']],
    ['[..2020-07-11]', ['2020-07']],
    ['20XX-09/20XX-10', ['XXXX-09', 'XXXX-10']],
    ['2020', []],
  ])('months of %s', (edtf, months) => {
    expect(monthsCovered(parseWhen(edtf))).toEqual(months);
  });
  it.each([
    ['2020-08', '2020-08'],
    ['2020-10-10~', '2020-10-10'],
    ['[..2020-07-11]', '2020-07-11'],
    ['20XX-10-17', undefined],
  ])('datetime of %s', (edtf, attr) => {
    expect(datetimeAttr(parseWhen(edtf))).toBe(attr);
  });
});

describe('parseWhen: a text parsed again', () => {
  it.each(['2020-10-17', '2020-09-15/2020-10-17', '[..2020-10-18]', '20XX-09-30~'])(
    '%s gives an equal, separate value',
    (text) => {
      const first = parseWhen(text);
      const again = parseWhen(text);
      expect(again).toEqual(first);
      expect(again).not.toBe(first);
      expect(again.end).not.toBe(first.end);
      first.end.day = 1;
      expect(parseWhen(text).end.day).toEqual(again.end.day);
    },
  );
});
