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

/**
 * What went wrong on pages opened through newPage/open: requests to another host,
 * Content-Security-Policy violations, console errors and uncaught exceptions. Each entry
 * names the page it happened on. tests/e2e/guard.ts fails the test that left any.
 */
export const problems: string[] = [];

/** Problems the running test expects (such as the console error of a 404 it asked for). */
export const forgiven: RegExp[] = [];

/** Lets the running test expect problems that match `pattern`; only that test. */
export function forgive(pattern: RegExp): void {
  forgiven.push(pattern);
}

/** Opens a new page in `browser` that records every problem into `problems`. */
export async function newPage(browser: Browser, viewport: { width: number; height: number } = viewports.phone): Promise<Page> {
  const page = await browser.newPage({ viewport });
  const origin = new URL(baseUrl()).origin;
  const where = () => new URL(page.url() || 'about:blank', origin).pathname;
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') {
      problems.push(`${where()}: request to another host: ${req.url()}`);
    }
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || /Content.Security.Policy|Permissions.Policy|pagefind/i.test(msg.text())) {
      problems.push(`${where()}: console ${msg.type()}: ${msg.text()}`);
    }
  });
  page.on('pageerror', (err) => problems.push(`${where()}: uncaught ${err.name}: ${err.message}`));
  await page.exposeBinding('__reportCspViolation', (_source, text: string) => {
    problems.push(`${where()}: securitypolicyviolation: ${text}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (s: string) => void }).__reportCspViolation;
      void report(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return page;
}

/** Opens a path of the site in a new page of `browser`. */
export async function open(browser: Browser, path: string, viewport: { width: number; height: number } = viewports.phone): Promise<Page> {
  const page = await newPage(browser, viewport);
  await page.goto(new URL(path, baseUrl()).href);
  return page;
}
