/**
 * The built feeds, read with an independent XML parser: well-formed, dated, absolute,
 * unique, complete, and free of drafts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, it } from 'vitest';
import { allFiles, distDir, page, textOf } from '../support/dist.ts';
import { decodeEntities } from '../support/head.ts';
import { pngSize } from '../../src/lib/share/png-size.test-support.ts';
import { feedKinds } from '../../src/lib/feeds/feeds.ts';
import { site } from '../../src/lib/site/site.ts';

const DRAFT_MARKS = ['草稿专用检索词甲乙丙', 'draft-caogao-shili'];
const feedPaths = ['/rss.xml', ...feedKinds.map((k) => `/${k}/rss.xml`)];

interface Item {
  title: string;
  link: string;
  guid: { '#text': string; '@_isPermaLink': string };
  description: string;
  pubDate: string;
  category: string | string[];
  'content:encoded': string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  processEntities: true,
  htmlEntities: false,
});
const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const feed = (path: string) => {
  const channel = parser.parse(read(path)).rss.channel;
  return { channel, items: ([] as Item[]).concat(channel.item ?? []) };
};
/** The file in dist/ that an absolute URL of the site points to, or null for another site. */
const fileOf = (url: string) => {
  if (!url.startsWith(`${site.url}/`)) return null;
  const path = decodeURIComponent(new URL(url).pathname);
  return join(distDir, path.endsWith('/') ? `${path}index.html` : path);
};

/** The last paragraph of an entry's Markdown source, as plain text. */
function lastParagraph(link: string): string {
  const [, kind, id] = /\/([^/]+)\/([^/]+)\/$/.exec(new URL(link).pathname)!;
  const file = ['md', 'mdx']
    .map((ext) => join('src/content', kind!, `${id}.${ext}`))
    .find((f) => existsSync(f))!;
  const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
  const last = body
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
    .at(-1)!;
  return last
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]/g, '')
    .replace(/^(#+|[-*]|\d+\.)\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('feeds', () => {
  it('are built: the site-wide feed and one per collection, each with a Traditional copy, and no other', () => {
    // Besides these, the books' own feeds (one a programme, one an appeal with a ledger: books.test.ts).
    const rss = allFiles().filter(
      (f) =>
        f.endsWith('.xml') &&
        f.includes('rss') &&
        !/^(\/zh-hant)?\/(programmes|appeals)\/[^/]+\/rss\.xml$/.test(f),
    );
    expect(rss.filter((f) => !f.startsWith('/zh-hant/')).sort()).toEqual([...feedPaths].sort());
    expect(rss.filter((f) => f.startsWith('/zh-hant/')).sort()).toEqual(
      feedPaths.map((f) => `/zh-hant${f}`).sort(),
    );
  });

  describe.each(feedPaths)('%s', (path) => {
    const xml = read(path);
    const { channel, items } = feed(path);

    it('is well-formed RSS 2.0 in Chinese, links to itself and shows an image that exists', () => {
      expect(() => SyntaxValidator.validate(xml)).not.toThrow();
      expect(parser.parse(xml).rss['@_version']).toBe('2.0');
      expect(channel.language).toBe('zh-CN');
      expect(channel.title).toBeTruthy();
      expect(channel.description).toBeTruthy();
      expect(channel['atom:link']).toMatchObject({
        '@_href': `${site.url}${path}`,
        '@_rel': 'self',
        '@_type': 'application/rss+xml',
      });
      expect(channel.image.title).toBe(channel.title);
      const image = fileOf(channel.image.url);
      expect(image && existsSync(image)).toBe(true);
      expect(pngSize(readFileSync(image!))).toEqual({
        width: Number(channel.image.width),
        height: Number(channel.image.height),
      });
    });

    it('has items, at most 50, newest first, each dated in RFC 822 at midnight China time', () => {
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(50);
      const times = items.map((item) => {
        expect(item.pubDate).toMatch(
          /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} 00:00:00 \+0800$/,
        );
        const time = Date.parse(item.pubDate);
        expect(Number.isNaN(time)).toBe(false);
        // The weekday written agrees with the date.
        expect(new Date(time + 8 * 3600_000).toUTCString().slice(0, 3)).toBe(
          item.pubDate.slice(0, 3),
        );
        return time;
      });
      expect(times).toEqual([...times].sort((a, b) => b - a));
    });

    it('gives each item a unique permanent guid: the absolute address of a page that exists', () => {
      const guids = items.map((item) => item.guid['#text']);
      expect(new Set(guids).size).toBe(guids.length);
      for (const item of items) {
        expect(item.guid['@_isPermaLink']).toBe('true');
        expect(item.guid['#text']).toBe(item.link);
        expect(item.link.startsWith(`${site.url}/`)).toBe(true);
        expect(existsSync(fileOf(item.link)!)).toBe(true);
      }
    });

    it('carries title, summary, category and full content, with every link and image URL absolute', () => {
      for (const item of items) {
        expect(item.title).toBeTruthy();
        expect(item.description).toBeTruthy();
        expect([item.category].flat().length).toBeGreaterThan(0);
        const html = item['content:encoded'];
        expect(html).toBeTruthy();
        expect(html).not.toMatch(/<(script|style|iframe)\b|\son\w+=|javascript:/i);
        for (const [, attr, url] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
          expect(decodeEntities(url!), `${attr} in ${item.link}`).toMatch(
            /^(https?:|mailto:|tel:)/,
          );
          const file = fileOf(decodeEntities(url!));
          if (file) expect(existsSync(file.replace(/#.*$/, '')), url).toBe(true);
        }
        // The whole body: its text is on the entry's page, and it ends where the page's body ends.
        const text = textOf(html).trim();
        const pageText = textOf(page(new URL(item.link).pathname));
        expect(text.length).toBeGreaterThan(item.description.length / 2);
        const paragraphs = [...html.matchAll(/<(p|li|h[2-6])>([\s\S]*?)<\/\1>/g)]
          .map(([, , inner]) => textOf(inner!).trim())
          // The 更新（day）：note that opens a changed entry's item is not body (plan-changes.test.ts).
          .filter((p) => p && !/^更新（\d{4}-\d{2}-\d{2}）：/.test(p));
        expect(paragraphs.length).toBeGreaterThan(0);
        for (const p of paragraphs) expect(pageText, item.link).toContain(p);
        // Not cut short: the last paragraph the editor wrote is there.
        expect(text, item.link).toContain(lastParagraph(item.link));
      }
    });

    it('holds no draft', () => {
      for (const mark of DRAFT_MARKS) expect(xml).not.toContain(mark);
    });
  });

  it('the site-wide feed holds exactly what the collection feeds hold (while all fit in 50)', () => {
    const parts = feedKinds.flatMap((k) => feed(`/${k}/rss.xml`).items.map((i) => i.link));
    const main = feed('/rss.xml').items.map((i) => i.link);
    if (parts.length <= 50) expect([...main].sort()).toEqual([...parts].sort());
    else expect(main).toHaveLength(50);
  });

  it('carries links inside content made absolute (the example bodies link to other pages)', () => {
    const html = feed('/rss.xml')
      .items.map((i) => i['content:encoded'])
      .join('\n');
    expect(html).toMatch(new RegExp(`href="${site.url.replace(/\./g, '\\.')}/`));
    expect(html).not.toMatch(/href="\//);
  });

  it('leaves out entries whose year is unknown and keeps every dated entry of a collection', () => {
    const stories = feed('/stories/rss.xml').items.map((i) => new URL(i.link).pathname);
    const storyPages = allFiles()
      .filter((f) => /^\/stories\/[^/]+\/index\.html$/.test(f) && !/^\/stories\/\d+\//.test(f))
      .map((f) => f.replace(/index\.html$/, ''));
    const dated = storyPages.filter((p) => /<time datetime="\d{4}/.test(page(p)));
    expect([...stories].sort()).toEqual([...dated].sort());
    const activities = feed('/activities/rss.xml').items.map((i) => new URL(i.link).pathname);
    const unknownYear = allFiles()
      .filter((f) => /^\/activities\/[^/]+\/index\.html$/.test(f))
      .map((f) => f.replace(/index\.html$/, ''))
      .filter((p) => !/<time datetime="\d{4}/.test(page(p)));
    expect(unknownYear.length).toBeGreaterThan(0);
    for (const p of unknownYear) expect(activities).not.toContain(p);
  });
});
