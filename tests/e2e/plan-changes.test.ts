/**
 * A notice that has lost effect, printed: its 失效/废止 banner and the link to the notice
 * that repealed it are on paper too (in every version of the page), and the print is a PDF.
 * Which notices are invalid is read from the content, never from a fixed list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isInvalid } from '../../src/lib/content/notice-relations.ts';
import { launch, open } from './browser.ts';
import { notices } from '../support/schedule-content.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const invalid = notices.filter((n) => isInvalid(n.data.validity));
const paths = invalid.flatMap((n) =>
  ['', '/zh-hant', '/elder'].map((prefix) => [`${prefix}/notices/${n.id}/`, n] as const),
);

describe('an invalid notice, printed', () => {
  it('the content has one', () => {
    expect(invalid.length).toBeGreaterThan(0);
  });

  it.each(paths)('%s shows its banner and the notice that repealed it', async (path, n) => {
    const page = await open(browser, path, { width: 794, height: 1123 });
    await page.emulateMedia({ media: 'print' });
    const banner = page.locator('[data-validity-banner]');
    expect(await banner.isVisible()).toBe(true);
    const box = await banner.boundingBox();
    expect(box?.height).toBeGreaterThan(10);
    const words = path.startsWith('/zh-hant') ? /本文件已(廢止|失效)/ : /本文件已(废止|失效)/;
    expect(await banner.textContent()).toMatch(words);
    if (n.data.repealedBy) {
      const link = page.locator(`[data-relation="repealedBy"] a`);
      expect(await link.isVisible()).toBe(true);
      expect(await link.getAttribute('href')).toMatch(
        new RegExp(`/notices/${n.data.repealedBy}/$`),
      );
    }
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });
});
