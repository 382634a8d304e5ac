import { describe, expect, it } from 'vitest';
import { campaignLine, campaignTitle, chineseNumber, type CampaignData } from './campaigns.ts';
import { parseWhen } from './dates.ts';

describe('chineseNumber: ordinals as plans write them', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [7, '七'],
    [10, '十'],
    [11, '十一'],
    [12, '十二'],
    [19, '十九'],
    [20, '二十'],
    [28, '二十八'],
    [30, '三十'],
    [99, '九十九'],
    [100, '100'],
  ])('%i → %s', (n, text) => expect(chineseNumber(n)).toBe(text));
});

const campaign = (date: string, extra: Partial<CampaignData> = {}): CampaignData => ({
  date: parseWhen(date),
  theme: '主题',
  example: false,
  ...extra,
});

describe('campaignTitle', () => {
  it.each([
    ['2020', campaign('2020-10-17', { edition: 7 }), '2020年扶贫日'],
    ['2021', campaign('2021-10-17'), '2021年扶贫日'],
    ['20xx', campaign('20XX-10-17', { example: true }), '扶贫日（示例方案，年份未定）'],
  ])('%s → %s', (id, c, title) => expect(campaignTitle(id, c)).toBe(title));
});

describe('campaignLine', () => {
  it.each([
    [
      campaign('2020-10-17', { edition: 7, idepEdition: 28 }),
      '2020年10月17日是我国第七个扶贫日，也是第28个国际消除贫困日',
    ],
    [campaign('2014-10-17', { edition: 1 }), '2014年10月17日是我国第一个扶贫日'],
    [
      campaign('2025-10-17', { edition: 12, idepEdition: 33 }),
      '2025年10月17日是我国第十二个扶贫日，也是第33个国际消除贫困日',
    ],
    [campaign('20XX-10-17'), '10月17日是扶贫日'],
  ])('%#: %s', (c, line) => expect(campaignLine(c)).toBe(line));
});
