import { describe, expect, it } from 'vitest';
import { notForReaders, parseVariant, switchVariant, variantPath } from './page-versions.ts';

describe('parseVariant and variantPath', () => {
  it.each([
    ['/', 'hans', false, '/'],
    ['/notices/x/', 'hans', false, '/notices/x/'],
    ['/zh-hant/', 'hant', false, '/'],
    ['/zh-hant', 'hant', false, '/'],
    ['/zh-hant/notices/x/', 'hant', false, '/notices/x/'],
    ['/elder/', 'hans', true, '/'],
    ['/elder/notices/x/', 'hans', true, '/notices/x/'],
    ['/zh-hant/elder/notices/2/', 'hant', true, '/notices/2/'],
    ['/rss.xml', 'hans', false, '/rss.xml'],
    ['/zh-hant/rss.xml', 'hant', false, '/rss.xml'],
    // Only whole path segments count as prefixes.
    ['/zh-hantx/', 'hans', false, '/zh-hantx/'],
    ['/elderly/', 'hans', false, '/elderly/'],
  ] as const)('%s is %s, elder %s, of %s', (path, script, elder, base) => {
    expect(parseVariant(path)).toEqual({ script, elder, base });
    if (!/^\/zh-hant$/.test(path)) expect(variantPath(base, { script, elder })).toBe(path);
  });
});

describe('switchVariant keeps the page and changes only what is asked', () => {
  it.each([
    ['/notices/x/', { script: 'hant' }, '/zh-hant/notices/x/'],
    ['/zh-hant/notices/x/', { script: 'hans' }, '/notices/x/'],
    ['/elder/notices/x/', { script: 'hant' }, '/zh-hant/elder/notices/x/'],
    ['/zh-hant/elder/', { script: 'hans' }, '/elder/'],
    ['/notices/x/', { elder: true }, '/elder/notices/x/'],
    ['/zh-hant/notices/x/', { elder: true }, '/zh-hant/elder/notices/x/'],
    ['/zh-hant/elder/notices/x/', { elder: false }, '/zh-hant/notices/x/'],
    ['/', { elder: true }, '/elder/'],
  ] as const)('%s with %o → %s', (path, change, expected) => {
    expect(switchVariant(path, change)).toBe(expected);
  });
});

describe('notForReaders', () => {
  it.each([
    ['/admin/', true],
    ['/admin/config.yml', true],
    ['/administration/', false],
    ['/', false],
    ['/notices/x/', false],
    ['/404.html', false],
  ])('%s → %s', (path, expected) => {
    expect(notForReaders(path)).toBe(expected);
  });
});
