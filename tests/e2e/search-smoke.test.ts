/**
 * A real search in Chromium, as a reader does it: type into the search page's box
 * (labelled 搜索…) and follow a result. Runs under the server's real headers, so the
 * Content-Security-Policy must allow Pagefind's worker and WebAssembly.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open } from './browser.ts';
import { sitemapPaths } from './sitemap.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('search', () => {
  it('shows results for a query typed into the search box, and a result opens its page', async () => {
    const pages = new Set(sitemapPaths());
    const page = await open(browser, '/search/');
    const main = page.getByRole('main');
    const before = new Set(
      await main.locator('a[href]').evaluateAll((els) => els.map((e) => e.getAttribute('href'))),
    );
    const box = main.getByRole('searchbox', { name: /搜索/ }).first();
    await box.fill('扶贫');
    const result = main.locator('a[href]').filter({ visible: true });
    await expect
      .poll(
        async () =>
          (await result.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))).filter(
            (h) => !before.has(h) && pages.has(h),
          ).length,
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
    const href = (
      await result.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''))
    ).find((h) => !before.has(h) && pages.has(h))!;
    await main.locator(`a[href="${href}"]`).first().click();
    await page.waitForURL((url) => url.pathname === href);
    expect(((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim()).not.toBe(
      '',
    );
    await page.close();
  });
});
