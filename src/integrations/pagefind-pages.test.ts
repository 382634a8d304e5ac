import { describe, expect, it } from 'vitest';
import { searchableGlob } from './pagefind-glob.ts';

describe('searchableGlob', () => {
  it.each([
    [['notices', 'elder', 'zh-hant', '_astro', 'pagefind', 'og'], '{*.html,notices/**/*.html}'],
    [['stories', 'activities'], '{*.html,activities/**/*.html,stories/**/*.html}'],
    [['elder', 'zh-hant'], '{*.html}'],
  ])('%j → %s', (top, glob) => {
    expect(searchableGlob(top)).toBe(glob);
  });
});
