/**
 * No broken links: every internal href, src, srcset (and the other URL attributes) of every
 * built page resolves to a file of the build, and a #fragment to an element of that page.
 * Links to the site's own address (canonical, og:image …) count as internal.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { allFiles, allPages, distDir } from '../support/dist.ts';
import { site } from '../../src/lib/site/site.ts';

const siteOrigin = new URL(site.url).origin;
const local = 'http://local.invalid';

/** The site path a built file answers at (/notices/x/index.html → /notices/x/). */
const urlPathOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/** The URL attributes of every element, as [attribute, value] pairs. */
function linksOf(html: string): [string, string][] {
  const doc = parseDocument(html);
  const out: [string, string][] = [];
  for (const el of DomUtils.getElementsByTagName(() => true, doc, true)) {
    const a = el.attribs;
    for (const name of ['href', 'src', 'poster', 'action', 'data', 'cite'])
      if (a[name] !== undefined) out.push([`<${el.name} ${name}>`, a[name]!]);
    for (const name of ['srcset', 'imagesrcset']) {
      if (a[name] === undefined) continue;
      for (const candidate of a[name]!.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) out.push([`<${el.name} ${name}>`, url]);
      }
    }
    if (
      el.name === 'meta' &&
      a.content &&
      /^(og:|twitter:)/.test(a.property ?? a.name ?? '') &&
      a.content.startsWith(`${siteOrigin}/`)
    ) {
      out.push([`<meta ${a.property ?? a.name}>`, a.content]);
    }
  }
  return out;
}

/** The ids (and names) of a page's elements, read once per page. */
const idCache = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    const doc = parseDocument(readFileSync(join(distDir, file), 'utf8'));
    ids = new Set(
      DomUtils.getElementsByTagName(() => true, doc, true).flatMap((el) =>
        [el.attribs.id, el.name === 'a' ? el.attribs.name : undefined].filter(
          (x): x is string => !!x,
        ),
      ),
    );
    idCache.set(file, ids);
  }
  return ids;
}

/** The built file a site path resolves to, or why it does not. */
function fileFor(pathname: string): { file?: string; problem?: string } {
  const path = decodeURIComponent(pathname);
  const full = join(distDir, path);
  if (!full.startsWith(distDir)) return { problem: 'points outside the site' };
  if (path.endsWith('/'))
    return existsSync(join(full, 'index.html'))
      ? { file: `${path}index.html` }
      : { problem: 'no such page' };
  if (!existsSync(full)) return { problem: 'no such file' };
  if (statSync(full).isDirectory())
    return { problem: 'a folder linked without its trailing slash' };
  return { file: path };
}

/** Every broken internal link of one built page, as "attribute value: why". */
function brokenLinks(page: string): string[] {
  const base = new URL(urlPathOf(page), local);
  const out: string[] = [];
  for (const [attr, raw] of linksOf(readFileSync(join(distDir, page), 'utf8'))) {
    let url: URL;
    try {
      url = new URL(raw.startsWith(`${siteOrigin}/`) ? raw.slice(siteOrigin.length) : raw, base);
    } catch {
      out.push(`${attr} "${raw}": not a valid URL`);
      continue;
    }
    if (url.origin !== local) continue; // another host, mailto:, tel:, data: …
    const { file, problem } = fileFor(url.pathname);
    if (problem) out.push(`${attr} "${raw}": ${problem}`);
    else if (url.hash && file?.endsWith('.html')) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsOf(file).has(id)) out.push(`${attr} "${raw}": no element with id "${id}" on ${file}`);
    }
  }
  return out;
}

describe('no broken links in the build', () => {
  it('reads every page of the build', () => {
    expect(allPages().length).toBeGreaterThan(10);
    expect(allFiles()).toContain('/404.html');
  });

  it.each(allPages())('%s', (page) => {
    expect(brokenLinks(page)).toEqual([]);
  });

  it('finds a broken link, a missing fragment and a folder without its slash', () => {
    // The checker itself, on a page of links that cannot resolve.
    const html =
      '<a href="/no-such-page/">x</a><a href="/#no-such-id">y</a><img src="/_astro" alt=""><a href="mailto:a@b.c">m</a>';
    const links = linksOf(html);
    expect(links.map(([, v]) => v)).toEqual([
      '/no-such-page/',
      '/#no-such-id',
      '/_astro',
      'mailto:a@b.c',
    ]);
    expect(fileFor('/no-such-page/').problem).toBe('no such page');
    expect(fileFor('/_astro').problem).toBe('a folder linked without its trailing slash');
    expect(idsOf('/index.html').has('no-such-id')).toBe(false);
    expect(idsOf('/index.html').has('main')).toBe(true);
  });

  it('every sitemap address is a page of the build', () => {
    const xml = allFiles()
      .filter((f) => /^\/sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(distDir, f), 'utf8'))
      .join('');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    const missing = locs.filter(
      (loc) => !loc.startsWith(`${siteOrigin}/`) || fileFor(new URL(loc).pathname).problem,
    );
    expect(missing).toEqual([]);
  });
});
