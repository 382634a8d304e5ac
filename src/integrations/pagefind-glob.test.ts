import { describe, expect, it } from 'vitest';
import { searchableGlob } from './pagefind-glob.ts';

describe('searchableGlob', () => {
  it.each([
    [
      ['notices', 'elder', 'zh-hant', '_astro', 'pagefind'],
      ['notices', 'elder'],
      '{*.html,notices/**/*.html,zh-hant/*.html,zh-hant/notices/**/*.html}',
    ],
    [['stories', 'activities'], [], '{*.html,activities/**/*.html,stories/**/*.html}'],
    [['elder'], [], '{*.html}'],
  ])('%j and zh-hant/%j → %s', (top, hant, glob) => {
    expect(searchableGlob(top, hant)).toBe(glob);
  });
});
