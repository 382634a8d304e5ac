/**
 * The search page in Chromium, driven as a reader drives it: typing into the box,
 * reading the results, choosing filters, sharing the address, going back, using only
 * the keyboard, and on a phone. Expected pages are named by their paths in src/content.
 *
 * Past 250 lines: the reader's ways through search share one browser and one server.
 */
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, open, viewports } from './browser.ts';
import { modeHeadScript } from '../../src/lib/versions/page-versions.ts';
import { activities } from '../support/schedule-content.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const summary = (page: Page) => page.locator('pagefind-summary');
const box = (page: Page) => page.getByRole('searchbox', { name: '搜索关键词' });

/** How many results the page says it found for `q` (0 for "none found"); waits until it says so. */
async function resultCount(page: Page, q: string): Promise<number> {
  await expect
    .poll(async () => summary(page).textContent(), { timeout: 20_000 })
    .toMatch(new RegExp(`(找到 \\d+ 条|没有找到)与“${q}”`));
  const text = (await summary(page).textContent()) ?? '';
  return Number(/找到 (\d+) 条/.exec(text)?.[1] ?? 0);
}

/** Types `q` into the search box (replacing what was there) and returns the paths of the first `n` results. */
async function searchFor(page: Page, q: string, n = 3): Promise<string[]> {
  await box(page).fill('');
  await box(page).click();
  await page.keyboard.type(q);
  return shownResults(page, q, n);
}

/** The paths of the first `n` results of the search the page shows for `q`, once they have loaded. */
async function shownResults(page: Page, q: string, n = 3): Promise<string[]> {
  const count = await resultCount(page, q);
  const items = page.locator('.pf-results > li');
  // Pagefind draws a placeholder for each result and fills it in as the result loads.
  const loaded = () =>
    items.evaluateAll(
      (lis, k) => lis.slice(0, k).filter((li) => li.classList.contains('search-result')).length,
      Math.min(n, count),
    );
  await expect.poll(loaded, { timeout: 20_000 }).toBe(Math.min(n, count));
  return items
    .locator('h3 a')
    .evaluateAll(
      (as, k) => as.slice(0, k).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      n,
    );
}

/** Waits until the count shown for `q` passes `check`. */
const countBecomes = (page: Page, q: string) =>
  expect.poll(() => resultCount(page, q), { timeout: 20_000 });

/** A filter's checkbox: group 类型, value 活动. */
const checkbox = (group: string, value: string) =>
  `input[type="checkbox"][name="${group}"][value="${value}"]`;

/** Facts under each shown result: "活动 · 2020年8月". */
const resultFacts = (page: Page) => page.locator('.search-result-meta').allTextContents();

describe('search costs nothing until the reader reaches for it', () => {
  it('fetches no search code before the box is focused, and the index once it is', async () => {
    const page = await browser.newPage({ viewport: viewports.desktop });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(new URL('/search/', baseUrl()).href, { waitUntil: 'networkidle' });
    await expect(box(page).isVisible()).resolves.toBe(true);
    expect(requests.filter((p) => p.startsWith('/pagefind/') || p.includes('search-ui'))).toEqual(
      [],
    );

    const loaded = page.waitForRequest(
      (r) => new URL(r.url()).pathname === '/pagefind/pagefind-component-ui.js',
    );
    await box(page).focus();
    await loaded;
    await page.waitForRequest((r) =>
      /\/pagefind\/pagefind\.[\w-]+\.pf_meta$/.test(new URL(r.url()).pathname),
    );
    await page.close();
  });
});

describe('under a strict Content-Security-Policy', () => {
  it('searches with no inline script (but the layout script, by its hash) or style and no eval but WebAssembly’s', async () => {
    const page = await browser.newPage({ viewport: viewports.desktop });
    // The one inline script is the readers' layout choice in <head> (src/lib/versions/page-versions.ts), allowed by its hash.
    const layoutHash = createHash('sha256').update(modeHeadScript).digest('base64');
    const policy = `default-src 'self'; script-src 'self' 'sha256-${layoutHash}' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'`;
    // Sent with every response, as a server would: the Pagefind worker runs under it too.
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        headers: { ...response.headers(), 'content-security-policy': policy },
      });
    });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(new URL('/search/', baseUrl()).href);
    await page.evaluate(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        console.log(`Content Security Policy: ${e.violatedDirective} ${e.blockedURI}`),
      ),
    );
    expect(await searchFor(page, '研讨会')).toContain('/activities/2020-01-yantaohui/');
    expect(violations, violations.join('\n')).toEqual([]);
    await page.close();
  });
});

describe('Chinese queries find the page that is about them', () => {
  let page: Page;
  beforeAll(async () => {
    page = await open(browser, '/search/', viewports.desktop);
  });
  afterAll(() => page.close());

  it.each([
    ['研讨会', '/activities/2020-01-yantaohui/'],
    ['百企帮百村', '/activities/shili-04-baiqi-bangbaicun/'],
    ['消费扶贫', '/appeals/shili-xiaofei-fupin-renggou/'],
    ['地委宣传部', '/units/diwei-xuanchuanbu/'],
    ['塔地扶贫领办字', '/notices/2020-tacheng-fupinri-fangan/'],
    ['2020', '/campaigns/2020/'],
    ['扶贫功臣', '/activities/shili-03-fupin-gongchen/'],
    ['倡议书', '/appeals/2020-changyishu/'],
    ['脱贫攻坚奖', '/activities/2020-02-tuopin-gongjian-jiang/'],
    ['公益短信', '/activities/2020-08-gongyi-duanxin/'],
    ['大走访', '/activities/shili-05-dazoufang-daweiwen/'],
    ['扶贫办', '/units/diqu-fupinban/'],
    ['扶贫车间', '/stories/shili-fupin-chejian-jiuye/'],
    ['塔城市', '/regions/tacheng-shi/'],
    ['联席会议', '/activities/shili-06-lianxihui-mujuan/'],
    ['决战决胜脱贫攻坚', '/campaigns/2020/'],
  ])('%s → %s in the top three', async (q, path) => {
    expect(await searchFor(page, q)).toContain(path);
  });

  it('扶贫, which the browser cuts into 扶 and 贫: the top three are titled with the word itself', async () => {
    await searchFor(page, '扶贫');
    const titles = await page.locator('.search-result h3').allTextContents();
    expect(titles.slice(0, 3).every((t) => t.includes('扶贫'))).toBe(true);
  });

  it('each result shows its title, its type and date, and an excerpt with the words marked', async () => {
    await searchFor(page, '研讨会');
    const first = page.locator('.search-result').first();
    await expect(first.locator('h3').textContent()).resolves.toContain('研讨会');
    await expect(first.locator('.search-result-meta').textContent()).resolves.toMatch(
      /^活动 · 2020年8月/,
    );
    await expect(first.locator('.search-result-excerpt mark').count()).resolves.toBeGreaterThan(0);
  });

  it('finds nothing for the words only a draft contains', async () => {
    await box(page).fill('');
    await box(page).click();
    await page.keyboard.type('草稿专用检索词甲乙丙');
    expect(await resultCount(page, '草稿专用检索词甲乙丙')).toBe(0);
    await expect(page.locator('.search-result').count()).resolves.toBe(0);
  });
});

describe('filters and order', () => {
  it('narrows to the activities of one 扶贫领域 and one 类别, as their files give them', async () => {
    const published = activities.filter((x) => !x.data.noindex);
    const inArea = published.filter((x) => x.data.areas.includes('消费扶贫'));
    expect(inArea.length).toBeGreaterThan(1);
    const page = await open(browser, '/search/', viewports.desktop);
    await searchFor(page, '扶贫');
    await page.locator('summary', { hasText: '扶贫领域' }).click();
    await page.locator(checkbox('扶贫领域', '消费扶贫')).check();
    await countBecomes(page, '扶贫').toBe(inArea.length);
    expect(decodeURIComponent(page.url())).toContain('扶贫领域=消费扶贫');
    expect((await shownResults(page, '扶贫', inArea.length)).sort()).toEqual(
      inArea.map((x) => `/activities/${x.id}/`).sort(),
    );

    await page.locator('summary', { hasText: '类别' }).click();
    await page.locator(checkbox('类别', '帮扶行动')).check();
    const both = inArea.filter((x) => x.data.category === '帮扶行动');
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan(inArea.length);
    await countBecomes(page, '扶贫').toBe(both.length);
    await page.close();
  });

  it('narrows results by type, year, unit and region, and keeps the choice in the address', async () => {
    const page = await open(browser, '/search/', viewports.desktop);
    await searchFor(page, '扶贫');
    const all = await resultCount(page, '扶贫');

    await page.locator('summary', { hasText: '类型' }).click();
    await page.locator(checkbox('类型', '活动')).check();
    await countBecomes(page, '扶贫').toBeLessThan(all);
    const activities = await resultCount(page, '扶贫');
    await expect.poll(async () => (await resultFacts(page)).length).toBeGreaterThan(0);
    expect((await resultFacts(page)).every((f) => f.startsWith('活动'))).toBe(true);
    expect(decodeURIComponent(page.url())).toContain('类型=活动');

    await page.locator('summary', { hasText: '单位' }).click();
    await page.locator(checkbox('单位', '地委宣传部')).check();
    await countBecomes(page, '扶贫').toBeLessThan(activities);
    expect(decodeURIComponent(page.url())).toContain('单位=地委宣传部');

    // The address alone brings the same narrowed search back.
    const shared = await open(
      browser,
      new URL(page.url()).pathname + new URL(page.url()).search,
      viewports.desktop,
    );
    expect(await resultCount(shared, '扶贫')).toBe(await resultCount(page, '扶贫'));
    await expect(shared.locator(checkbox('类型', '活动')).isChecked()).resolves.toBe(true);
    await shared.close();

    await page.locator(checkbox('单位', '地委宣传部')).uncheck();
    await page.locator(checkbox('类型', '活动')).uncheck();
    await countBecomes(page, '扶贫').toBe(all);

    await page.locator('summary', { hasText: '年度' }).click();
    await page.locator(checkbox('年度', '2020')).check();
    await countBecomes(page, '扶贫').toBeLessThan(all);
    await page.locator(checkbox('年度', '2020')).uncheck();

    await page.locator('summary', { hasText: '地区' }).click();
    await page.locator(checkbox('地区', '塔城市')).check();
    await countBecomes(page, '扶贫').toBeLessThan(all);
    expect(decodeURIComponent(page.url())).toContain('地区=塔城市');
    await page.close();
  });

  it('sorts by date, newest first', async () => {
    const page = await open(browser, '/search/?q=扶贫日', viewports.desktop);
    await resultCount(page, '扶贫日');
    await page.getByLabel('排序').selectOption({ label: '按日期（最新在前）' });
    await expect.poll(() => decodeURIComponent(page.url())).toContain('sort=date');
    await resultCount(page, '扶贫日');
    const facts = page.locator('.search-result-meta');
    // Pagefind loads a result's details as it scrolls into view: scroll down the list as a reader would.
    await expect
      .poll(async () => {
        await page.locator('pagefind-results li').last().scrollIntoViewIfNeeded();
        return facts.count();
      })
      .toBeGreaterThan(5);
    const years = (await facts.allTextContents())
      .map((f) => /(\d{4})年/.exec(f)?.[1])
      .filter((y): y is string => !!y);
    expect(years.length).toBeGreaterThan(3);
    expect([...years].sort().reverse()).toEqual(years);
    await page.close();
  });
});

describe('the query lives in the address', () => {
  it('restores a shared search (?q=), and Back from a result returns to it', async () => {
    const page = await open(
      browser,
      `/search/?q=${encodeURIComponent('公益短信')}`,
      viewports.desktop,
    );
    await expect(box(page).inputValue()).resolves.toBe('公益短信');
    const [first] = await shownResults(page, '公益短信', 1);
    expect(first).toBe('/activities/2020-08-gongyi-duanxin/');

    // Type a new search, open a result, come back.
    await searchFor(page, '大走访');
    expect(decodeURIComponent(page.url())).toContain('?q=大走访');
    await page.locator('.search-result h3 a').first().click();
    await page.waitForURL('**/activities/shili-05-dazoufang-daweiwen/');
    await page.goBack();
    await expect.poll(() => box(page).inputValue()).toBe('大走访');
    await expect(resultCount(page, '大走访')).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('the header search box on any page leads here with the query filled in', async () => {
    const page = await open(browser, '/notices/', viewports.desktop);
    await page.getByRole('searchbox', { name: '搜索全站' }).fill('倡议书');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/search/?q=*');
    await expect(box(page).inputValue()).resolves.toBe('倡议书');
    await expect(resultCount(page, '倡议书')).resolves.toBeGreaterThan(0);
    await page.close();
  });
});

describe('keyboard and screen reader', () => {
  it('works with the keyboard alone: Tab to the box, type, ↓ to the results, Enter to open', async () => {
    const page = await open(browser, '/search/', viewports.desktop);
    for (
      let i = 0;
      i < 30 && !(await box(page).evaluate((el) => el === document.activeElement));
      i++
    )
      await page.keyboard.press('Tab');
    await expect(box(page).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await page.keyboard.type('研讨会');
    await resultCount(page, '研讨会');
    // Pagefind fills results in as they load, not in order: ↓ pressed at once stays in the box
    // until the first result has loaded, and never lands on a later one.
    const focusedPath = () =>
      page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname);
    await page.keyboard.press('ArrowDown');
    expect([undefined, '/activities/2020-01-yantaohui/']).toContain(await focusedPath());
    await shownResults(page, '研讨会', 1);
    if (await box(page).evaluate((el) => el === document.activeElement))
      await page.keyboard.press('ArrowDown');
    const focused = await focusedPath();
    expect(focused).toBe('/activities/2020-01-yantaohui/');
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement as Element).outlineStyle,
    );
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/activities/2020-01-yantaohui/');
    await page.close();
  });

  it('chooses a filter with the keyboard', async () => {
    const page = await open(browser, '/search/?q=扶贫', viewports.desktop);
    const all = await resultCount(page, '扶贫');
    await box(page).focus();
    const typeGroup = page.locator('summary', { hasText: '类型' });
    for (
      let i = 0;
      i < 10 && !(await typeGroup.evaluate((el) => el === document.activeElement));
      i++
    )
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(
      page.evaluate(() => (document.activeElement as HTMLInputElement).type),
    ).resolves.toBe('checkbox');
    await page.keyboard.press('Space');
    await countBecomes(page, '扶贫').toBeLessThan(all);
    await page.close();
  });

  it('announces the count in a polite live region, and never interrupts', async () => {
    const page = await browser.newPage({ viewport: viewports.desktop });
    await page.addInitScript(() => {
      const heard: { text: string; live: string | null }[] = [];
      (window as unknown as { heard: typeof heard }).heard = heard;
      new MutationObserver((records) => {
        for (const r of records) {
          const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest(
            '[aria-live]',
          );
          if (region?.textContent)
            heard.push({ text: region.textContent, live: region.getAttribute('aria-live') });
        }
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
    await page.goto(new URL('/search/', baseUrl()).href);
    const heard = () =>
      page.evaluate(
        () => (window as unknown as { heard: { text: string; live: string | null }[] }).heard,
      );
    await box(page).click();
    await page.keyboard.type('研讨会');
    const count = await resultCount(page, '研讨会');
    await expect
      .poll(async () => (await heard()).map((h) => h.text).join('|'))
      .toContain(`找到 ${count} 条与“研讨会”`);
    await searchFor(page, '草稿专用检索词甲乙丙', 0);
    await expect
      .poll(async () => (await heard()).map((h) => h.text).join('|'))
      .toContain('没有找到与“草稿专用检索词甲乙丙”');
    expect((await heard()).every((h) => h.live === 'polite')).toBe(true);
    await page.close();
  });
});

describe('on a phone and without JavaScript', () => {
  it('fits a 390px screen: filters folded, results right under the box', async () => {
    const page = await open(browser, '/search/?q=扶贫', viewports.phone);
    await resultCount(page, '扶贫');
    await expect(
      page.locator('[data-search-filters]').evaluate((d) => (d as HTMLDetailsElement).open),
    ).resolves.toBe(false);
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(0);
    const first = await page.locator('.search-result').first().boundingBox();
    expect(first && first.y + first.height).toBeLessThan(viewports.phone.height);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.close();
  });

  it('says plainly that search needs JavaScript, and links to the lists', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL('/search/', baseUrl()).href);
    await expect(page.locator('main').innerText()).resolves.toContain(
      '搜索需要浏览器启用 JavaScript',
    );
    await expect(
      page.getByRole('main').getByRole('link', { name: '活动安排' }).getAttribute('href'),
    ).resolves.toBe('/activities/');
    await expect(box(page).isVisible()).resolves.toBe(false);
    await context.close();
  });
});
