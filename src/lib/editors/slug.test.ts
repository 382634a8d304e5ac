import { describe, expect, it } from 'vitest';
import { entrySlug, slugify, slugWords } from './slug.ts';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('slugify', () => {
  it.each([
    // title, expected slug
    ['脱贫攻坚奖', 'tuopin-gongjian-jiang'],
    ['百企帮百村', 'baiqi-bang-baicun'],
    ['倡议书', 'changyi-shu'],
    // polyphonic characters read in context: 长城 chang, 长大 zhang, 行长 hang
    ['长城 长大 行长', 'changcheng-zhangda-hangzhang'],
    // 吕 and 女 use v for ü
    ['吕梁女子学校', 'lvliang-nvzi-xuexiao'],
    // particles (的, 了) and an opening 关于 are left out; punctuation separates words
    ['关于开展扶贫日活动的通知', 'kaizhan-fupin-ri-huodong-tongzhi'],
    ['绿色食品（有机）产业园', 'lvse-shipin-youji-chanye-yuan'],
    // ASCII is kept, lower-cased; full-width letters and digits are normalised
    ['ABC银行捐赠', 'abc-yinhang-juanzeng'],
    ['Ｆｕｌｌ　ｗｉｄｔｈ　２０２４', 'full-width-2024'],
    // long titles are cut at a word, six words at most
    ['家门口的扶贫车间，让她既能挣钱又能照顾家', 'jia-menkou-fupin-chejian-rangta-jineng'],
    // nothing to read
    ['！！！', ''],
  ])('%s → %s', (title, expected) => {
    expect(slugify(title)).toBe(expected);
  });

  it.each([
    ['2024年扶贫日活动方案', '2024', '2024-fupin-ri-huodong-fangan'],
    ['扶贫日活动方案', '2025', '2025-fupin-ri-huodong-fangan'],
  ])('puts the year first once: %s', (title, year, expected) => {
    expect(slugify(title, { year })).toBe(expected);
  });

  it('is deterministic and always a valid file name', () => {
    const titles = [
      '驻村两年，我看着村里的路通了、产业起来了',
      '“我所经历的脱贫攻坚故事”征文',
      '10·17，一起过上好日子',
    ];
    for (const t of titles) {
      expect(slugify(t)).toBe(slugify(t));
      expect(slugify(t)).toMatch(ID);
      expect(slugify(t).length).toBeLessThanOrEqual(48);
    }
  });
});

describe('slugWords', () => {
  it('reads a year as a year, not "2024-nian"', () => {
    expect(slugWords('2024年扶贫日')).toEqual(['2024', 'fupin', 'ri']);
  });
});

describe('entrySlug', () => {
  it.each([
    [
      'notices',
      '关于开展2020年扶贫日系列活动的通知',
      '2024-10-01',
      '2020-kaizhan-fupin-ri-xilie-huodong-tongzhi',
    ],
    ['stories', '驻村两年', '2024-10-01', '2024-zhucun-liangnian'],
    ['activities', '脱贫攻坚奖', '2025-03-02', '2025-tuopin-gongjian-jiang'],
    ['units', '地区扶贫办', '2025-03-02', 'diqu-fupin-ban'],
  ])('%s: %s on %s → %s', (collection, title, today, expected) => {
    expect(entrySlug(collection, title, today)).toBe(expected);
  });
});
