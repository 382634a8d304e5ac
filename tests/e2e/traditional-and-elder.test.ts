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
import { simplifiedOnlyChars } from '../../src/lib/search/script-fold.test-support.ts';
import { searchFilters } from '../../src/lib/search/state.ts';
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

describe('search across the two scripts: one index, of the Simplified pages', () => {
  // Pagefind's own browser API on the search page of each script, with the query folded
  // as src/lib/search/script-fold.ts folds it (the table is the one the build wrote).
  const table = JSON.parse(
    readFileSync(join(distDir, foldTablePath.slice(1)), 'utf8'),
  ) as FoldTable;
  const fold = makeFolder(table);

  /** The pages Pagefind finds for `query` from the page at `path`, and the index files it fetched. */
  async function search(
    path: string,
    query: string,
  ): Promise<{ found: string[]; files: string[] }> {
    return withContext({}, async (context) => {
      const page = await context.newPage();
      const files: string[] = [];
      context.on('request', (r) => {
        const name = new URL(r.url()).pathname;
        if (/\.pf_(meta|index|fragment|filter)$/.test(name)) files.push(name);
      });
      await page.goto(url(path));
      // A string, so that the test runner leaves the browser's own import() alone.
      const found: string[] = await page.evaluate(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const { results } = await pagefind.search(${JSON.stringify(query)});
        const data = await Promise.all(results.map((r) => r.data()));
        return data.map((d) => new URL(d.url, location.origin).pathname);
      })()`);
      return { found, files };
    });
  }

  it.each([
    ['/search/', '扶貧功臣'],
    ['/search/', '扶贫功臣'],
    ['/zh-hant/search/', '扶貧功臣'],
    ['/zh-hant/search/', '扶贫功臣'],
  ])(
    'on %s, %s folded to Simplified finds the commendation in the one zh-cn index',
    async (path, query) => {
      const { found, files } = await search(path, fold(query, 'hans'));
      expect(found).toContain(commendation);
      expect(found.filter((p) => p.startsWith('/zh-hant/') || p.startsWith('/elder/'))).toEqual([]);
      expect(files.length).toBeGreaterThan(0);
      expect(files.filter((f) => !/(\/|\.)zh-cn_/.test(f))).toEqual([]);
    },
  );

  it('車間 as typed finds nothing in the Simplified index, and the story once folded', async () => {
    expect((await search('/zh-hant/search/', '車間')).found).toEqual([]);
    expect((await search('/zh-hant/search/', fold('車間', 'hans'))).found).toEqual([story]);
  });
});

describe('what /zh-hant/search/ draws from the Simplified index: Traditional only', () => {
  const table = JSON.parse(
    readFileSync(join(distDir, foldTablePath.slice(1)), 'utf8'),
  ) as FoldTable;
  const simplifiedOnly = simplifiedOnlyChars(table);
  const simplifiedIn = (texts: string[]) =>
    texts.filter((t) => [...t].some((c) => simplifiedOnly.has(c)));

  it.each(['扶貧', '扶贫'])(
    'typed %s: titles, types, dates, excerpts, filters and the count in Traditional, links to /zh-hant/ pages',
    async (query) => {
      await withContext({ viewport: viewports.desktop }, async (context) => {
        // Every text the page's scripts write once it is parsed (as the axe test records it).
        await context.addInitScript(() => {
          const written: string[] = [];
          (window as unknown as { written: string[] }).written = written;
          const observer = new MutationObserver((records) => {
            for (const r of records) {
              const nodes = r.type === 'characterData' ? [r.target] : [...r.addedNodes];
              for (const n of nodes) if (n.textContent?.trim()) written.push(n.textContent.trim());
            }
          });
          document.addEventListener('readystatechange', () => {
            if (document.readyState === 'interactive')
              observer.observe(document, { subtree: true, childList: true, characterData: true });
          });
        });
        const page = await context.newPage();
        await page.goto(url('/zh-hant/search/'));
        const box = page.getByRole('searchbox', { name: '搜索關鍵詞' });
        await box.click();
        await page.keyboard.type(query);
        // Pagefind draws a result's details as they scroll into view: bring the first five in.
        for (let i = 0; i < 5; i++) {
          await page
            .locator('.pf-results > li')
            .nth(i)
            .waitFor({ state: 'attached', timeout: 20_000 });
          await page.evaluate(
            (k) => document.querySelectorAll('.pf-results > li')[k]?.scrollIntoView(),
            i,
          );
          await page.locator('.search-result h3 a').nth(i).waitFor({ timeout: 20_000 });
        }
        const all = (selector: string) => page.locator(selector).allTextContents();
        const titles = await all('.search-result h3');
        const facts = await all('.search-result-meta');
        const excerpts = await all('.search-result-excerpt');
        const groups = await all('.pf-filter-group-name');
        const values = await all('.pf-filter-checkbox');
        const summary = (await page.locator('pagefind-summary').textContent()) ?? '';
        // Something of each is drawn.
        expect(titles.length).toBeGreaterThanOrEqual(5);
        expect(facts.every((f) => f.length > 0)).toBe(true);
        expect(facts.some((f) => /\d{4}年/.test(f))).toBe(true);
        expect(excerpts.filter((e) => e.includes('扶貧')).length).toBeGreaterThan(0);
        await expect(page.locator('.search-result-excerpt mark').count()).resolves.toBeGreaterThan(
          0,
        );
        expect(groups).toEqual(expect.arrayContaining(searchFilters.map(toTraditional)));
        expect(values.length).toBeGreaterThan(5);
        expect(summary).toContain('“扶貧”');
        expect(decodeURIComponent(page.url())).toContain('q=扶貧');
        // No character a Traditional page never has, in anything drawn or written.
        const written = await page.evaluate(
          () => (window as unknown as { written: string[] }).written,
        );
        expect(written.length).toBeGreaterThan(10);
        expect(
          simplifiedIn([
            ...titles,
            ...facts,
            ...excerpts,
            ...groups,
            ...values,
            summary,
            ...written,
          ]),
        ).toEqual([]);
        // Types are the Traditional names of the index's types.
        expect(
          facts.every((f) =>
            /^(活動|通知|故事|表彰|倡議|單位|地區|活動安排|結對幫扶|幫扶企業|結對村) · /.test(
              `${f} · `,
            ),
          ),
        ).toBe(true);

        // Every link leads to a Traditional page, and the first is titled as its page.
        const hrefs = await page
          .locator('.search-result h3 a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        expect(hrefs.every((h) => h.startsWith('/zh-hant/'))).toBe(true);

        // A filter, chosen by its Traditional label, narrows the results and is spelled in Traditional in the address.
        const count = () => page.locator('pagefind-summary').textContent();
        const before = await count();
        await page.locator('summary', { hasText: '類型' }).click();
        await page.locator('label.pf-filter-checkbox', { hasText: '活動' }).first().click();
        await expect.poll(count).not.toBe(before);
        expect(decodeURIComponent(page.url())).toContain('=活動');
        expect(simplifiedIn(await all('.search-result-meta'))).toEqual([]);

        // The first result is titled as the Traditional page it leads to.
        const [title, href] = await page
          .locator('.search-result h3 a')
          .first()
          .evaluate((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']);
        await page.goto(url(href!));
        expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hant');
        expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(title);
      });
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
