/**
 * A few pages, each in a (watched) context of its own, lent to one test at a time. Suites
 * that open hundreds of pages (axe on every page) reuse them: a fresh context costs a
 * renderer process and axe-core compiled and warmed up again, more than the page itself.
 * Each context runs on its own renderer, so concurrent tests keep both cores busy.
 */
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { viewports } from './browser.ts';

export interface PagePool {
  /**
   * Runs `check` with a page of the pool (at the phone window), then fails if the page threw
   * or logged an error meanwhile (so concurrent tests each answer for their own page); the
   * page goes back to the pool after.
   */
  use<T>(check: (page: Page) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A pool of at most `size` pages of `browser`; `prepare` runs once on each new context (init scripts). */
export function pagePool(
  browser: () => Browser,
  size: number,
  prepare: (context: BrowserContext) => Promise<unknown> = async () => {},
): PagePool {
  const idle: Page[] = [];
  const waiting: ((page: Page) => void)[] = [];
  const contexts: Promise<BrowserContext>[] = [];

  async function take(): Promise<Page> {
    const page = idle.pop();
    if (page) return page;
    if (contexts.length < size) {
      const opening = browser().newContext({ viewport: viewports.phone });
      contexts.push(opening);
      const context = await opening;
      await prepare(context);
      return context.newPage();
    }
    return new Promise((resolve) => waiting.push(resolve));
  }

  function give(page: Page): void {
    const next = waiting.shift();
    if (next) next(page);
    else idle.push(page);
  }

  return {
    async use(check) {
      const page = await take();
      const errors: string[] = [];
      const onError = (e: Error) => errors.push(`uncaught ${e.name}: ${e.message}`);
      const onConsole = (m: ConsoleMessage) => {
        if (m.type() === 'error') errors.push(`console error: ${m.text()}`);
      };
      page.on('pageerror', onError);
      page.on('console', onConsole);
      try {
        await page.setViewportSize(viewports.phone);
        const result = await check(page);
        if (errors.length) throw new Error(`${page.url()}:\n  ${errors.join('\n  ')}`);
        return result;
      } finally {
        page.off('pageerror', onError);
        page.off('console', onConsole);
        give(page);
      }
    },
    async close() {
      await Promise.all(contexts.map(async (c) => (await c).close()));
    },
  };
}
