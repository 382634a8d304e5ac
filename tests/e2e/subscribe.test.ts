import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, viewports } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('subscribe page in Chromium', () => {
  it('selects a whole feed address in one tap, ready to copy, with no script of its own', async () => {
    const context = await browser.newContext({ viewport: viewports.phone });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    await page.goto(new URL('/subscribe/', baseUrl()).href);
    // No script of its own: only every page's script (src/client/page.ts) and the 长辈模式 line in <head>.
    const scripts = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((els) =>
        els.map((el) =>
          el.getAttribute('src') ? 'file' : el.closest('head') ? 'head' : 'inline elsewhere',
        ),
      );
    expect(scripts.sort()).toEqual(['file', 'head']);
    await expect(page.getByRole('button').filter({ hasText: /复制/ }).count()).resolves.toBe(0);
    const item = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^脱贫故事/ }) });
    const code = item.locator('code');
    const address = (await code.textContent())!.trim();
    expect(address).toMatch(/^https?:\/\/.+\/stories\/rss\.xml$/);
    await expect(item.getByText(/长按地址可全选复制/).count()).resolves.toBe(1);
    const box = await code.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
    // A tap on one character selects the whole address, not just a word of it.
    await code.click({ position: { x: 8, y: box!.height / 2 } });
    await expect(page.evaluate(() => window.getSelection()?.toString().trim())).resolves.toBe(
      address,
    );
    await page.keyboard.press('Control+C');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(address);
    await context.close();
  });

  it('shows every address, selectable whole, without JavaScript', async () => {
    const context = await browser.newContext({
      viewport: viewports.phone,
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    await page.goto(new URL('/subscribe/', baseUrl()).href);
    const codes = page.locator('main code');
    const addresses = await codes.allTextContents();
    expect(addresses.length).toBeGreaterThanOrEqual(7);
    for (const a of addresses) expect(a.trim()).toMatch(/^https?:\/\/\S+\.(xml|ics)$/);
    for (const select of await codes.evaluateAll((list) =>
      list.map((c) => getComputedStyle(c).userSelect),
    ))
      expect(select).toBe('all');
    await context.close();
  });

  it('is linked from every page footer', async () => {
    const page = await browser.newPage({ viewport: viewports.phone });
    await page.goto(new URL('/notices/', baseUrl()).href);
    await page.getByRole('contentinfo').getByRole('link', { name: /订阅/ }).click();
    await page.waitForURL('**/subscribe/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('订阅');
    await page.close();
  });
});
