/**
 * A reader's way through the site in Chromium: the navigation on a phone, every kind of
 * page reached from its list, the 404 page and the initiative letter's short address.
 * Which pages exist is read from the sitemap, never from a fixed list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, forgive, launch, open, viewports } from './browser.ts';
import { sitemapPaths } from './sitemap.ts';
import { t } from '../../src/lib/site/ui.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const paths = sitemapPaths();
const pathOf = (page: Page) => new URL(page.url()).pathname;
const h1Of = async (page: Page) =>
  ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();

describe('navigation on a phone', () => {
  it('shows every section link in full, in rows of four, each at least 48px tall', async () => {
    const page = await open(browser, '/', viewports.phone);
    const links = page.getByRole('navigation', { name: t('nav.label') }).getByRole('link');
    const boxes = await Promise.all((await links.all()).map((l) => l.boundingBox()));
    expect(boxes.length).toBeGreaterThanOrEqual(4);
    for (const [i, box] of boxes.entries()) {
      expect(box, `link ${i}`).not.toBeNull();
      expect(box!.x, `link ${i} starts inside the window`).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width, `link ${i} ends inside the window`).toBeLessThanOrEqual(
        viewports.phone.width,
      );
      expect(box!.height, `link ${i} is a 48px tap target`).toBeGreaterThanOrEqual(48);
      expect(box!.width, `link ${i} is a 48px tap target`).toBeGreaterThanOrEqual(48);
    }
    const rows = new Set(boxes.map((b) => Math.round(b!.y)));
    expect(rows.size).toBe(Math.ceil(boxes.length / 4));
    await page.close();
  });

  it('takes the reader to each section, which the navigation then marks as current', async () => {
    const page = await open(browser, '/', viewports.phone);
    const nav = page.getByRole('navigation', { name: t('nav.label') });
    const hrefs = await nav
      .getByRole('link')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      await nav.locator(`a[href="${href}"]`).click();
      await page.waitForURL((url) => url.pathname === href);
      await expect(nav.locator(`a[href="${href}"]`).getAttribute('aria-current')).resolves.toBe(
        'page',
      );
      expect(await h1Of(page), href).not.toBe('');
    }
    await page.close();
  });
});

/** Entry pages by kind: the list they are reached from and the pattern of their address. */
const kinds = [
  { kind: 'notice', list: '/notices/', entry: /^\/notices\/(?!\d+\/)[^/]+\/$/ },
  // /activities/ is the current campaign's schedule: the sitemap lists it by its canonical, /campaigns/<id>/.
  {
    kind: 'activity',
    list: '/activities/',
    listed: '/campaigns/2020/',
    entry: /^\/activities\/[^/]+\/$/,
  },
  { kind: 'story', list: '/stories/', entry: /^\/stories\/(?!\d+\/)[^/]+\/$/ },
  { kind: 'commendation', list: '/commendations/', entry: /^\/commendations\/(?!\d+\/)[^/]+\/$/ },
  { kind: 'appeal', list: '/appeals/', entry: /^\/appeals\/(?!\d+\/)[^/]+\/$/ },
  { kind: 'unit', list: '/units/', entry: /^\/units\/[^/]+\/$/ },
  { kind: 'region', list: '/regions/', entry: /^\/regions\/[^/]+\/$/ },
  {
    kind: 'campaign',
    list: '/activities/',
    listed: '/campaigns/2020/',
    entry: /^\/campaigns\/[^/]+\/$/,
  },
];

describe('every kind of page, reached from its list', () => {
  it.each(kinds)(
    '$kind: $list leads to a page whose heading is the link followed',
    async ({ list, listed = list, entry }) => {
      expect(paths, `the sitemap lists ${listed}`).toContain(listed);
      expect(
        paths.filter((p) => entry.test(p)).length,
        `the sitemap lists pages like ${entry}`,
      ).toBeGreaterThan(0);
      const page = await open(browser, list);
      expect(await h1Of(page)).not.toBe('');
      const links = page.getByRole('main').locator('a[href]');
      const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
      const href = hrefs.find((h) => entry.test(h));
      expect(href, `${list} links to a page like ${entry}`).toBeDefined();
      const link = page.getByRole('main').locator(`a[href="${href}"]`).first();
      const text = ((await link.textContent()) ?? '').trim();
      await link.click();
      await page.waitForURL((url) => url.pathname === href);
      expect(await h1Of(page)).toContain(text);
      await page.close();
    },
  );
});

describe('special pages', () => {
  it('an unknown address shows the 404 page with a way home', async () => {
    forgive(/status of 404/);
    const page = await open(browser, '/no-such-page/');
    expect(await h1Of(page)).toBe(t('notfound.title'));
    await page.getByRole('main').locator('a[href="/"]').first().click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(pathOf(page)).toBe('/');
    const res = await fetch(new URL('/no-such-page/', baseUrl()));
    expect(res.status).toBe(404);
    await page.close();
  });

  it('/changyishu/ shows the initiative letter the home page leads to', async () => {
    const page = await open(browser, '/');
    const links = page.getByRole('main').locator('a[href="/changyishu/"]');
    const texts = (await links.allTextContents()).map((s) => s.trim());
    expect(texts.length).toBeGreaterThan(0);
    const title = texts.reduce((a, b) => (b.length > a.length ? b : a));
    await links.first().click();
    await page.waitForURL((url) => url.pathname === '/changyishu/');
    expect(await h1Of(page)).toContain(title);
    await page.close();
  });
});
