/** The built sitemap and robots.txt: every public page listed, nothing else. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { allPages, distDir, page } from '../support/dist.ts';
import { elements } from '../support/head.ts';
import { site } from '../../src/lib/site/site.ts';

const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const fileOf = (url: string) => new URL(url).pathname;

/** Every URL the sitemap index leads to. */
function sitemapUrls(): string[] {
  const index = read('/sitemap-index.xml');
  expect(() => SyntaxValidator.validate(index)).not.toThrow();
  return [parser.parse(index).sitemapindex.sitemap].flat().flatMap((s: { loc: string }) => {
    expect(s.loc.startsWith(`${site.url}/`)).toBe(true);
    const xml = read(fileOf(s.loc));
    expect(() => SyntaxValidator.validate(xml)).not.toThrow();
    return [parser.parse(xml).urlset.url].flat().map((u: { loc: string }) => u.loc);
  });
}

/**
 * The public pages of the build, read from dist/ itself: every HTML page except the
 * 404 page, the editors' admin, pages that ask not to be indexed, and aliases whose
 * canonical link names another page (which is listed instead).
 */
function publicPages(): string[] {
  return allPages()
    .filter((file) => file !== '/404.html' && !file.startsWith('/admin/'))
    .map((file) => ({ url: `${site.url}${file.replace(/index\.html$/, '')}`, html: page(file) }))
    .filter(({ url, html }) => {
      const metas = elements(html, 'meta');
      if (metas.some((m) => m.name === 'robots' && /noindex/.test(m.content ?? ''))) return false;
      const canonical = elements(html, 'link').find((l) => l.rel === 'canonical')?.href;
      return canonical === url;
    })
    .map(({ url }) => url);
}

describe('sitemap', () => {
  it('lists exactly the public pages, each once', () => {
    const urls = sitemapUrls();
    expect(new Set(urls).size).toBe(urls.length);
    expect([...urls].sort()).toEqual(publicPages().sort());
  });

  it('leaves out the 404 page, aliases and drafts', () => {
    const urls = sitemapUrls();
    expect(urls.some((u) => u.includes('404'))).toBe(false);
    expect(urls).not.toContain(`${site.url}/changyishu/`);
    expect(urls.join('\n')).not.toContain('draft-caogao-shili');
    // Only aliases are left out for their canonical link: the alias's canonical page is listed.
    const canonical = elements(page('/changyishu/'), 'link').find(
      (l) => l.rel === 'canonical',
    )?.href;
    expect(urls).toContain(canonical);
  });

  it('points to files that exist', () => {
    for (const url of sitemapUrls())
      expect(existsSync(join(distDir, fileOf(url), 'index.html')), url).toBe(true);
  });
});

describe('robots.txt', () => {
  it('points crawlers to the sitemap index by its absolute URL', () => {
    const lines = read('/robots.txt').split('\n');
    expect(lines).toContain('User-agent: *');
    const sitemap = lines.find((l) => l.startsWith('Sitemap: '))?.slice('Sitemap: '.length);
    expect(sitemap).toBe(`${site.url}/sitemap-index.xml`);
    expect(existsSync(join(distDir, fileOf(sitemap!)))).toBe(true);
  });
});
