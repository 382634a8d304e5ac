/**
 * The benchmark's budgets of issue 14 (scripts/bench/budgets.ts): cold build CPU against bare
 * Astro's, memory, warm rebuild, output bytes (a budget for 10,000 entries, not enforced on a
 * smaller run) and the CPU of one share image; and which verdicts a run enforces.
 */
import { describe, expect, it } from 'vitest';
import {
  checkBudgets,
  notEnforced,
  type BuildFigures,
  type Results,
} from '../../scripts/bench/budgets.ts';
import { cardsOf } from '../../scripts/bench/share-images.ts';

const build = (over: Partial<BuildFigures>): BuildFigures => ({
  wallMs: 100_000,
  cpuS: 100,
  peakKiB: 1024 * 1024,
  largest: 'node',
  pages: 10,
  outBytes: 100 * 1024 * 1024,
  outFiles: 10,
  pagefindBytes: 0,
  pagefindFiles: 0,
  ...over,
});

const results = (entries: number, site: Partial<BuildFigures>, shareMs = 3): Results => ({
  entries,
  seed: 's',
  buildDate: '2025-09-20',
  site: build(site),
  baseline: build({}),
  warm: { wallMs: 30_000, cpuS: 30, peakKiB: 1, changed: 'a.md', shown: true },
  pages: [],
  every: {
    checked: 1,
    noindex: [],
    overHtmlCss: [],
    otherJs: [],
    statusJsOver: [],
    withFonts: [],
    external: [],
    maxHtmlCss: { path: '/', bytes: 1 },
    overBySection: {},
  },
  search: { error: 'not run' },
  shareImages: { images: 10, cpuMs: shareMs, bytes: 20_000 },
  lighthouse: [],
});

const verdict = (r: Results, starts: string) => {
  const v = checkBudgets(r).find((x) => x.text.startsWith(starts));
  if (!v) throw new Error(`no budget starting ${starts}`);
  return v;
};

describe('the budgets of issue 14', () => {
  it('holds the cold build to 3 × bare Astro’s CPU time, whatever the wall time', () => {
    expect(verdict(results(10000, { cpuS: 300, wallMs: 900_000 }), 'cold build CPU').pass).toBe(
      true,
    );
    expect(verdict(results(10000, { cpuS: 301 }), 'cold build CPU').pass).toBe(false);
  });

  it('holds peak memory to 1.1 × and the warm rebuild to 0.35 × cold', () => {
    expect(verdict(results(10000, { peakKiB: 1.1 * 1024 * 1024 }), 'peak memory').pass).toBe(true);
    expect(verdict(results(10000, { peakKiB: 1.2 * 1024 * 1024 }), 'peak memory').pass).toBe(false);
    expect(verdict(results(10000, { wallMs: 80_000 }), 'warm rebuild after').pass).toBe(false);
    expect(verdict(results(10000, { wallMs: 90_000 }), 'warm rebuild after').pass).toBe(true);
  });

  it('holds output to 8 × bare Astro’s bytes, enforced only on a 10,000-entry run', () => {
    const big = verdict(results(10000, { outBytes: 900 * 1024 * 1024 }), 'output bytes');
    expect(big.pass).toBe(false);
    const enforcement = { enforceAny: true, enforceTiming: false };
    expect(notEnforced(big, { ...enforcement, entries: 10000 })).toBeNull();
    expect(notEnforced(big, { ...enforcement, entries: 200 })).toMatch(/10,000 entries/);
    expect(verdict(results(10000, { outBytes: 800 * 1024 * 1024 }), 'output bytes').pass).toBe(
      true,
    );
  });

  it('holds a share image to 5 ms CPU, a machine-dependent budget', () => {
    const slow = verdict(results(200, {}, 5.5), 'share image');
    expect(slow.pass).toBe(false);
    expect(notEnforced(slow, { enforceAny: true, enforceTiming: false, entries: 200 })).toMatch(
      /machine-dependent/,
    );
    expect(verdict(results(200, {}, 4.9), 'share image').pass).toBe(true);
  });
});

describe('cardsOf: the share images of a corpus', () => {
  it('reads kind, title and date from each entry’s front matter', () => {
    expect(
      cardsOf([
        {
          path: 'notices/a.md',
          data: '---\ntitle: "关于印发方案的通知"\ndate: "2025-08-06"\n---\n',
        },
        { path: 'units.yaml', data: 'x' },
      ]),
    ).toEqual([{ kind: '通知公告', title: '关于印发方案的通知', line: '2025年8月6日' }]);
  });
});
