/**
 * Readers the site must not leave out, in Chromium: 长辈模式 with and without JavaScript,
 * the switch between Simplified and Traditional, search across the two scripts, print,
 * and screenshots of elder and Traditional pages on a phone (saved under test-results/).
 *
 * Past 250 lines: the versions share one browser and one server.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from '../support/dist.ts';
import { foldTablePath, makeFolder, type FoldTable } from '../../src/lib/search/script-fold.ts';
import { toTraditional } from '../../src/lib/versions/traditional.ts';
import { modeStorageKey } from '../../src/lib/versions/page-versions.ts';
import { site } from '../../src/lib/site/site.ts';
import { baseUrl, launch, viewports } from './browser.ts';

const notice = '/notices/2020-tacheng-fupinri-fangan/';
const commendation = '/commendations/shili-20xx-wang-xx/';
const story = '/stories/shili-fupin-chejian-jiuye/';
const shots = join(process.cwd(), 'test-results');
mkdirSync(shots, { recursive: true });

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const url = (path: string) => new URL(path, baseUrl()).href;
const pathOf = (page: Page) => new URL(page.url()).pathname;
const isElder = (page: Page) =>
  page.evaluate(() => document.documentElement.classList.contains('elder'));
const fontSize = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
const readers = (page: Page) =>
  page
    .getByRole('navigation', { name: '阅读方式' })
    .or(page.getByRole('navigation', { name: '閱讀方式' }));

async function withContext<T>(
  options: Parameters<Browser['newContext']>[0],
  run: (context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: viewports.phone, ...options });
  try {
    return await run(context);
  } finally {
    await context.close();
  }
}

describe('长辈模式 with JavaScript', () => {
  it('switches in place, keeps the reader’s place and focus, and is remembered on later pages', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(url(notice));
      const standardSize = await fontSize(page, 'main .prose-cn p');
      const toggle = readers(page).getByRole('button', { name: '长辈模式' });
      // Scrolled a little, the switch still in full view (a click would scroll it into view first).
      await page.evaluate(() => window.scrollTo(0, 5));
      const before = await toggle.boundingBox();
      expect(before!.y).toBeGreaterThan(0);
      await toggle.click();
      expect(pathOf(page)).toBe(notice); // no navigation
      expect(await isElder(page)).toBe(true);
      expect(await fontSize(page, 'main .prose-cn p')).toBeGreaterThan(standardSize);
      // The control stays where it was on the screen, and keeps the focus.
      const exit = readers(page).getByRole('button', { name: '退出长辈模式' });
      expect(Math.abs((await exit.boundingBox())!.y - before!.y)).toBeLessThan(2);
      expect(await exit.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.evaluate((key) => localStorage.getItem(key), modeStorageKey)).toBe('elder');

      await page
        .getByRole('navigation', { name: '主导航' })
        .getByRole('link', { name: '活动安排' })
        .click();
      await page.waitForURL('**/activities/');
      expect(pathOf(page)).toBe('/activities/');
      expect(await isElder(page)).toBe(true);

      await readers(page).getByRole('button', { name: '退出长辈模式' }).press('Space');
      expect(await isElder(page)).toBe(false);
      await page.goto(url('/stories/'));
      expect(await isElder(page)).toBe(false);
      expect(await page.evaluate((key) => localStorage.getItem(key), modeStorageKey)).toBe(
        'standard',
      );
    });
  });

  it('applies the stored choice before the page is first painted (no flash)', async () => {
    await withContext({}, async (context) => {
      // Record the layout at the moment <body> is created, before anything can be painted.
      await context.addInitScript(() => {
        const seen = new MutationObserver(() => {
          if (!document.body) return;
          (window as unknown as { atBody: boolean }).atBody =
            document.documentElement.classList.contains('elder');
          seen.disconnect();
        });
        seen.observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await page.goto(url('/'));
      await page.evaluate((key) => localStorage.setItem(key, 'elder'), modeStorageKey);
      await page.goto(url(notice));
      expect(await page.evaluate(() => (window as unknown as { atBody: boolean }).atBody)).toBe(
        true,
      );
      // A stored "standard" wins over an elder address, so the reader's choice holds everywhere.
      await page.evaluate((key) => localStorage.setItem(key, 'standard'), modeStorageKey);
      await page.goto(url(`/elder${notice}`));
      expect(await page.evaluate(() => (window as unknown as { atBody: boolean }).atBody)).toBe(
        false,
      );
    });
  });

  it('text scales further with the browser’s own text size, without sideways scrolling', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32 } });
      await page.goto(url(`/elder${notice}`));
      expect(await fontSize(page, 'main .prose-cn p')).toBeGreaterThanOrEqual(40);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
    });
  });
});

describe('长辈模式 without JavaScript', () => {
  it('is a link to the same page in 长辈模式, remembered from page to page, and a link back', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(url(notice));
      await readers(page).getByRole('link', { name: '长辈模式' }).click();
      await page.waitForURL(`**/elder${notice}`);
      expect(await isElder(page)).toBe(true);
      expect(await fontSize(page, 'main .prose-cn p')).toBeGreaterThanOrEqual(20);

      await page
        .getByRole('navigation', { name: '主导航' })
        .getByRole('link', { name: '表彰' })
        .click();
      await page.waitForURL('**/elder/commendations/');
      expect(await isElder(page)).toBe(true);
      await page.locator(`main a[href$="${commendation}"]`).first().click();
      await page.waitForURL(`**/elder${commendation}`);
      expect(await isElder(page)).toBe(true);

      await readers(page).getByRole('link', { name: '退出长辈模式' }).click();
      await page.waitForURL(`**${commendation}`);
      expect(pathOf(page)).toBe(commendation);
      expect(await isElder(page)).toBe(false);
    });
  });
});

describe('the switch between Simplified and Traditional', () => {
  it('lands on the same page in the other script, and back', async () => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(url(notice));
      const title = (await page.getByRole('heading', { level: 1 }).textContent())!;
      await readers(page).getByRole('link', { name: '繁體中文' }).click();
      await page.waitForURL(`**/zh-hant${notice}`);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        toTraditional(title),
      );
      expect(await page.title()).toContain('扶貧日');
      await readers(page).getByRole('link', { name: '简体中文' }).click();
      await page.waitForURL(`**${notice}`);
      expect(pathOf(page)).toBe(notice);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    });
  });

  it('keeps 长辈模式 when switching script without JavaScript', async () => {
    await withContext({ javaScriptEnabled: false }, async (context) => {
      const page = await context.newPage();
      await page.goto(url(`/elder${notice}`));
      await readers(page).getByRole('link', { name: '繁體中文' }).click();
      await page.waitForURL(`**/zh-hant/elder${notice}`);
      expect(await isElder(page)).toBe(true);
      await readers(page).getByRole('link', { name: '退出長輩模式' }).click();
      await page.waitForURL(`**/zh-hant${notice}`);
      expect(await isElder(page)).toBe(false);
    });
  });
});

describe('search across the two scripts', () => {
  // Pagefind's own browser API on the search page of each script, with the query folded
  // as src/lib/search/script-fold.ts folds it (the table is the one the build wrote).
  const table = JSON.parse(
    readFileSync(join(distDir, foldTablePath.slice(1)), 'utf8'),
  ) as FoldTable;
  const fold = makeFolder(table);

  async function search(path: string, query: string): Promise<string[]> {
    return withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(url(path));
      // A string, so that the test runner leaves the browser's own import() alone.
      const found: string[] = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const { results } = await pagefind.search(${JSON.stringify(query)});
        const data = await Promise.all(results.map((r) => r.data()));
        return data.map((d) => new URL(d.url, location.origin).pathname);
      })()`);
      return found;
    });
  }

  it.each(['扶貧功臣', '扶贫功臣'])(
    '%s finds the Traditional commendation page from the Traditional search page',
    async (query) => {
      const found = await search('/zh-hant/search/', fold(query, 'hant'));
      expect(found).toContain(`/zh-hant${commendation}`);
      expect(found.every((p) => p.startsWith('/zh-hant/'))).toBe(true);
    },
  );

  it.each(['扶貧功臣', '扶贫功臣'])(
    '%s finds the Simplified commendation page from the Simplified search page',
    async (query) => {
      const found = await search('/search/', fold(query, 'hans'));
      expect(found).toContain(commendation);
      expect(found.some((p) => p.startsWith('/zh-hant/') || p.startsWith('/elder/'))).toBe(false);
    },
  );

  it.each([
    ['/zh-hant/search/', '车间', 'hant', `/zh-hant${story}`],
    ['/search/', '車間', 'hans', story],
  ] as const)(
    'on %s, %s finds nothing as typed and the story once folded',
    async (path, query, script, expected) => {
      expect(await search(path, query)).toEqual([]);
      expect(await search(path, fold(query, script))).toEqual([expected]);
    },
  );
});

describe('search folding on the search page (src/client/search-fold.ts)', () => {
  // Typed into the search page's box, as a reader does. 车间/車間 share no character, so
  // only folding finds them across scripts.
  it.each([
    ['/zh-hant/search/', '扶贫功臣', `/zh-hant${commendation}`],
    ['/zh-hant/search/', '扶貧功臣', `/zh-hant${commendation}`],
    ['/search/', '扶貧功臣', commendation],
    ['/zh-hant/search/', '车间', `/zh-hant${story}`],
    ['/search/', '車間', story],
  ])('on %s, %s finds %s', async (path, query, expected) => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(url(path));
      await page
        .getByRole('searchbox', {
          name: path.startsWith('/zh-hant/') ? '搜索關鍵詞' : '搜索关键词',
        })
        .fill(query);
      await page
        .locator(`pagefind-results a[href="${expected}"]`)
        .first()
        .waitFor({ timeout: 20_000 });
      const found = await page
        .locator('pagefind-results a[href]')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
      expect(found).toContain(expected);
      expect(
        found.every((href) => href!.startsWith('/zh-hant/') === path.startsWith('/zh-hant/')),
      ).toBe(true);
    });
  });
});

describe('print', () => {
  it.each([notice, `/zh-hant${notice}`])(
    '%s prints as the document: no navigation, title, 文号, body, signature and date',
    async (path) => {
      await withContext({ viewport: { width: 794, height: 1123 } }, async (context) => {
        const page = await context.newPage();
        await page.goto(url(path));
        await page.emulateMedia({ media: 'print' });
        expect(await page.getByRole('banner').isVisible()).toBe(false);
        expect(await page.getByRole('navigation').filter({ visible: true }).count()).toBe(0);
        expect(await page.getByRole('contentinfo').isVisible()).toBe(false);
        expect(await page.getByRole('search').isVisible()).toBe(false);
        await expect(page.getByRole('heading', { level: 1 }).isVisible()).resolves.toBe(true);
        const docNumber = path.startsWith('/zh-hant/')
          ? '塔地扶貧領辦字〔2020〕15號'
          : '塔地扶贫领办字〔2020〕15号';
        expect(await page.getByText(docNumber, { exact: true }).first().isVisible()).toBe(true);
        expect(
          await page
            .getByText(path.startsWith('/zh-hant/') ? '文號' : '文号', { exact: true })
            .isVisible(),
        ).toBe(true);
        const signature = page.locator('.prose-cn p.text-right');
        expect(await signature.isVisible()).toBe(true);
        expect(await signature.textContent()).toMatch(/2020年7月7日/);
        // Links show where they lead; the page says where it is.
        const link = page.locator('main dd a[href^="/"]').first();
        const after = await link.evaluate((el) => getComputedStyle(el, '::after').content);
        expect(after).toContain(new URL((await link.getAttribute('href'))!, site.url).href);
        expect(await page.locator('[data-print-url]').isVisible()).toBe(true);
        await page.screenshot({
          path: join(shots, `print${path.startsWith('/zh-hant/') ? '-hant' : ''}-notice.png`),
          fullPage: true,
        });
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      });
    },
  );
});

describe('screenshots on a phone (look at them in test-results/)', () => {
  it.each([
    ['/elder/', 'elder-home'],
    [`/elder${notice}`, 'elder-notice'],
    ['/zh-hant/', 'hant-home'],
    [`/zh-hant/elder${commendation}`, 'hant-elder-commendation'],
    ['/zh-hant/elder/activities/', 'hant-elder-activities'],
  ])('%s', async (path, name) => {
    await withContext({}, async (context) => {
      const page = await context.newPage();
      await page.goto(url(path));
      await page.screenshot({ path: join(shots, `${name}.png`) });
      await page.screenshot({ path: join(shots, `${name}-full.png`), fullPage: true });
    });
  });
});
