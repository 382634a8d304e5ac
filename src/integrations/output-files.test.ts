import { describe, expect, it } from 'vitest';
import { pageFile, pagePath } from './output-files.ts';

describe('pagePath and pageFile', () => {
  it.each([
    ['/index.html', '/'],
    ['/notices/x/index.html', '/notices/x/'],
    ['/404.html', '/404.html'],
  ])('%s → %s and back', (file, url) => {
    expect(pagePath(file)).toBe(url);
    expect(pageFile(url)).toBe(file);
  });
});
