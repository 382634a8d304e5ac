/**
 * Every built page as a link shared or found: canonical URL, description, feed links,
 * Open Graph and Twitter tags, a share image that exists at 1200×630, the government
 * page tags, and structured data that parses.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFiles, allPages, distDir, isReaderCopy, page, textOf } from '../support/dist.ts';
import { elements, jsonLdBlocks, metaMap } from '../support/head.ts';
import { pngSize } from '../../src/lib/share/png-size.test-support.ts';
import { site } from '../../src/lib/site/site.ts';
import { parseVariant, variantPath } from '../../src/lib/versions/page-versions.ts';

// /admin/ is the editors' CMS, not a page to share. The Traditional and elder copies are checked as copies below.
const pages = allPages().filter((p) => !p.startsWith('/admin/') && !isReaderCopy(p));
const copies = allPages().filter(isReaderCopy);
const urlOf = (file: string) => `${site.url}${file.replace(/index\.html$/, '')}`;
const fileOf = (url: string) => {
  const path = new URL(url).pathname;
  return join(distDir, path.endsWith('/') ? `${path}index.html` : path);
};
/** Entry pages: /<collection>/<id>/, not list pages (/<collection>/2/). */
const ENTRY =
  /^\/(notices|activities|stories|commendations|appeals|programmes)\/(?!\d+\/)([^/]+)\/index\.html$/;
const entries = pages.filter((f) => ENTRY.test(f));
const ld = (file: string) =>
  jsonLdBlocks(page(file)).map((b) => JSON.parse(b) as Record<string, unknown>);

describe('sharing tags on every page', () => {
  it('finds pages and entry pages to check', () => {
    expect(pages.length).toBeGreaterThan(50);
    expect(entries.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s', (file) => {
    const html = page(file);
    const meta = metaMap(html);
    const links = elements(html, 'link');
    const canonical = links.find((l) => l.rel === 'canonical')?.href;
    if (file === '/404.html') {
      // The 404 page has no address of its own: no canonical link and no og:url.
      expect(canonical).toBeUndefined();
      expect(meta.get('og:url')).toBeUndefined();
      return;
    }
    expect(canonical).toMatch(new RegExp(`^${site.url.replace(/\./g, '\\.')}/`));
    expect(meta.get('description')).toBeTruthy();
    for (const key of [
      'og:type',
      'og:title',
      'og:description',
      'og:url',
      'og:image',
      'og:site_name',
      'twitter:card',
    ]) {
      expect(meta.get(key), key).toBeTruthy();
    }
    expect(meta.get('og:url')).toBe(canonical);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    // X takes the title, description and image from og:* when the twitter:* tags are
    // absent (developer.x.com/cards/markup); a twitter:* copy would only repeat them.
    for (const key of ['twitter:title', 'twitter:description', 'twitter:image'])
      expect(meta.get(key), key).toBeUndefined();

    const image = fileOf(meta.get('og:image')!);
    expect(existsSync(image), meta.get('og:image')).toBe(true);
    expect(pngSize(readFileSync(image))).toEqual({ width: 1200, height: 630 });
    expect([meta.get('og:image:width'), meta.get('og:image:height')]).toEqual(['1200', '630']);

    // Feed discovery: the site-wide feed everywhere, a collection's feed on its pages.
    const feeds = links.filter((l) => l.rel === 'alternate' && l.type === 'application/rss+xml');
    expect(feeds.map((l) => l.href)).toContain(`${site.url}/rss.xml`);
    const section = /^\/(notices|activities|stories|commendations|appeals)\//.exec(file)?.[1];
    if (section) expect(feeds.map((l) => l.href)).toContain(`${site.url}/${section}/rss.xml`);
    for (const f of feeds) {
      expect(f.title).toBeTruthy();
      expect(existsSync(fileOf(f.href!)), f.href).toBe(true);
    }

    // 政府网站发展指引 tags: site tags always; nothing written empty; SiteIDCode only when configured.
    expect(meta.get('SiteName')).toBe(site.title);
    expect(meta.get('SiteDomain')).toBe(new URL(site.url).host);
    expect(meta.has('SiteIDCode')).toBe(Boolean(site.siteIdCode));
    for (const m of elements(html, 'meta'))
      if ('content' in m) expect(m.content, JSON.stringify(m)).not.toBe('');

    // Each meta name once (HTML matches names without regard to case).
    const names = elements(html, 'meta').flatMap((m) => (m.name ? [m.name.toLowerCase()] : []));
    expect(new Set(names).size).toBe(names.length);

    for (const block of jsonLdBlocks(html)) {
      expect(block).not.toMatch(/</);
      expect(() => JSON.parse(block)).not.toThrow();
    }
  });
});

describe('sharing tags on the Traditional and elder copies', () => {
  it('finds a copy of every page in each version', () => {
    expect(copies.length).toBe(pages.length * 3);
  });

  it.each(copies)('%s', (file) => {
    const { base, script, elder } = parseVariant(file);
    const [html, original] = [page(file), page(base)];
    const [meta, own] = [metaMap(html), metaMap(original)];
    const canonical = (h: string) => elements(h, 'link').find((l) => l.rel === 'canonical')?.href;
    // The canonical is the original's, in the copy's script; an elder copy names the standard page.
    // A page without one (the 404 page has no address of its own) has none in any version.
    const originalHref = canonical(original);
    if (originalHref === undefined) {
      expect(canonical(html)).toBeUndefined();
    } else {
      const target = variantPath(new URL(originalHref).pathname, { script, elder: false });
      expect(canonical(html)).toBe(`${site.url}${target}`);
      expect(existsSync(fileOf(canonical(html)!)), canonical(html)).toBe(true);
    }
    expect(meta.get('og:url')).toBe(canonical(html) ?? own.get('og:url'));
    expect(meta.get('og:locale')).toBe(script === 'hant' ? 'zh_TW' : 'zh_CN');
    // The same tags, and the same (Simplified) share image, which exists.
    expect([...meta.keys()].sort()).toEqual([...own.keys()].sort());
    expect(meta.get('og:image')).toBe(own.get('og:image'));
    expect(existsSync(fileOf(meta.get('og:image')!))).toBe(true);
    for (const f of elements(html, 'link').filter(
      (l) => l.rel === 'alternate' && l.type === 'application/rss+xml',
    )) {
      expect(existsSync(fileOf(f.href!)), f.href).toBe(true);
    }
    for (const block of jsonLdBlocks(html)) expect(() => JSON.parse(block)).not.toThrow();
    // Structured data: a Traditional copy has the original's; an elder copy none (its canonical page has it).
    expect(jsonLdBlocks(html).length).toBe(elder ? 0 : jsonLdBlocks(original).length);
  });
});

describe('entry pages', () => {
  it.each(entries)('%s has its own share image, article tags and an honest date', (file) => {
    const [, kind, id] = ENTRY.exec(file)!;
    const html = page(file);
    const meta = metaMap(html);
    expect(meta.get('og:type')).toBe('article');
    expect(meta.get('og:image')).toBe(`${site.url}/og/${kind}/${id}.png`);
    expect(meta.get('ArticleTitle')).toBe(meta.get('og:title'));
    expect(html).toContain(`>${meta.get('og:title')}`);
    expect(meta.get('Url')).toBe(urlOf(file));
    expect(meta.get('ColumnName')).toBeTruthy();
    const pubDate = meta.get('PubDate');
    if (pubDate) {
      expect(pubDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(html).toContain(`<time datetime="${pubDate}">`);
    }
  });

  it('every notice and story is a NewsArticle with the headline and date the page shows', () => {
    const articles = entries.filter((f) => /^\/(notices|stories)\//.test(f));
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) {
      const news = ld(file).find((d) => d['@type'] === 'NewsArticle');
      expect(news, file).toBeDefined();
      expect(news!.headline).toBe(metaMap(page(file)).get('og:title'));
      expect(news!.url).toBe(urlOf(file));
      expect((news!.publisher as Record<string, unknown>)['@type']).toBe('GovernmentOrganization');
      if (news!.datePublished)
        expect(page(file)).toContain(`<time datetime="${news!.datePublished}">`);
    }
  });

  it('every donation appeal is a DonateAction, and initiative letters are not', () => {
    const appeals = entries.filter((f) => f.startsWith('/appeals/'));
    const donations = appeals.filter((f) => textOf(page(f)).includes('类型募捐'));
    expect(donations.length).toBeGreaterThan(0);
    for (const file of appeals) {
      const types = ld(file).map((d) => d['@type']);
      expect(types.includes('DonateAction'), file).toBe(donations.includes(file));
    }
  });

  it('the home page names the publishing office as a GovernmentOrganization', () => {
    const org = ld('/index.html').find((d) => d['@type'] === 'GovernmentOrganization');
    expect(org).toMatchObject({ name: site.organiser });
  });
});

describe('share images', () => {
  it('are PNG files of 1200×630 for every entry, and the font they were drawn with is not published', () => {
    const images = allFiles().filter((f) => f.startsWith('/og/') && f !== '/og/feed.png');
    expect(images).toHaveLength(entries.length + 1);
    for (const f of images)
      expect(pngSize(readFileSync(join(distDir, f))), f).toEqual({ width: 1200, height: 630 });
    expect(
      allFiles().filter((f) => /\.(ttf|otf|woff2?)$/i.test(f) && !f.startsWith('/admin/')),
    ).toEqual([]);
  });
});
