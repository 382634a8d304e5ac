/** Every sentence of both seed plans is on the built site, as the plan writes it. */
import { describe, expect, it } from 'vitest';
import { allPages, page, textOf } from '../support/dist.ts';
import { normalise, seeds } from '../support/seeds.ts';

const pages = allPages().map((path) => ({ path, text: normalise(textOf(page(path))) }));

describe.each(seeds.map((s) => [s.file, s] as const))('seed %s', (_, seed) => {
  it('has its sentences in the fixture', () => {
    expect(seed.sentences.length).toBeGreaterThan(40);
  });

  it('has every sentence somewhere on the site', () => {
    const missing = seed.sentences.filter((s) => !pages.some((p) => p.text.includes(normalise(s))));
    expect(missing).toEqual([]);
  });

  it('has the whole plan on one page', () => {
    const best = pages
      .map((p) => ({
        path: p.path,
        missing: seed.sentences.filter((s) => !p.text.includes(normalise(s))),
      }))
      .sort((a, b) => a.missing.length - b.missing.length)[0];
    expect(best?.missing, best?.path).toEqual([]);
  });
});

describe('normalise', () => {
  it.each([
    ['（开展时间：2020年8月）。', '(开展时间:2020年8月)。'],
    ['各县（市）， 地委', '各县(市),地委'],
    ['a\n b\t c', 'abc'],
  ])('%s ≡ %s', (a, b) => expect(normalise(a)).toBe(normalise(b)));

  it('keeps different words apart', () => {
    expect(normalise('7月11日前')).not.toBe(normalise('7月18日前'));
  });
});
