import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CopyCache, pageKey, siteKey } from './copy-cache.ts';
import type { SiteMap } from './page-dom.ts';

const site = (pages: string[]): SiteMap => ({
  pages: new Set(pages),
  hantFiles: new Set(['/rss.xml']),
  origin: 'https://example.gov.cn',
});
const copies = {
  hant: '<p>繁</p>',
  elder: '<p>长辈</p>',
  hantElder: '<p>長輩</p>',
  texts: ['繁'],
  pairs: [[['繁', '繁']]] as [string, string][][],
};

describe('copy keys', () => {
  const base = siteKey('v1', site(['/', '/notices/']), '简体');
  it.each([
    ['another maker version', siteKey('v2', site(['/', '/notices/']), '简体')],
    ['another page list', siteKey('v1', site(['/', '/stories/']), '简体')],
    ['another label', siteKey('v1', site(['/', '/notices/']), '简体中文')],
  ])('the site key changes with %s', (_, other) => expect(other).not.toBe(base));
  it('does not depend on the order pages were found in', () =>
    expect(siteKey('v1', site(['/notices/', '/']), '简体')).toBe(base));
  it('a page key changes with its path and its bytes', () => {
    const key = pageKey(base, '/', '<p>a</p>');
    expect(pageKey(base, '/x/', '<p>a</p>')).not.toBe(key);
    expect(pageKey(base, '/', '<p>b</p>')).not.toBe(key);
    expect(pageKey(base, '/', '<p>a</p>')).toBe(key);
  });
});

describe('CopyCache', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'copy-cache-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const [a, b] = [pageKey('s', '/a/', 'a'), pageKey('s', '/b/', 'b')];
  const first = new CopyCache(dir);
  await first.set(a, copies);
  await first.set(b, copies);

  it('gives back what was kept, and nothing for a key it never saw', async () => {
    const cache = new CopyCache(dir);
    expect(await cache.get(a)).toEqual(copies);
    expect(await cache.get(pageKey('s', '/c/', 'c'))).toBeUndefined();
    expect(cache.counts).toEqual({ restored: 1, made: 0 });
  });

  it('restores nothing when told not to read (a forced build)', async () =>
    expect(await new CopyCache(dir, { read: false }).get(a)).toBeUndefined());

  it('prunes what a build did not use', async () => {
    const cache = new CopyCache(dir);
    await cache.get(a);
    expect(await cache.prune()).toBe(1);
    const left = (readdirSync(dir, { recursive: true }) as string[]).filter((f) =>
      f.endsWith('.gz'),
    );
    expect(left).toEqual([join(a.slice(0, 2), `${a}.v8.gz`)]);
  });
});
