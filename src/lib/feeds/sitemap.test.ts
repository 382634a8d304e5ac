import { describe, expect, it } from 'vitest';
import { inSitemap, robotsTxt } from './sitemap.ts';

describe('inSitemap', () => {
  it.each([
    ['https://fupinri.example.gov.cn/', true],
    ['https://fupinri.example.gov.cn/notices/', true],
    ['https://fupinri.example.gov.cn/notices/2/', true],
    ['https://fupinri.example.gov.cn/appeals/2020-changyishu/', true],
    ['https://fupinri.example.gov.cn/subscribe/', true],
    ['https://fupinri.example.gov.cn/404/', false],
    ['https://fupinri.example.gov.cn/404', false],
    ['https://fupinri.example.gov.cn/admin/', false],
    ['https://fupinri.example.gov.cn/admin/config/', false],
    ['https://fupinri.example.gov.cn/changyishu/', false],
    ['https://fupinri.example.gov.cn/administration/', true],
    ['https://fupinri.example.gov.cn/zh-hant/', true],
    ['https://fupinri.example.gov.cn/zh-hant/notices/', true],
    ['https://fupinri.example.gov.cn/zh-hant/404/', false],
    ['https://fupinri.example.gov.cn/zh-hant/changyishu/', false],
    ['https://fupinri.example.gov.cn/zh-hant/elder/changyishu/', false],
    ['https://fupinri.example.gov.cn/elder/404/', false],
    // The current campaign's schedule under its short name: its canonical is /campaigns/<id>/….
    ['https://fupinri.example.gov.cn/activities/', false],
    ['https://fupinri.example.gov.cn/activities/2/', false],
    ['https://fupinri.example.gov.cn/activities/lead/diqu-fupinban/', false],
    ['https://fupinri.example.gov.cn/activities/region/tacheng-shi/3/', false],
    ['https://fupinri.example.gov.cn/zh-hant/activities/category/zhutihuodong/', false],
    ['https://fupinri.example.gov.cn/activities/2020-01-yantaohui/', true],
    ['https://fupinri.example.gov.cn/activities/lead/', true],
    ['https://fupinri.example.gov.cn/campaigns/2020/', true],
    ['https://fupinri.example.gov.cn/campaigns/2020/lead/diqu-fupinban/', true],
  ])('%s → %s', (url, expected) => {
    expect(inSitemap(url)).toBe(expected);
  });
});

describe('robotsTxt', () => {
  it('points crawlers to the sitemap index by its absolute URL', () => {
    const lines = robotsTxt('https://fupinri.example.gov.cn').split('\n');
    expect(lines).toContain('Sitemap: https://fupinri.example.gov.cn/sitemap-index.xml');
    expect(lines).toContain('User-agent: *');
    expect(lines).toContain('Disallow: /admin/');
  });
});
