import { describe, expect, it } from 'vitest';
import { printOrigin, withSiteOrigin } from './vite-print-origin.ts';

const originPlaceholder = "--site-origin: ''";

describe('withSiteOrigin', () => {
  it('fills the empty declaration with the origin as a CSS string', () => {
    expect(
      withSiteOrigin(`:root { ${originPlaceholder}; }`, 'https://fupinri.example.gov.cn/'),
    ).toBe(':root { --site-origin: "https://fupinri.example.gov.cn"; }');
  });
  it('keeps only the origin of an address with a path', () => {
    expect(withSiteOrigin(originPlaceholder, 'http://localhost:4321/sub/')).toBe(
      '--site-origin: "http://localhost:4321"',
    );
  });
  it('fills it in the form Tailwind writes it, too', () => {
    expect(withSiteOrigin(':root{--site-origin:""}', 'https://x.cn')).toBe(
      ':root{--site-origin: "https://x.cn"}',
    );
  });
  it('leaves other stylesheets alone', () => {
    expect(withSiteOrigin('a { color: red }', 'https://x.cn')).toBe('a { color: red }');
  });
  it('rejects an address that is not one', () => {
    expect(() => withSiteOrigin(originPlaceholder, 'fupinri')).toThrow();
  });
});

describe('printOrigin (Vite plugin)', () => {
  const transform = printOrigin('https://x.gov.cn').transform as (
    code: string,
    id: string,
  ) => { code: string } | null;
  it('transforms stylesheets that have the placeholder, and nothing else', () => {
    expect(
      transform(`@media print { :root { ${originPlaceholder} } }`, '/src/styles/readers.css')?.code,
    ).toContain('"https://x.gov.cn"');
    expect(
      transform(`@media print { :root { ${originPlaceholder} } }`, '/src/styles/readers.css?direct')
        ?.code,
    ).toContain('"https://x.gov.cn"');
    expect(transform(`const s = "${originPlaceholder}"`, '/src/x.ts')).toBeNull();
    expect(transform('a {}', '/src/styles/global.css')).toBeNull();
  });
});
