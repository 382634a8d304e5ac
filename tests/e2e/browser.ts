/** Debian's Chromium driven by playwright-core, launched the way this project's machines allow. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Path of the browser: Debian's chromium package unless CHROMIUM_PATH says otherwise. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Base URL of the site under test (set by tests/e2e/setup.ts). */
export const baseUrl = (): string => inject('baseUrl');

/** Phone and desktop windows every page is checked at. */
export const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } } as const;

/** Opens a path of the site in a new page of `browser`. */
export async function open(browser: Browser, path: string, viewport: { width: number; height: number } = viewports.phone): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(new URL(path, baseUrl()).href);
  return page;
}
