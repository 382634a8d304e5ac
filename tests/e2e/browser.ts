/** Debian's Chromium driven by playwright-core, launched the way this project's machines allow. */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Request,
} from 'playwright-core';
import { inject } from 'vitest';

/** Path of the browser: Debian's chromium package unless CHROMIUM_PATH says otherwise. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts headless Chromium. Every page it opens, through newPage or newContext, is
 * watched: see `problems`.
 */
export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  // Browser.newPage opens its page in a context of its own through newContext, so this covers both.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => watch(await newContext(options));
  return browser;
}

/** Base URL of the site under test (set by tests/e2e/setup.ts). */
export const baseUrl = (): string => inject('baseUrl');

/** Phone and desktop windows every page is checked at. */
export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const;

/**
 * What went wrong on the pages of a browser from `launch`: requests to another host,
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

/** Records into `problems` what goes wrong on any page of `context`; returns the context. */
async function watch(context: BrowserContext): Promise<BrowserContext> {
  const origin = new URL(baseUrl()).origin;
  const where = (page: Page | null | undefined) =>
    new URL(page?.url() || 'about:blank', origin).pathname;
  const pageOf = (req: Request) => {
    try {
      return req.frame().page();
    } catch {
      return null; // a worker's request
    }
  };
  context.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') {
      problems.push(`${where(pageOf(req))}: request to another host: ${req.url()}`);
    }
  });
  context.on('console', (msg) => {
    if (
      msg.type() === 'error' ||
      /Content.Security.Policy|Permissions.Policy|pagefind/i.test(msg.text())
    ) {
      problems.push(`${where(msg.page())}: console ${msg.type()}: ${msg.text()}`);
    }
  });
  context.on('weberror', (err) =>
    problems.push(`${where(err.page())}: uncaught ${err.error().name}: ${err.error().message}`),
  );
  await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => {
    problems.push(`${where(page)}: securitypolicyviolation: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __reportCspViolation: (s: string) => void })
        .__reportCspViolation;
      void report(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
      );
    });
  });
  return context;
}

/** Opens a new (watched) page in `browser`. */
export function newPage(
  browser: Browser,
  viewport: { width: number; height: number } = viewports.phone,
): Promise<Page> {
  return browser.newPage({ viewport });
}

/** Opens a path of the site in a new page of `browser`. */
export async function open(
  browser: Browser,
  path: string,
  viewport: { width: number; height: number } = viewports.phone,
): Promise<Page> {
  const page = await newPage(browser, viewport);
  await page.goto(new URL(path, baseUrl()).href);
  return page;
}
