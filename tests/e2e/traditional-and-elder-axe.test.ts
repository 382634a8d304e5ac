/**
 * Every page in 长辈模式 (/elder/… and /zh-hant/elder/…), at phone and desktop widths:
 * axe (WCAG 2.2 AA, the best-practice rules for reading in order, and 7:1 contrast) with
 * zero violations; text of 18 px and more with line spacing of 1.3 and more, tap targets
 * of 60×60 px, no animation; and (Simplified) no sideways scrolling or clipped text at 200 %
 * zoom or 200 % text size. Every Traditional page: the reading-order rules, and no
 * Simplified text written by a script. (The Traditional pages are in the sitemap, so
 * a11y.test.ts runs the full WCAG rules on each at both widths.) Page list: the dist tree.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPages } from '../support/dist.ts';
import { toTraditional } from '../../src/lib/versions/traditional.ts';
import { baseUrl, launch, viewports } from './browser.ts';
import { pagePool } from './page-pool.ts';
import { reflowProblems } from './a11y-checks.ts';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const wcagRules = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Best-practice rules that decide whether a screen reader reads the page in order. */
const readingOrder = [
  'heading-order',
  'page-has-heading-one',
  'region',
  'landmark-one-main',
  'landmark-main-is-top-level',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
];

const pages = allPages()
  .filter((f) => f.startsWith('/elder/') || f.startsWith('/zh-hant/'))
  .map((f) => f.replace(/index\.html$/, ''));

declare global {
  interface Window {
    axe: {
      run: (
        context: Document,
        options: object,
      ) => Promise<{
        violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[];
      }>;
      getRules: (tags: string[]) => { ruleId: string }[];
    };
  }
}

/**
 * axe's violations of these rules (ids, or tags such as wcag2aa) but the `skipped` ones on
 * the open page, one line each. (An elder page skips AA's color-contrast: it runs
 * color-contrast-enhanced, which asks 7:1 and 4.5:1 where AA asks 4.5:1 and 3:1.)
 */
async function violations(page: Page, rules: string[], skipped: string[] = []): Promise<string[]> {
  return page.evaluate(
    async ({ rules, skipped }) => {
      const ids = rules
        .flatMap((r) => (/^wcag/.test(r) ? window.axe.getRules([r]).map((x) => x.ruleId) : [r]))
        .filter((id) => !skipped.includes(id));
      const { violations } = await window.axe.run(document, {
        runOnly: { type: 'rule', values: [...new Set(ids)] },
        resultTypes: ['violations'],
      });
      return violations.flatMap((v) =>
        v.nodes.map(
          (n) =>
            `${v.id}: ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 160)}`,
        ),
      );
    },
    { rules, skipped },
  );
}

/** What 长辈模式 promises, measured on the open page. */
async function elderProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 2 && r.height > 2 && getComputedStyle(el).visibility !== 'hidden';
    };
    const label = (el: Element) => el.outerHTML.slice(0, 100);
    if (!document.documentElement.classList.contains('elder'))
      out.push('the page is not in 长辈模式');
    for (const el of document.querySelectorAll('main :is(p, li, dt, dd, td, th, h1, h2, h3, h4)')) {
      if (!shown(el) || !el.textContent?.trim()) continue;
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      const lineHeight = parseFloat(style.lineHeight);
      if (size < 18) out.push(`text of ${size}px: ${label(el)}`);
      if (!(lineHeight / size >= 1.3))
        out.push(`line spacing ${style.lineHeight} for ${size}px: ${label(el)}`);
    }
    for (const el of document.querySelectorAll(
      'a[href], button, input:not([type=hidden]), select, textarea, summary',
    )) {
      if (!shown(el)) continue;
      // Links inside the sentences of an entry's text are part of the sentence (WCAG 2.5.8's inline exception).
      if (
        el.matches('.prose-cn :is(p, li, td, blockquote) a') &&
        el.parentElement?.textContent?.trim() !== el.textContent?.trim()
      )
        continue;
      const r = el.getBoundingClientRect();
      if (r.width < 60 || r.height < 60)
        out.push(`tap target ${Math.round(r.width)}×${Math.round(r.height)}: ${label(el)}`);
    }
    if (document.getAnimations().length) out.push(`${document.getAnimations().length} animations`);
    return out;
  });
}

let browser: Browser;
/** Pages lent to the checks below, with axe-core and a recorder of the text scripts write on every page they load. */
const pool = pagePool(
  () => browser,
  5,
  async (context) => {
    await context.addInitScript({ content: axeSource });
    // Record every text the page's scripts write after the parser is done.
    await context.addInitScript(() => {
      const written: string[] = [];
      (window as unknown as { written: string[] }).written = written;
      const record = (node: Node) => {
        if (node.textContent?.trim()) written.push(node.textContent.trim());
      };
      const observer = new MutationObserver((records) => {
        for (const r of records) {
          if (r.type === 'characterData') record(r.target);
          else r.addedNodes.forEach(record);
        }
      });
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive')
          observer.observe(document, { subtree: true, childList: true, characterData: true });
      });
    });
  },
);
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await pool.close();
  await browser?.close();
});

describe('every page in 长辈模式 at phone and desktop widths, and every Traditional page', () => {
  it('has the pages to check', () => {
    expect(pages.length).toBeGreaterThan(100);
    expect(pages).toContain('/elder/');
    expect(pages).toContain('/zh-hant/');
    expect(pages).toContain('/zh-hant/elder/');
  });

  describe.concurrent('pages', () => {
    it.each(pages)('%s', async (path) => {
      const elder = path.includes('/elder/');
      await pool.use(async (page) => {
        await page.goto(new URL(path, baseUrl()).href);
        const lang = await page.locator('html').getAttribute('lang');
        expect(lang).toBe(path.startsWith('/zh-hant/') ? 'zh-Hant' : 'zh-CN');
        const found: string[] = [];
        if (lang === 'zh-Hant') {
          // What the page's scripts write once it is parsed (statuses, countdown …) is Traditional too.
          const written = await page.evaluate(
            () => (window as unknown as { written: string[] }).written,
          );
          found.push(
            ...written
              .filter((t) => toTraditional(t) !== t)
              .map((t) => `Simplified text written by a script: ${t}`),
          );
        }
        if (elder) {
          for (const [name, size] of Object.entries(viewports)) {
            await page.setViewportSize(size);
            found.push(
              ...(
                await violations(
                  page,
                  [...wcagRules, ...readingOrder, 'color-contrast-enhanced'],
                  ['color-contrast'],
                )
              ).map((v) => `${name}: ${v}`),
            );
            found.push(...(await elderProblems(page)).map((v) => `${name}: ${v}`));
          }
          // Larger still: at 200 % zoom and at 200 % text size, nothing too wide or cut off. (A
          // Traditional elder page has the same layout as its Simplified original.)
          if (lang === 'zh-CN') found.push(...(await reflowProblems(page)));
        } else {
          found.push(...(await violations(page, readingOrder)).map((v) => `phone: ${v}`));
        }
        expect(found).toEqual([]);
      });
    });
  });
});

describe('search results in 长辈模式', () => {
  // The results are drawn by the search page's script after a query: the static check above never sees them.
  it.each(['/elder/search/?q=扶贫', '/zh-hant/elder/search/?q=扶貧'])('%s', (path) =>
    pool.use(async (page) => {
      await page.goto(new URL(encodeURI(path), baseUrl()).href);
      // Pagefind draws a result's details as they scroll into view: bring the first three in.
      const results = page.locator('.pf-results > li');
      for (let i = 0; i < 3; i++) {
        await results.nth(i).waitFor({ state: 'attached', timeout: 20_000 });
        // (A placeholder is replaced as it loads: scroll by index, not by a held element.)
        await page.evaluate(
          (k) => document.querySelectorAll('.pf-results > li')[k]?.scrollIntoView(),
          i,
        );
        await page.locator('.search-result h3 a').nth(i).waitFor({ timeout: 20_000 });
      }
      await page.evaluate(() => window.scrollTo(0, 0));
      const found: string[] = [];
      if (path.startsWith('/zh-hant/')) {
        // The results come from the Simplified index: what the scripts drew must be Traditional.
        const written = await page.evaluate(
          () => (window as unknown as { written: string[] }).written,
        );
        expect(written.length).toBeGreaterThan(3);
        found.push(
          ...written
            .filter((t) => toTraditional(t) !== t)
            .map((t) => `Simplified text written by a script: ${t}`),
        );
      }
      for (const [name, size] of Object.entries(viewports)) {
        await page.setViewportSize(size);
        found.push(
          ...(
            await violations(
              page,
              [...wcagRules, ...readingOrder, 'color-contrast-enhanced'],
              ['color-contrast'],
            )
          ).map((v) => `${name}: ${v}`),
        );
        found.push(...(await elderProblems(page)).map((v) => `${name}: ${v}`));
      }
      expect(found).toEqual([]);
    }),
  );
});
