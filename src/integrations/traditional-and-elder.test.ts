import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
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
  await hooks['astro:config:done']!({ config: { site: 'https://example.gov.cn' } });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), logger });
  const read = (path: string) => readFileSync(join(dir, path), 'utf8');

  it('writes each page in Traditional, elder and Traditional elder', () => {
    expect(read('zh-hant/index.html')).toContain(
      '<html lang="zh-Hant"><head><title>扶貧日</title>',
    );
    expect(read('elder/notices/index.html')).toContain('<html lang="zh-CN" class="elder">');
    expect(read('elder/notices/index.html')).not.toContain('data-pagefind-body');
    expect(read('zh-hant/elder/notices/index.html')).toContain('<h1>通知公告</h1>');
    expect(read('zh-hant/notices/index.html')).toContain('data-pagefind-body');
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
