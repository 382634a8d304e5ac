import { describe, expect, it } from 'vitest';
import { localizeScript } from './cms-vendor.ts';

const script = [
  'a=`https://unpkg.com/@sveltia/cms`,b=`${a}@1.0.0/locales`',
  'c=`https://www.githubstatus.com/api/v2/status.json`',
  'src:url(https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2)',
  'src:url(https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2)',
].join(';');

describe('localizeScript', () => {
  it("points every outside address at the site's own copies and names the fonts to copy", () => {
    const { text, fonts } = localizeScript(script);
    expect(text).not.toMatch(/https:\/\//);
    expect(text).toContain('`/admin/vendor/sveltia-cms`');
    expect(text).toContain('/admin/vendor/githubstatus.json');
    expect(text).toContain('url(/admin/vendor/fonts/source-sans-3-latin-wght-normal.woff2)');
    expect(fonts).toEqual([
      'source-sans-3-latin-wght-normal.woff2',
      'noto-mono-latin-400-normal.woff2',
    ]);
  });

  it.each([
    ['the CDN base', 'https://unpkg.com/@sveltia/cms'],
    ['the status address', 'https://www.githubstatus.com/api/v2/status.json'],
  ])('fails the build when %s is no longer in the script', (_what, address) => {
    expect(() => localizeScript(script.replaceAll(address, 'x'))).toThrow(
      /no longer in the script/,
    );
  });
});
