import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, viewports } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('subscribe page in Chromium', () => {
  it('copies a feed address in one tap and says so', async () => {
    const context = await browser.newContext({ viewport: viewports.phone });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
    const page = await context.newPage();
    await page.goto(new URL('/subscribe/', baseUrl()).href);
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^脱贫故事/ }) });
    const address = (await item.locator('code').textContent())!.trim();
    expect(address).toMatch(/^https?:\/\/.+\/stories\/rss\.xml$/);
    const button = item.getByRole('button', { name: /^复制地址/ });
    const box = await button.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
    await button.click();
    await expect.poll(() => item.getByRole('status').textContent()).toContain('已复制');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(address);
    await context.close();
  });

  it('shows every address, selectable, without JavaScript (and no button that cannot work)', async () => {
    const context = await browser.newContext({ viewport: viewports.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/subscribe/', baseUrl()).href);
    const addresses = await page.locator('main code').allTextContents();
    expect(addresses.length).toBeGreaterThanOrEqual(7);
    for (const a of addresses) expect(a.trim()).toMatch(/^https?:\/\/\S+\.(xml|ics)$/);
    await expect(page.getByRole('button', { name: /^复制地址/ }).count()).resolves.toBe(0);
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
