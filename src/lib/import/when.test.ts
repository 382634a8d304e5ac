import { describe, expect, it } from 'vitest';
import { parseWhen } from '../content/dates.ts';
import { planYear, readPlanDate } from './when.ts';

describe('readPlanDate: every date form plans use', () => {
  it.each([
    ['开展时间:2020年8月', '2020', '2020-08'],
    ['2020年9月15日-10月17日', '2020', '2020-09-15/2020-10-17'],
    ['9月15日-10月17日', '2020', '2020-09-15/2020-10-17'],
    ['开展时间:2020年7月-10月', '2020', '2020-07/2020-10'],
    ['9月至10月,在全市开展', '20XX', '20XX-09/20XX-10'],
    ['10月10日左右,组织', '20XX', '20XX-10-10~'],
    ['9月底,组织', '20XX', '20XX-09-30~'],
    ['2月底', '2021', '2021-02-28~'],
    ['10月17前,启动', '20XX', '[..20XX-10-17]'],
    ['7月11日前上报', '2020', '[..2020-07-11]'],
    ['9月上旬', '2020', '2020-09-01/2020-09-10'],
    ['9月中旬', '2020', '2020-09-11/2020-09-20'],
    ['9月下旬', '2020', '2020-09-21/2020-09-30'],
    ['10月17日当天', '2020', '2020-10-17'],
    ['在“10·17”当天,在', '20XX', '20XX-10-17'],
    ['于20xx年10月底前以书面形式', '20XX', '[..20XX-10-31~]'],
    ['开展时间:2020年10月17日', '2020', '2020-10-17'],
  ])('%s (year %s) → %s', (text, year, edtf) => {
    const read = readPlanDate(text, year);
    expect(read?.edtf).toBe(edtf);
    expect(text.normalize('NFKC')).toContain(read!.words);
    // Every result is EDTF the content model accepts.
    expect(() => parseWhen(read!.edtf)).not.toThrow();
  });

  it.each([['没有日期的一句话'], ['13月5日'], ['2月30日']])('%s → null', (text) => {
    expect(readPlanDate(text, '2020')).toBeNull();
  });
});

describe('planYear', () => {
  it.each([
    ['关于印发《塔城地区2020年扶贫日活动方案》的通知', '2020'],
    ['全省全市20xx年“扶贫日”活动', '20XX'],
    ['“扶贫日”活动方案', '20XX'],
  ])('%s → %s', (text, year) => expect(planYear(text).year).toBe(year));
});
