import { describe, expect, it } from 'vitest';
import { isSimplifiedPage, marksSearchBody } from './pagefind-pages.ts';

describe('isSimplifiedPage', () => {
  it.each([
    ['/index.html', true],
    ['/404.html', true],
    ['/notices/x/index.html', true],
    ['/elder/index.html', false],
    ['/elder/notices/x/index.html', false],
    ['/zh-hant/notices/x/index.html', false],
    ['/zh-hant/elder/index.html', false],
    ['/_astro/x.html', false],
    ['/pagefind/x.html', false],
    ['/og/x.html', false],
    ['/rss.xml', false],
    ['/notices/x/calendar.ics', false],
  ])('%s → %s', (file, expected) => {
    expect(isSimplifiedPage(file)).toBe(expected);
  });
});

describe('marksSearchBody', () => {
  it('finds the attribute, bare or with a value, on any element', () => {
    expect(marksSearchBody('<main><article data-pagefind-body>x</article></main>')).toBe(true);
    expect(marksSearchBody('<div class="a" data-pagefind-body="">x</div>')).toBe(true);
    expect(marksSearchBody('<div\ndata-pagefind-body>x</div>')).toBe(true);
  });
  it('does not take text or another attribute that names it for the mark', () => {
    expect(marksSearchBody('<p>write data-pagefind-body on the article</p>')).toBe(false);
    expect(marksSearchBody('<p>&lt;div data-pagefind-body&gt;</p>')).toBe(false);
    expect(marksSearchBody('<div data-pagefind-body-x>x</div>')).toBe(false);
    expect(marksSearchBody('<div data-pagefind-ignore>x</div>')).toBe(false);
  });
});
