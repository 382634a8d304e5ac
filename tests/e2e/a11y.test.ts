/**
 * Accessibility, WCAG 2.2 AA, on every reader's page in Simplified and Traditional Chinese
 * (the sitemap's pages and the aliases it leaves out for their canonical page, such as
 * /activities/; the 长辈模式 copies are in readers-axe.test.ts): axe-core at a phone and
 * a desktop window, then keyboard use, headings, language and text at 200 %.
 * A failure names the page, the window and the rule.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, viewports } from './browser.ts';
import { pagePool } from './page-pool.ts';
import { sitemapPaths } from './sitemap.ts';
import { allPages } from '../support/dist.ts';
import { notForReaders, parseVariant } from '../../src/lib/versions/page-versions.ts';
import { keyboardProblems, reflowProblems, structureProblems } from './a11y-checks.ts';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Every page a reader can open, from dist/: not the 长辈模式 copies, the editors' admin or the 404 page. */
const paths = allPages()
  .map((file) => file.replace(/index\.html$/, ''))
  .filter(
    (path) => !parseVariant(path).elder && !notForReaders(path) && !path.endsWith('404.html'),
  );

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

let browser: Browser;
/** Pages lent to the checks below (a few at a time, so both cores work), with axe-core on every page they load. */
const pool = pagePool(
  () => browser,
  5,
  (context) => context.addInitScript({ content: axeSource }),
);
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await pool.close();
  await browser?.close();
});

it('checks the pages of the site: every page of the sitemap, and the aliases it leaves out', () => {
  expect(paths).toEqual(expect.arrayContaining(sitemapPaths()));
  expect(paths).toEqual(
    expect.arrayContaining([
      '/',
      '/activities/',
      '/changyishu/',
      '/zh-hant/',
      '/zh-hant/activities/',
    ]),
  );
});

/** axe's WCAG violations on the open page, one line each. */
async function axeViolations(page: Page, path: string, name: string): Promise<string[]> {
  const violations = await page.evaluate(
    (runOnly) =>
      (
        window as unknown as {
          axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> };
        }
      ).axe
        .run(document, { runOnly: { type: 'tag', values: runOnly }, resultTypes: ['violations'] })
        .then((r) =>
          r.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target })),
          })),
        ),
    tags,
  );
  return violations.map(
    (v) =>
      `${path} (${name}): ${v.id} [${v.impact}] ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

// Each page is checked at every window size.
describe.concurrent('axe-core at a phone and a desktop window', () => {
  it.each(paths)('%s', (path) =>
    pool.use(async (page) => {
      const response = await page.goto(new URL(path, baseUrl()).href);
      expect(response?.status(), `${path} answered`).toBe(200);
      const found: string[] = [];
      for (const [name, viewport] of Object.entries(viewports)) {
        await page.setViewportSize(viewport);
        found.push(...(await axeViolations(page, path, name)));
      }
      expect(found).toEqual([]);
    }),
  );
});

describe.concurrent(
  'keyboard, headings, language and 200 % text (Traditional pages: language and headings)',
  () => {
    it.each(paths)('%s', (path) =>
      pool.use(async (page) => {
        await page.goto(new URL(path, baseUrl()).href);
        const hant = path.startsWith('/zh-hant/');
        const found = await structureProblems(page, hant ? 'zh-Hant' : 'zh-CN');
        // A Traditional page is its Simplified original with the text converted: same controls, same
        // layout, so keyboard use and reflow are checked once, on the original.
        if (!hant) found.push(...(await keyboardProblems(page)), ...(await reflowProblems(page)));
        expect(found.map((f) => `${path}: ${f}`)).toEqual([]);
      }),
    );
  },
);
