/**
 * The schedule in Chromium: statuses, deadlines and the countdown follow the reader's
 * day (the clock is set with page.clock), the filters narrow the list and clear, and
 * the page works with JavaScript off and prints without navigation.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { lastDay, span, statusOn } from '../../src/lib/content/dates.ts';
import {
  activities,
  categories,
  currentCampaign,
  notices,
  slugOf,
  units,
} from '../support/schedule-content.ts';
import { baseUrl, launch, viewports } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const labels = { upcoming: '即将开始', ongoing: '进行中', ended: '已结束' } as const;
const current = activities.filter((a) => a.data.campaign === currentCampaign);
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Opens `path` with the clock fixed at `instant` (and any context options, e.g. a time zone). */
async function openAt(
  path: string,
  instant: string | null,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({ viewport: viewports.phone, ...options });
  const page = await context.newPage();
  if (instant) await page.clock.setFixedTime(new Date(instant));
  await page.goto(new URL(path, baseUrl()).href);
  return page;
}
const close = (page: Page) => page.context().close();
/** Noon in China on a day, as an instant. */
const noonInChina = (day: string) => `${day}T12:00:00+08:00`;

describe('statuses follow the day the page is read', () => {
  // An activity with a window of several days, and a day in the middle of it.
  const ranged = current.find((a) => {
    const days = span(a.data.when);
    return days?.first && days.first < days.last;
  })!;
  const { first, last } = span(ranged.data.when) as { first: string; last: string };
  const inside = addDays(
    first,
    Math.floor((Date.parse(last) - Date.parse(first)) / 86_400_000 / 2),
  );

  it(`reads 进行中 for ${ranged.id} on ${inside}, and the right word for every other activity`, async () => {
    const page = await openAt('/activities/', noonInChina(inside));
    const badge = page.locator(`[data-activity="${ranged.id}"] [data-status]`).first();
    await expect(badge.textContent()).resolves.toBe('进行中');
    // A cancelled activity has no 即将开始/进行中/已结束 of its own: it reads 已取消 (plan-changes).
    for (const a of current.filter((x) => x.data.status !== 'cancelled')) {
      const expected = labels[statusOn(a.data.when, inside)!];
      const texts = await page.locator(`[data-activity="${a.id}"] [data-status]`).allTextContents();
      expect(texts.length, a.id).toBeGreaterThan(0);
      for (const text of texts) expect(text, a.id).toBe(expected);
    }
    for (const a of current.filter((x) => x.data.status === 'cancelled')) {
      const mark = page.locator(`[data-activity="${a.id}"] [data-change="cancelled"]`).first();
      await expect(mark.textContent()).resolves.toContain('已取消');
      expect(await page.locator(`[data-activity="${a.id}"] [data-status]`).count(), a.id).toBe(0);
    }
    await close(page);
  });

  it.each([
    ['the day before', -1, '即将开始'],
    ['the day after', 1, '已结束'],
  ])('reads the right word on %s the window', async (_, offset, word) => {
    const day = addDays(offset < 0 ? first : last, offset);
    const page = await openAt(`/activities/${ranged.id}/`, noonInChina(day));
    await expect(page.locator('[data-status]').first().textContent()).resolves.toBe(word);
    await close(page);
  });

  it('uses the day in China whatever the reader’s own time zone', async () => {
    // 16:30 UTC is already the next day in China and still the same day in Los Angeles.
    const page = await openAt(`/activities/${ranged.id}/`, `${addDays(first, -1)}T16:30:00Z`, {
      timezoneId: 'America/Los_Angeles',
    });
    await expect(page.locator('[data-status]').first().textContent()).resolves.toBe('进行中');
    await close(page);
  });

  it('reads the build-time status with JavaScript off', async () => {
    const page = await openAt('/activities/', null, { javaScriptEnabled: false });
    const texts = await page.locator('[data-status]').allTextContents();
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(Object.values(labels)).toContain(text);
    await close(page);
  });
});

describe('the countdown to 17 October on the home page', () => {
  it.each([
    ['2020-10-16T15:59:00Z', 'America/Los_Angeles', '距2020年扶贫日（10月17日）还有 1 天'],
    ['2020-10-16T16:01:00Z', 'America/Los_Angeles', '今天是扶贫日'],
    ['2020-10-17T15:00:00Z', 'Asia/Shanghai', '今天是扶贫日'],
    ['2020-10-17T16:30:00Z', 'Asia/Shanghai', '距2021年扶贫日（10月17日）还有 364 天'],
    ['2024-02-29T04:00:00Z', 'Europe/London', '距2024年扶贫日（10月17日）还有 231 天'],
  ])('at %s (reader in %s): %s', async (instant, timezoneId, text) => {
    const page = await openAt('/', instant, { timezoneId });
    await expect(page.locator('[data-countdown]').textContent()).resolves.toBe(text);
    await close(page);
  });
});

describe('a unit’s reporting deadlines in the browser', () => {
  const unit = units.find((u) => current.some((a) => a.data.lead.includes(u.name)))!;
  const deadlines = notices
    .filter((n) => n.data.campaign === currentCampaign)
    .flatMap((n) => n.data.deadlines);
  const firstDue = deadlines.map((d) => lastDay(d.due.end)!).sort()[0]!;

  it.each([
    ['on the day it is due', 0, '今天截止', 'today'],
    ['the day after', 1, '已过期', 'past'],
    ['three days before', -3, '还剩 3 天', 'left'],
  ])('%s', async (_, offset, word, state) => {
    const page = await openAt(`/units/${unit.slug}/`, noonInChina(addDays(firstDue, offset)));
    const item = page.locator(`[data-due="${firstDue}"]`).first();
    await expect(item.getAttribute('data-state')).resolves.toBe(state);
    await expect(item.locator('[data-left]').textContent()).resolves.toBe(word);
    await close(page);
  });
});

describe('filters', () => {
  // A category that keeps some activities of the current campaign but not all.
  const counts = new Map<string, number>();
  for (const a of current) counts.set(a.data.category, (counts.get(a.data.category) ?? 0) + 1);
  const [category, kept] = [...counts].find(([, n]) => n < current.length)!;
  const distinct = (ids: string[]) => [...new Set(ids)].sort();

  for (const javaScriptEnabled of [true, false]) {
    it(`narrow the list and clear with one tap (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const page = await openAt('/activities/', null, { javaScriptEnabled });
      const ids = () =>
        page
          .locator('[data-activity]')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-activity') ?? ''));
      expect(distinct(await ids())).toEqual(current.map((a) => a.id).sort());

      await page.getByText('按单位、地区、类别、扶贫领域筛选').click();
      const link = page.getByRole('link', { name: new RegExp(`^${category}`) });
      await expect(link.isVisible()).resolves.toBe(true);
      expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(48);
      await link.click();
      await page.waitForURL(`**/activities/category/${slugOf(categories, category)}/`);
      expect(distinct(await ids())).toEqual(
        current
          .filter((a) => a.data.category === category)
          .map((a) => a.id)
          .sort(),
      );
      await expect(page.locator('main').textContent()).resolves.toContain(
        `类别为“${category}”的活动，共 ${kept} 项`,
      );

      const clear = page.getByRole('link', { name: /清除筛选/ });
      expect((await clear.boundingBox())!.height).toBeGreaterThanOrEqual(48);
      await clear.click();
      await page.waitForURL(/\/activities\/$/);
      expect(distinct(await ids())).toEqual(current.map((a) => a.id).sort());
      await close(page);
    });
  }
});

describe('print', () => {
  it.each(['/activities/', `/units/${units[0]?.slug}/`])(
    '%s prints without navigation or controls, each item kept whole',
    async (path) => {
      const page = await openAt(path, null, { viewport: viewports.desktop });
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: '主导航' }).isVisible()).resolves.toBe(
        false,
      );
      await expect(
        page
          .locator('details.filters, .calendar-links')
          .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length),
      ).resolves.toBe(0);
      const items = page.locator('main li');
      expect(await items.count()).toBeGreaterThan(0);
      const breaks = await items.evaluateAll((els) => [
        ...new Set(els.map((e) => getComputedStyle(e).breakInside)),
      ]);
      expect(breaks).toEqual(['avoid']);
      const headings = await page
        .locator('.timeline-month > :is(h2, h3)')
        .evaluateAll((els) => [
          ...new Set(
            els.map((e) => `${getComputedStyle(e).position} ${getComputedStyle(e).breakAfter}`),
          ),
        ]);
      expect(headings).toEqual(['static avoid']);
      await close(page);
    },
  );
});
