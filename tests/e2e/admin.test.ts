/**
 * /admin/ in Chromium: Sveltia CMS starts with the generated configuration, in
 * Chinese, and the browser asks no host but the site for anything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('the CMS at /admin/', () => {
  it("starts in Chinese from the site's own files and contacts no other host", async () => {
    const page = await browser.newPage({ locale: 'zh-CN' });
    const origin = new URL(baseUrl()).origin;
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(new URL('/admin/', baseUrl()).href);
    // The sign-in screen appears only once the configuration has loaded and passed the CMS's own validation.
    await page.getByRole('button', { name: '使用本地仓库' }).waitFor({ timeout: 30_000 });
    await expect(page.getByText('扶贫日网站 · 内容编辑').first().isVisible()).resolves.toBe(true);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
