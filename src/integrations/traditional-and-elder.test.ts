import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { foldTablePath } from '../lib/search/script-fold.ts';
import { hantPageUrls, traditionalAndElder } from './traditional-and-elder.ts';

// The build step on a tiny build output of its own: a page, an admin page to skip, a feed.
const dir = mkdtempSync(join(tmpdir(), 'readers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, text: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
};
const page = (body: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><title>扶贫日</title></head><body>${body}</body></html>`;
write(
  'index.html',
  page('<a href="/admin/">管理</a><a href="/notices/">通知</a><a href="/rss.xml">订阅</a>'),
);
write('notices/index.html', page('<main data-pagefind-body><h1>通知公告</h1></main>'));
write('admin/index.html', page('<p>内容管理</p>'));
write(
  'rss.xml',
  '<rss><channel><title>扶贫日</title><link>https://example.gov.cn/</link></channel></rss>',
);
write('sitemap-0.xml', '<urlset><url><loc>https://example.gov.cn/</loc></url></urlset>');

describe('the Traditional and elder build step', async () => {
  const integration = traditionalAndElder({ skip: (path) => path.startsWith('/admin/') });
  const hooks = integration.hooks as Record<string, (options: object) => unknown>;
  const logger = { info: () => {}, warn: () => {}, error: () => {} };
  await hooks['astro:config:done']!({
    config: { site: 'https://example.gov.cn', root: pathToFileURL(`${dir}/`) },
  });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), logger });
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');

  it('writes each page in Traditional, elder and Traditional elder', () => {
    expect(read('zh-hant/index.html')).toContain(
      '<html lang="zh-Hant"><head><title>扶貧日</title>',
    );
    expect(read('elder/notices/index.html')).toContain('<html lang="zh-CN" class="elder">');
    expect(read('elder/notices/index.html')).not.toContain('data-pagefind-body');
    expect(read('zh-hant/elder/notices/index.html')).toContain('<h1>通知公告</h1>');
    // Only the Simplified page is indexed: no copy keeps the mark.
    expect(read('notices/index.html')).toContain('data-pagefind-body');
    expect(read('zh-hant/notices/index.html')).not.toContain('data-pagefind-body');
  });

  it('leaves skipped pages alone, and links to them', () => {
    expect(existsSync(join(dir, 'zh-hant/admin/index.html'))).toBe(false);
    expect(existsSync(join(dir, 'elder/admin/index.html'))).toBe(false);
    expect(read('zh-hant/index.html')).toContain(
      '<a href="/admin/">管理</a><a href="/zh-hant/notices/">通知</a><a href="/zh-hant/rss.xml">訂閱</a>',
    );
  });

  it('writes the feeds in Traditional, never the sitemaps', () => {
    expect(read('zh-hant/rss.xml')).toContain(
      '<title>扶貧日</title><link>https://example.gov.cn/zh-hant/</link>',
    );
    expect(existsSync(join(dir, 'zh-hant/sitemap-0.xml'))).toBe(false);
  });

  it('hands the Traditional pages to the sitemap and writes the folding table', () => {
    expect([...hantPageUrls].sort()).toEqual([
      'https://example.gov.cn/zh-hant/',
      'https://example.gov.cn/zh-hant/notices/',
    ]);
    const table = JSON.parse(read('script-fold.json')) as { hant: [string, string][] };
    expect(table.hant).toContainEqual(['贫', '貧']);
  });
});

describe('the Traditional and elder build step keeps copies between builds', async () => {
  // A project with node_modules/ (where the caches live) and a build output of three pages.
  const project = mkdtempSync(join(tmpdir(), 'readers-cache-'));
  afterAll(() => rmSync(project, { recursive: true, force: true }));
  mkdirSync(join(project, 'node_modules'));
  const out = join(project, 'dist');
  const pages: Record<string, string> = {
    'index.html': page('<a href="/notices/">通知</a><a href="/stories/">故事</a>'),
    'notices/index.html': page('<main data-pagefind-body><h1>通知公告</h1></main>'),
    'stories/index.html': page('<main data-pagefind-body><h1>脱贫故事</h1></main>'),
  };
  /** A fresh build output (Astro empties dist/), the step run on it; what it logged and wrote. */
  const build = async (changes: Record<string, string | null> = {}) => {
    rmSync(out, { recursive: true, force: true });
    for (const [path, html] of Object.entries({ ...pages, ...changes })) {
      if (html === null) continue;
      mkdirSync(join(out, path, '..'), { recursive: true });
      writeFileSync(join(out, path), html);
    }
    const integration = traditionalAndElder();
    const hooks = integration.hooks as Record<string, (options: object) => unknown>;
    const said: string[] = [];
    const logger = { info: (m: string) => said.push(m), warn: () => {}, error: () => {} };
    await hooks['astro:config:done']!({
      config: { site: 'https://example.gov.cn', root: pathToFileURL(`${project}/`) },
    });
    await hooks['astro:build:done']!({ dir: pathToFileURL(`${out}/`), logger });
    const files = ['zh-hant/', 'elder/', 'zh-hant/elder/'].flatMap((prefix) =>
      Object.keys({ ...pages, ...changes })
        .filter((p) => changes[p] !== null)
        .map((p) => `${prefix}${p}`),
    );
    return {
      said: said.join('\n'),
      copies: Object.fromEntries(files.map((f) => [f, readFileSync(join(out, f), 'utf8')])),
      fold: readFileSync(join(out, foldTablePath), 'utf8'),
    };
  };
  const first = await build();
  const second = await build();
  const changed = await build({
    'stories/index.html': page('<main data-pagefind-body><h1>脱贫攻坚故事</h1></main>'),
  });
  const removed = await build({
    'stories/index.html': null,
    'index.html': page('<a href="/notices/">通知</a>'),
  });

  it('converts every page the first time and says so', () =>
    expect(first.said).toContain('(3 converted, 0 unchanged and restored from the cache)'));

  it('restores every unchanged page the second time, byte for byte', () => {
    expect(second.said).toContain('(0 converted, 3 unchanged and restored from the cache)');
    expect(second.copies).toEqual(first.copies);
    expect(second.fold).toBe(first.fold);
  });

  it('converts a changed page again, and only it', () => {
    expect(changed.said).toContain(
      '(1 converted, 2 unchanged and restored from the cache, 1 stale copies removed)',
    );
    expect(changed.copies['zh-hant/stories/index.html']).toContain('<h1>脫貧攻堅故事</h1>');
  });

  it('converts every page again when the site’s pages change (links depend on them), and removes stale copies', () => {
    expect(removed.said).toContain(
      '(2 converted, 0 unchanged and restored from the cache, 3 stale copies removed)',
    );
    expect(removed.copies['zh-hant/index.html']).toContain('<a href="/zh-hant/notices/">通知</a>');
  });
});
