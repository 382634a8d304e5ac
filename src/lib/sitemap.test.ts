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
