import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

describe('home page in Chromium', () => {
  it('shows the campaign and leads to the schedule on a phone', async () => {
    const page = await open(browser, '/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      '扶贫日',
    );
    await page
      .getByRole('navigation', { name: '主导航' })
      .getByRole('link', { name: '活动安排' })
      .click();
    await page.waitForURL('**/activities/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      '活动安排',
    );
    await page.close();
  });
});
