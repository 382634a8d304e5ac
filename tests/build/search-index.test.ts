/**
 * The search index the build writes: where it is, that nothing went into public/,
 * which pages it holds (every Simplified page marked data-pagefind-body, no Traditional
 * or elder copy, no draft, no page kept out), what each page records for results and
 * filters, and that /zh-hant/search/ can show every result of the one index in Traditional.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allFiles, allPages, distDir, isReaderCopy, page } from '../support/dist.ts';
import { splitMarkdown } from '../../src/lib/content/frontmatter.ts';
import { toTraditional } from '../../src/lib/versions/traditional.ts';
import {
  foldTablePath,
  makeFolder,
  makeHantWriter,
  type FoldTable,
} from '../../src/lib/search/script-fold.ts';
import { simplifiedOnlyChars } from '../../src/lib/search/script-fold.test-support.ts';

const pagefindDir = join(distDir, 'pagefind');

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** Pagefind's files are gzip, then a 12-byte signature "pagefind_dcd", then the data. */
function unpack(file: string): Buffer {
  const data = gunzipSync(readFileSync(file));
  expect(data.subarray(0, 12).toString()).toBe('pagefind_dcd');
  return data.subarray(12);
}

/** Every page in the index. */
const fragments = (): Fragment[] =>
  readdirSync(join(pagefindDir, 'fragment')).map(
    (f) => JSON.parse(unpack(join(pagefindDir, 'fragment', f)).toString('utf8')) as Fragment,
  );

/** A page's h1 as its search title: without the 示例 label, tags or entities. */
function headingOf(html: string): string {
  const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
  return h1
    .replace(/<span[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .trim()
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** Text as Pagefind stores it, without its word separators, for comparing with source text. */
const plain = (text: string) => text.replace(/[\u200b\s]/g, '');

/** Every Markdown entry of the site: its collection, file name and front matter. */
function entries(): {
  collection: string;
  id: string;
  data: Record<string, unknown>;
  body: string;
}[] {
  const base = join(process.cwd(), 'src', 'content');
  return readdirSync(base, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(base, d.name))
        .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
        .map((f) => {
          const { frontmatter, body } = splitMarkdown(readFileSync(join(base, d.name, f), 'utf8'));
          return {
            collection: d.name,
            id: f.replace(/\.mdx?$/, ''),
            data: (frontmatter?.data ?? {}) as Record<string, unknown>,
            body,
          };
        }),
    );
}

describe('the search index is part of the build', () => {
  it('is written to dist/pagefind as one index, in Simplified Chinese (zh-cn)', () => {
    const entry = JSON.parse(readFileSync(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn']?.page_count).toBe(fragments().length);
    expect(fragments().length).toBeGreaterThan(10);
    // Every file of the index is the zh-cn index's.
    const dataFiles = allFiles(pagefindDir).filter((f) =>
      /\.pf_(index|meta|fragment|filter)$/.test(f),
    );
    expect(dataFiles.length).toBeGreaterThan(0);
    expect(dataFiles.filter((f) => !/(^|\/|\.)zh-cn_/.test(f))).toEqual([]);
    for (const file of ['pagefind.js', 'pagefind-component-ui.js', 'pagefind-worker.js'])
      expect(existsSync(join(pagefindDir, file))).toBe(true);
    expect(allFiles().filter((f) => f.endsWith('.pf_index')).length).toBeGreaterThan(0);
  });

  it('writes nothing into public/', () => {
    const publicFiles = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? publicFiles(join(dir, e.name)) : [join(dir, e.name)],
      );
    const found = publicFiles(join(process.cwd(), 'public')).filter((f) =>
      /pagefind|\.pf_(index|meta|fragment|filter)$/.test(f),
    );
    expect(found).toEqual([]);
  });
});

describe('what is indexed', () => {
  const indexed = fragments();
  const urls = new Set(indexed.map((f) => f.url));

  it('holds exactly the Simplified pages marked data-pagefind-body: no header, footer or list page, no copy', () => {
    const marked = allPages()
      .filter((p) => /<[^>]+\sdata-pagefind-body[\s>=]/.test(page(p)))
      .map((p) => p.replace(/index\.html$/, ''));
    // No Traditional or elder copy keeps the mark (src/lib/versions/search-marks.ts).
    expect(marked.length).toBeGreaterThan(10);
    expect(marked.filter(isReaderCopy)).toEqual([]);
    expect([...urls].sort()).toEqual(marked.sort());
    expect([...urls].filter(isReaderCopy)).toEqual([]);
    for (const listPage of ['/', '/notices/', '/activities/', '/search/', '/404.html'])
      expect(urls.has(listPage)).toBe(false);
  });

  it('covers every kind of page a reader searches for', () => {
    const kinds = new Set(indexed.map((f) => f.meta['type']));
    expect([...kinds].sort()).toEqual(
      [
        '倡议',
        '单位',
        '地区',
        '故事',
        '活动',
        '活动安排',
        '表彰',
        '通知',
        '结对帮扶',
        '帮扶企业',
        '结对村',
      ].sort(),
    );
  });

  it('leaves out the site’s navigation and footer text', () => {
    for (const f of indexed) {
      expect(plain(f.content)).not.toContain('跳到正文');
      expect(plain(f.content)).not.toContain('本站为静态网站');
    }
  });

  it('never holds a draft', () => {
    const drafts = entries().filter((e) => e.data['draft'] === true);
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) {
      expect(urls.has(`/${draft.collection}/${draft.id}/`)).toBe(false);
      const title = String(draft.data['title'] ?? draft.data['name']);
      const sentences = draft.body
        .split(/[。\n]/)
        .map(plain)
        .filter((s) => s.length >= 6);
      for (const f of indexed) {
        expect(f.meta['title']).not.toBe(title);
        for (const sentence of sentences) expect(plain(f.content)).not.toContain(sentence);
      }
    }
  });

  it('leaves out pages kept out of the search: noindex: true, and /changyishu/ (a copy of an appeal)', () => {
    for (const e of entries().filter(
      (x) => x.data['noindex'] === true && x.data['draft'] !== true,
    )) {
      expect(urls.has(`/${e.collection}/${e.id}/`)).toBe(false);
      expect(existsSync(join(distDir, e.collection, e.id, 'index.html'))).toBe(true);
    }
    expect(urls.has('/changyishu/')).toBe(false);
    expect(existsSync(join(distDir, 'changyishu', 'index.html'))).toBe(true);
  });
});

describe('what each result carries', () => {
  const indexed = fragments();

  it('a title (the page’s own h1 without the 示例 label), a type and filters', () => {
    for (const f of indexed) {
      expect(f.meta['title'], f.url).toBe(headingOf(page(f.url)));
      expect(f.meta['type'], f.url).toBeTruthy();
      expect(f.filters['类型'], f.url).toEqual([f.meta['type']]);
      expect(f.meta['keywords'], f.url).toBeTruthy();
    }
  });

  it('a date and a year for every dated entry, matching what the page shows', () => {
    for (const f of indexed.filter((x) =>
      ['通知', '活动', '故事', '倡议'].includes(x.meta['type'] ?? ''),
    )) {
      expect(f.meta['date'], f.url).toBeTruthy();
      expect(plain(f.content), f.url).toContain(plain(f.meta['date'] ?? ''));
      expect(f.filters['年度'], f.url).toHaveLength(1);
    }
  });

  it('an activity’s 类别 and 扶贫领域, as its front matter gives them; no other page has them', () => {
    const activities = new Map(
      entries()
        .filter((e) => e.collection === 'activities')
        .map((e) => [`/activities/${e.id}/`, e.data]),
    );
    let withAreas = 0;
    for (const f of indexed) {
      const data = activities.get(f.url);
      if (!data) {
        expect(f.filters['类别'], f.url).toBeUndefined();
        expect(f.filters['扶贫领域'], f.url).toBeUndefined();
        continue;
      }
      expect(f.filters['类别'], f.url).toEqual([data['category']]);
      const areas = (data['areas'] as string[] | undefined) ?? [];
      expect(f.filters['扶贫领域'] ?? [], f.url).toEqual(areas);
      if (areas.length) withAreas++;
    }
    expect(withAreas).toBeGreaterThan(0);
  });

  it('unit and region filters that name real unit and region pages', () => {
    const names = (type: string) =>
      new Set(indexed.filter((f) => f.meta['type'] === type).map((f) => f.meta['title']));
    const units = names('单位');
    const regions = names('地区');
    for (const f of indexed) {
      for (const unit of f.filters['单位'] ?? [])
        expect(units.has(unit), `${f.url}: ${unit}`).toBe(true);
      for (const region of f.filters['地区'] ?? [])
        expect(regions.has(region), `${f.url}: ${region}`).toBe(true);
    }
  });
});

describe('/zh-hant/search/ shows every result of the one index in Traditional', () => {
  const indexed = fragments();
  const table = JSON.parse(readFileSync(join(distDir, foldTablePath), 'utf8')) as FoldTable;
  const write = makeHantWriter(table);
  const fold = makeFolder(table);

  it('each result’s Traditional title (title_hant, else the title) is the heading of its /zh-hant/ page', () => {
    for (const f of indexed) {
      const copy = page(`/zh-hant${f.url}`);
      expect(copy, f.url).toContain('lang="zh-Hant"');
      const title = f.meta['title_hant'] ?? f.meta['title'];
      expect(title, f.url).toBe(headingOf(copy));
      if (f.meta['title_hant']) expect(f.meta['title_hant']).not.toBe(f.meta['title']);
    }
  });

  it('types, dates, 示例 and filter names and values: the table writes them as the site does, and folds them back', () => {
    const texts = new Set<string>();
    for (const f of indexed) {
      for (const key of ['type', 'date', 'example']) if (f.meta[key]) texts.add(f.meta[key]);
      for (const [name, values] of Object.entries(f.filters)) {
        texts.add(name);
        for (const value of values) texts.add(value);
      }
    }
    expect(texts.size).toBeGreaterThan(20);
    for (const text of texts) {
      expect(write(text), text).toBe(toTraditional(text));
      // The address of /zh-hant/search/ spells filter values in Traditional; they must fold back.
      expect(fold(write(text), 'hans'), text).toBe(text);
    }
  });

  it('the table writes every page’s text (what excerpts are cut from) exactly as the site’s conversion does', () => {
    const simplifiedOnly = simplifiedOnlyChars(table);
    // Characters a Traditional reader must never see: the site's Simplified text has them.
    for (const c of '贫办县') expect(simplifiedOnly.has(c), c).toBe(true);
    let found = 0;
    for (const f of indexed) {
      const text = f.content.replace(/\u200b/g, '');
      found += [...text].filter((c) => simplifiedOnly.has(c)).length;
      const written = write(text);
      expect(written, f.url).toBe(toTraditional(text));
      expect(
        [...written].filter((c) => simplifiedOnly.has(c)),
        f.url,
      ).toEqual([]);
    }
    expect(found).toBeGreaterThan(100);
  });
});
