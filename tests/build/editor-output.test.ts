/**
 * What editors' work becomes in the built site (dist/): images through astro:assets,
 * no script in any page from content, and the CMS at /admin/ served from the site
 * itself while kept out of the sitemap and the search index.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { XMLParser } from 'fast-xml-parser';
import { bodyImageWidths } from '../../src/integrations/markdown-body-images.ts';
import { cmsFiles, localizeScript } from '../../src/lib/editors/cms-vendor.ts';
import { allPages, distDir, page } from '../support/dist.ts';

/** Every element of an HTML fragment (scripts and styles too), read by an independent parser (htmlparser2). */
const elements = (html: string): Element[] =>
  DomUtils.findAll(() => true, parseDocument(html).children);

const isWebp = (path: string) => {
  const bytes = readFileSync(join(distDir, path));
  return (
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  );
};

/** Every element named `name` under `root`. */
const findAll = (root: Element, name: string): Element[] =>
  DomUtils.getElementsByTagName(name, root.children);

/** The images inside a page's article (the entry's own images, not the site's chrome). */
const articleImages = (path: string) => {
  const article = elements(page(path)).find((e) => e.name === 'article');
  return article ? findAll(article, 'img') : [];
};

describe('images of stories (astro:assets)', () => {
  it.each([
    ['a cover', '/stories/shili-zhucun-lu-tongle/', 'cunlu-tongle'],
    ['an image in the body', '/stories/shili-fupin-chejian-jiuye/', 'fupin-chejian'],
  ])('%s is resized to WebP with width, height, srcset and its alt text', (_what, path, name) => {
    const img = articleImages(path).find((i) => i.attribs.src?.includes(name));
    expect(img, `${path}: no <img> for ${name}`).toBeDefined();
    const a = img?.attribs ?? {};
    expect(a.src).toMatch(/^\/_astro\/.+\.webp$/);
    expect(Number(a.width)).toBeGreaterThan(0);
    expect(Number(a.height)).toBeGreaterThan(0);
    expect(a.alt?.length).toBeGreaterThan(5);
    const candidates = (a.srcset ?? '').split(',').map((c) => c.trim().split(/\s+/));
    expect(candidates.map(([, w]) => w)).toEqual(bodyImageWidths.map((w) => `${w}w`));
    for (const file of [a.src as string, ...candidates.map(([url]) => url as string)])
      expect(isWebp(file), file).toBe(true);
  });
});

describe('pages built from content', () => {
  const pages = allPages().filter((p) => !p.startsWith('/admin/'));

  it('carry no inline event handler, and no javascript: or data: link or image', () => {
    expect(pages.length).toBeGreaterThan(20);
    const found: string[] = [];
    for (const p of pages) {
      for (const el of elements(readFileSync(join(distDir, p), 'utf8'))) {
        for (const [name, value] of Object.entries(el.attribs)) {
          if (/^on/i.test(name)) found.push(`${p}: <${el.name} ${name}>`);
          if (
            (name === 'href' || name === 'src') &&
            /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\t\n\r]/g, ''))
          )
            found.push(`${p}: <${el.name} ${name}="${value}">`);
        }
        if (['iframe', 'object', 'embed'].includes(el.name)) found.push(`${p}: <${el.name}>`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the CMS at /admin/', () => {
  const html = page('/admin/');
  const els = elements(html);

  it('loads its script, chunk, translations and fonts from the site itself, copied from npm packages', () => {
    const scripts = els.filter((e) => e.name === 'script');
    expect(scripts.filter((s) => s.attribs.src !== undefined).map((s) => s.attribs.src)).toEqual([
      '/admin/sveltia-cms.js',
    ]);
    // Besides it only the site-wide inline head script (the reader's layout choice), which loads nothing.
    for (const s of scripts.filter((x) => x.attribs.src === undefined))
      expect(s.children.map((c) => ('data' in c ? c.data : '')).join('')).not.toMatch(
        /https?:|import\s*\(|\.js\b/,
      );
    const files = cmsFiles();
    expect(files.map((f) => f.path)).toEqual(
      expect.arrayContaining([
        'sveltia-cms.js',
        'chunks/react-dom.js',
        'vendor/fonts/source-sans-3-latin-wght-normal.woff2',
      ]),
    );
    expect(files.filter((f) => f.path.endsWith('/zh-CN.json'))).toHaveLength(1);
    for (const f of files)
      expect(
        readFileSync(join(distDir, 'admin', f.path)).equals(Buffer.from(f.read())),
        f.path,
      ).toBe(true);
    const pkg = join(
      createRequire(join(process.cwd(), 'package.json')).resolve('@sveltia/cms'),
      '..',
      '..',
      'dist',
    );
    const script = readFileSync(join(distDir, 'admin', 'sveltia-cms.js'), 'utf8');
    expect(script).toBe(localizeScript(readFileSync(join(pkg, 'sveltia-cms.js'), 'utf8')).text);
    expect(script).not.toMatch(
      /https:\/\/(unpkg\.com\/@sveltia\/cms|cdn\.jsdelivr\.net\/fontsource|www\.githubstatus\.com\/api)/,
    );
  });

  it('names no other host and points the CMS at its generated configuration', () => {
    for (const el of els)
      for (const v of [el.attribs.src, el.attribs.href])
        if (v) expect(v.startsWith('/')).toBe(true);
    expect(
      els.find((e) => e.name === 'link' && e.attribs.rel === 'cms-config-url')?.attribs.href,
    ).toBe('/admin/config.yml');
  });

  it('is kept out of search engines, the sitemap and the site search', () => {
    expect(
      els.find((e) => e.name === 'meta' && e.attribs.name === 'robots')?.attribs.content,
    ).toContain('noindex');
    const xml = new XMLParser();
    const urls = readdirSync(distDir)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .flatMap((f) =>
        [xml.parse(readFileSync(join(distDir, f), 'utf8')).urlset.url]
          .flat()
          .map((u: { loc: string }) => new URL(u.loc).pathname),
      );
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => u.startsWith('/admin'))).toEqual([]);
    const fragments = readdirSync(join(distDir, 'pagefind', 'fragment')).map((f) => {
      const text = gunzipSync(readFileSync(join(distDir, 'pagefind', 'fragment', f))).toString(
        'utf8',
      );
      return JSON.parse(text.slice(text.indexOf('{'))).url as string;
    });
    expect(fragments.length).toBeGreaterThan(10);
    expect(fragments.filter((u) => u.startsWith('/admin'))).toEqual([]);
  });
});
