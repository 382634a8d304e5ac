/**
 * The built site for every reader: each page in Traditional Chinese, in 长辈模式 and in
 * both, with the right language, links that stay in the reader's version, hreflang both
 * ways, the site's terms, sitemap entries, one search index per script, and the search
 * folding table. Reads dist/ (built once by tests/support/build-site.ts).
 *
 * Past 250 lines: the four versions of every page are checked against one build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { allPages, distDir, page } from '../support/dist.ts';
import { hantTerms } from '../../src/lib/versions/traditional-terms.ts';
import { foldTablePath, makeFolder, type FoldTable } from '../../src/lib/search/script-fold.ts';
import { site } from '../../src/lib/site/site.ts';
import { inSitemap } from '../../src/lib/feeds/sitemap.ts';
import { openccToTraditional, toTraditional } from '../../src/lib/versions/traditional.ts';
import {
  langOf,
  notForReaders,
  parseVariant,
  variantPath,
} from '../../src/lib/versions/page-versions.ts';

type Doc = ReturnType<typeof parseDocument>;
type El = ReturnType<typeof DomUtils.findAll>[number];

const origin = new URL(site.url).origin;
/** /x/index.html → /x/ */
const pathOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');
const built = allPages()
  .filter((f) => !f.startsWith('/zh-hant/') && !f.startsWith('/elder/'))
  .map(pathOf);
/** The Simplified standard pages meant for readers (the editors' admin is not). */
const base = built.filter((p) => !notForReaders(p));
const doc = (path: string): Doc => parseDocument(page(path));
const all = (d: Doc, test: (el: El) => boolean) => DomUtils.findAll(test, d.children);
const one = (d: Doc, test: (el: El) => boolean) => all(d, test)[0];
const html = (d: Doc) => one(d, (el) => el.name === 'html')!;
const exists = (path: string) =>
  existsSync(join(distDir, path.endsWith('/') ? `${path}index.html` : path));

/** Internal link targets (href of a/area/link, action of form) with the element, as site paths. */
function links(d: Doc): { el: El; path: string }[] {
  const out: { el: El; path: string }[] = [];
  for (const el of all(d, (e) => ['a', 'area', 'link', 'form'].includes(e.name))) {
    const raw = el.attribs[el.name === 'form' ? 'action' : 'href'];
    if (!raw) continue;
    const rest = raw.startsWith(`${origin}/`) ? raw.slice(origin.length) : raw;
    if (!rest.startsWith('/') || rest.startsWith('//')) continue;
    out.push({ el, path: rest.replace(/[?#].*$/, '') });
  }
  return out;
}

/** Text nodes and text attributes of a document in order, outside scripts, styles and the script switch. */
function texts(d: Doc): string[] {
  const out: string[] = [];
  const walk = (nodes: Doc['children']) => {
    for (const n of nodes) {
      if (n.type === 'text') out.push(n.data);
      if (!('attribs' in n) || !('children' in n)) continue;
      if ('data-script-switch' in n.attribs || n.name === 'script' || n.name === 'style') continue;
      for (const name of ['title', 'alt', 'aria-label', 'placeholder'])
        if (n.attribs[name]) out.push(n.attribs[name]);
      if (n.name === 'meta' && n.attribs.name === 'description') out.push(n.attribs.content ?? '');
      walk(n.children);
    }
  };
  walk(d.children);
  return out;
}

describe('every page exists in Traditional, in 长辈模式 and in both', () => {
  it('reads every page of the build', () => {
    expect(base.length).toBeGreaterThan(50);
    expect(base).toContain('/');
    expect(base).toContain('/404.html');
  });

  it('makes no copy of the pages not for readers (the admin)', () => {
    const skipped = built.filter(notForReaders);
    expect(skipped).toContain('/admin/');
    for (const path of skipped)
      for (const variant of [
        { script: 'hant', elder: false },
        { script: 'hans', elder: true },
        { script: 'hant', elder: true },
      ] as const) {
        expect(exists(variantPath(path, variant)), variantPath(path, variant)).toBe(false);
      }
  });

  it.each(base)('%s', (path) => {
    const hans = doc(path);
    const hantPath = variantPath(path, { script: 'hant', elder: false });
    for (const elder of [false, true])
      for (const script of ['hans', 'hant'] as const) {
        expect(exists(variantPath(path, { script, elder })), `${script} elder=${elder}`).toBe(true);
      }
    const hant = doc(hantPath);
    expect(html(hans).attribs.lang).toBe(langOf.hans);
    expect(html(hant).attribs.lang).toBe(langOf.hant);

    // Every piece of text is converted, and nothing else is.
    const [a, b] = [texts(hans), texts(hant)];
    expect(b.length).toBe(a.length);
    a.forEach((text, i) => expect(b[i]).toBe(toTraditional(text)));

    // Scripts and styles are byte for byte the same in every version, so CSP hashes hold.
    const code = (d: Doc) =>
      all(
        d,
        (el) =>
          el.name === 'script' ||
          el.name === 'style' ||
          (el.name === 'meta' && el.attribs['http-equiv'] !== undefined),
      )
        .filter((el) => el.attribs.type !== 'application/ld+json')
        .map(
          (el) =>
            `${el.name} ${el.attribs.src ?? ''} ${el.attribs.content ?? ''} ${DomUtils.textContent(el)}`,
        );
    for (const other of [
      hant,
      doc(variantPath(path, { script: 'hans', elder: true })),
      doc(variantPath(path, { script: 'hant', elder: true })),
    ]) {
      expect(code(other)).toEqual(code(hans));
    }
  });
});

describe('links stay in the reader’s version and lead to real files', () => {
  it.each(base)('%s', (path) => {
    for (const elder of [false, true])
      for (const script of ['hans', 'hant'] as const) {
        const self = variantPath(path, { script, elder });
        for (const { el, path: target } of links(doc(self))) {
          // The 404 page's canonical names /404/, which no host serves (fixed on another branch).
          if (path === '/404.html' && el.attribs.rel === 'canonical') continue;
          const where = `${self}: <${el.name} ${el.attribs.href ?? el.attribs.action}>`;
          expect(exists(target), where).toBe(true);
          const v = parseVariant(target);
          if (!exists(v.base) || !(v.base.endsWith('/') || v.base.endsWith('.html'))) continue; // assets, feeds
          if (el.attribs.hreflang !== undefined && el.name === 'link') continue; // the alternates name both scripts
          if (el.name === 'link') {
            // canonical, prev/next: the same script; the elder pages name the standard page.
            expect(v.script, where).toBe(script);
            expect(v.elder, where).toBe(false);
            continue;
          }
          // The 404 page stands for any missing address: its switches lead to the home page.
          const same = path === '/404.html' ? '/' : path;
          if ('data-script-switch' in el.attribs) {
            expect(target, where).toBe(
              variantPath(same, { script: script === 'hans' ? 'hant' : 'hans', elder }),
            );
            expect(el.attribs.lang).toBe(langOf[script === 'hans' ? 'hant' : 'hans']);
          } else if ('data-mode-toggle' in el.attribs) {
            expect(target, where).toBe(variantPath(same, { script, elder: !elder }));
          } else {
            expect({ script: v.script, elder: v.elder }, where).toEqual({ script, elder });
          }
        }
      }
  });
});

describe('hreflang alternates both ways, and x-default', () => {
  it.each(base.filter((p) => p.endsWith('/')))('%s', (path) => {
    const expected = [
      [langOf.hans, `${origin}${path}`],
      [langOf.hant, `${origin}${variantPath(path, { script: 'hant', elder: false })}`],
      ['x-default', `${origin}${path}`],
    ];
    for (const script of ['hans', 'hant'] as const) {
      const d = doc(variantPath(path, { script, elder: false }));
      const alternates = all(
        d,
        (el) =>
          el.name === 'link' && el.attribs.rel === 'alternate' && el.attribs.hreflang !== undefined,
      );
      expect(alternates.map((el) => [el.attribs.hreflang, el.attribs.href])).toEqual(expected);
      // The canonical names the same page (or, on an alias such as /changyishu/, the page it stands for) in the same script.
      const canonical = one(d, (el) => el.name === 'link' && el.attribs.rel === 'canonical');
      const hansCanonical = one(
        doc(path),
        (el) => el.name === 'link' && el.attribs.rel === 'canonical',
      );
      if (canonical)
        expect(canonical.attribs.href).toBe(
          `${origin}${variantPath(new URL(hansCanonical!.attribs.href!).pathname, { script, elder: false })}`,
        );
    }
  });
});

describe('the site’s own terms are in the Traditional pages', () => {
  // Every text of the Simplified site with a term of hant-terms.ts that OpenCC alone
  // would write differently: the Traditional page has the site's spelling of that text.
  const cases = base.flatMap((path) =>
    texts(doc(path)).flatMap((text) =>
      hantTerms
        .filter(([s]) => text.includes(s) && openccToTraditional(text) !== toTraditional(text))
        .map(([s, t]) => [path, s, t, text] as const),
    ),
  );

  it('finds such texts in this content (命名表彰, 市长发表, 联合制作, 发布)', () => {
    expect(new Set(cases.map(([, s]) => s))).toEqual(new Set(['表彰', '发表', '制作', '发布']));
  });

  it.each(cases)('%s: %s → %s', (path, _s, t, text) => {
    const hant = texts(doc(variantPath(path, { script: 'hant', elder: false })));
    expect(hant).toContain(toTraditional(text));
    expect(toTraditional(text)).toContain(t);
    expect(hant).not.toContain(openccToTraditional(text));
  });
});

describe('the sitemap lists both scripts, with alternates, and no elder page', () => {
  const parser = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => name === 'url' || name === 'xhtml:link',
  });
  const urls: { loc: string; 'xhtml:link'?: { '@_hreflang': string; '@_href': string }[] }[] =
    parser.parse(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).urlset.url;
  const locs = urls.map((u) => new URL(u.loc).pathname);

  it('has every page in Simplified and Traditional and no elder page', () => {
    // The pages src/lib/feeds/sitemap.ts admits, and the Traditional copy of each.
    const expected = base.filter((p) => p.endsWith('/') && inSitemap(p));
    expect(expected.length).toBeGreaterThan(50);
    expect(locs.filter((p) => !p.startsWith('/zh-hant/')).sort()).toEqual([...expected].sort());
    expect(locs.filter((p) => p.startsWith('/zh-hant/')).sort()).toEqual(
      expected.map((p) => variantPath(p, { script: 'hant', elder: false })).sort(),
    );
    expect(locs.filter((p) => parseVariant(p).elder)).toEqual([]);
  });

  it('gives each page its alternate in the other script', () => {
    for (const u of urls) {
      const path = parseVariant(new URL(u.loc).pathname).base;
      expect(u['xhtml:link']?.map((l) => [l['@_hreflang'], l['@_href']])).toEqual([
        [langOf.hans, `${origin}${path}`],
        [langOf.hant, `${origin}${variantPath(path, { script: 'hant', elder: false })}`],
      ]);
    }
  });
});

describe('search: one index, of the Simplified pages, and the folding table', () => {
  const entry = JSON.parse(readFileSync(join(distDir, 'pagefind/pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  const indexed = base.filter((p) => page(p).includes('data-pagefind-body'));

  it('indexes the Simplified pages as zh-cn, and no Traditional or elder copy', () => {
    expect(indexed.length).toBeGreaterThan(10);
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']!.page_count).toBe(indexed.length);
  });

  it('folds a query in either script into either script', () => {
    const table = JSON.parse(
      readFileSync(join(distDir, foldTablePath.slice(1)), 'utf8'),
    ) as FoldTable;
    const fold = makeFolder(table);
    for (const q of ['扶贫功臣', '扶貧功臣']) {
      expect(fold(q, 'hant')).toBe('扶貧功臣');
      expect(fold(q, 'hans')).toBe('扶贫功臣');
    }
    // Every title on the site folds to the title of its page in the other script.
    for (const path of indexed) {
      const title = one(doc(path), (el) => el.name === 'h1')!;
      const hantTitle = one(
        doc(variantPath(path, { script: 'hant', elder: false })),
        (el) => el.name === 'h1',
      )!;
      expect(fold(DomUtils.textContent(title), 'hant')).toBe(DomUtils.textContent(hantTitle));
      expect(fold(DomUtils.textContent(hantTitle), 'hans')).toBe(DomUtils.textContent(title));
    }
  });
});
