import { describe, expect, it } from 'vitest';
import { pageVersions } from './copy-page.ts';
import { elderPage } from './elder-page.ts';
import { mapLink, type SiteMap } from './page-dom.ts';
import { traditionalPage, traditionalXml } from './traditional-page.ts';

const origin = 'https://fupinri.example.gov.cn';
const site: SiteMap = {
  pages: new Set(['/', '/notices/', '/notices/x/', '/search/', '/404.html']),
  hantFiles: new Set(['/rss.xml']),
  origin,
};
const options = { toHansLabel: '简体中文' };

const page = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>扶贫日通知</title>
<meta name="description" content="发布扶贫日活动方案"><meta property="og:url" content="${origin}/notices/x/">
<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-abc'">
<link rel="canonical" href="${origin}/notices/x/"><link rel="alternate" hreflang="zh-CN" href="${origin}/notices/x/">
<link rel="alternate" type="application/rss+xml" href="/rss.xml" title="扶贫日通知"><link rel="icon" href="/favicon.svg">
<script>var s="扶贫";</script><style>p::after{content:"扶贫"}</style>
<script type="application/ld+json">{"name":"扶贫日","url":"${origin}/notices/x/","inLanguage":"zh-CN"}</script></head>
<body><a href="/elder/notices/x/" data-mode-toggle>长辈模式</a><a href="/zh-hant/notices/x/" hreflang="zh-Hant" lang="zh-Hant" data-script-switch>繁體中文</a>
<main data-pagefind-body><form action="/search/"><input placeholder="输入关键词" aria-label="搜索"></form>
<p title="示例">扶贫开发 &amp; 发展 <a href="/notices/?page=2#top">通知</a> <a href="/elder/">长辈</a> <a href="https://example.org/a/">外</a>
<a href="/_astro/x.pdf">附件</a> <a href="#main">正文</a> <span data-template="距{year}年扶贫日还有 {n} 天" data-first="2020-10-01">天</span></p>
<p translate="no">简体原文</p><div hidden data-pagefind-ignore><span data-pagefind-meta="title:扶贫日通知书"></span> <span data-pagefind-filter="单位:国务院扶贫办"></span></div>
<div hidden data-pagefind-ignore><p>隐藏的说明</p></div><p data-print-url="${origin}/notices/x/">本页网址</p></main></body></html>`;

describe('traditionalPage', () => {
  const seen: string[] = [];
  const out = traditionalPage(page, '/notices/x/', site, {
    ...options,
    onText: (t) => seen.push(t),
  });

  it.each([
    ['sets the language', '<html lang="zh-Hant">'],
    ['converts text', '<title>扶貧日通知</title>'],
    ['converts text with entities and keeps them escaped', '扶貧開發 &amp; 發展'],
    ['converts the description', '<meta name="description" content="發布扶貧日活動方案">'],
    ['converts text attributes', 'placeholder="輸入關鍵詞" aria-label="搜索"'],
    ['converts title attributes', 'title="示例"'],
    [
      'converts text in data attributes, for scripts',
      'data-template="距{year}年扶貧日還有 {n} 天" data-first="2020-10-01"',
    ],
    [
      'points the canonical at itself',
      `<link rel="canonical" href="${origin}/zh-hant/notices/x/">`,
    ],
    ['points og:url at itself', `<meta property="og:url" content="${origin}/zh-hant/notices/x/">`],
    [
      'keeps the hreflang alternates as they are',
      `<link rel="alternate" hreflang="zh-CN" href="${origin}/notices/x/">`,
    ],
    [
      'points the feed link at the Traditional feed',
      '<link rel="alternate" type="application/rss+xml" href="/zh-hant/rss.xml" title="扶貧日通知">',
    ],
    ['leaves assets alone', '<link rel="icon" href="/favicon.svg">'],
    [
      'rewrites links to pages, keeping query and fragment',
      '<a href="/zh-hant/notices/?page=2#top">通知</a>',
    ],
    [
      'rewrites links to elder pages to Traditional elder pages',
      '<a href="/zh-hant/elder/">長輩</a>',
    ],
    [
      'leaves other sites, files and fragments alone',
      '<a href="https://example.org/a/">外</a>\n<a href="/_astro/x.pdf">附件</a> <a href="#main">正文</a>',
    ],
    ['rewrites form actions', '<form action="/zh-hant/search/">'],
    [
      'rewrites the mode toggle to the Traditional elder page',
      '<a href="/zh-hant/elder/notices/x/" data-mode-toggle>長輩模式</a>',
    ],
    [
      'turns the script switch around',
      '<a href="/notices/x/" hreflang="zh-CN" lang="zh-CN" data-script-switch>简体中文</a>',
    ],
    ['leaves translate="no" alone', '<p translate="no">简体原文</p>'],
    [
      'keeps a hidden block that is not search marks',
      '<div hidden data-pagefind-ignore><p>隱藏的說明</p></div>',
    ],
    [
      'treats site addresses in data attributes as links',
      `data-print-url="${origin}/zh-hant/notices/x/"`,
    ],
    ['leaves the CSP alone', `content="script-src 'self' 'sha256-abc'"`],
    [
      'leaves scripts and styles byte for byte alone',
      '<script>var s="扶贫";</script><style>p::after{content:"扶贫"}</style>',
    ],
    [
      'converts JSON-LD and points it at the Traditional page',
      `{"name":"扶貧日","url":"${origin}/zh-hant/notices/x/","inLanguage":"zh-Hant"}`,
    ],
  ])('%s', (_what, expected) => {
    expect(out).toContain(expected);
  });

  it('reports the text it converted, and not scripts, styles or translate="no"', () => {
    expect(seen).toContain('扶贫日通知');
    expect(seen.join('')).not.toContain('var s');
    expect(seen.join('')).not.toContain('简体原文');
  });

  it('leaves out what only the search index reads, without converting it', () => {
    expect(page).toContain('data-pagefind-filter');
    expect(out).not.toMatch(/data-pagefind-(body|meta|filter)/);
    expect(seen.join('')).not.toContain('国务院扶贫办');
    expect(seen.join('')).not.toContain('扶贫日通知书');
  });
});

describe('elderPage', () => {
  const out = elderPage(page, '/notices/x/', site);

  it.each([
    ['marks the page', '<html lang="zh-CN" class="elder">'],
    ['rewrites links to pages', '<a href="/elder/notices/?page=2#top">通知</a>'],
    ['keeps links already elder', '<a href="/elder/">长辈</a>'],
    [
      'takes the other script along',
      '<a href="/zh-hant/elder/notices/x/" hreflang="zh-Hant" lang="zh-Hant" data-script-switch>',
    ],
    ['turns the mode toggle into the way back', '<a href="/notices/x/" data-mode-toggle>'],
    ['rewrites form actions', '<form action="/elder/search/">'],
    [
      'keeps the canonical on the standard page',
      `<link rel="canonical" href="${origin}/notices/x/">`,
    ],
    [
      'leaves other sites and files alone',
      '<a href="https://example.org/a/">外</a>\n<a href="/_astro/x.pdf">附件</a>',
    ],
    ['leaves the text alone', '扶贫开发 &amp; 发展'],
  ])('%s', (_what, expected) => {
    expect(out).toContain(expected);
  });

  it('leaves out what only the search index reads', () => {
    expect(page).toMatch(/data-pagefind-body[^]*data-pagefind-filter/);
    expect(out).not.toMatch(/data-pagefind-(body|meta|filter)/);
    expect(out).toContain('<div hidden data-pagefind-ignore><p>隐藏的说明</p></div>');
  });

  it('carries no structured data: its canonical page has it', () => {
    expect(page).toContain('application/ld+json');
    expect(out).not.toContain('application/ld+json');
    expect(out).toContain('<script>var s="扶贫";</script>');
  });

  it('adds to an existing class', () => {
    expect(elderPage('<html class="a"><body></body></html>', '/', site)).toContain(
      '<html class="a elder">',
    );
  });
});

describe('traditionalXml: feeds', () => {
  const rss = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<title>扶贫日通知</title><link>${origin}/notices/</link><language>zh-CN</language>
<atom:link href="${origin}/rss.xml" rel="self" type="application/rss+xml"/>
<item><title>关于发布方案的通知</title><link>${origin}/notices/x/</link><guid>${origin}/notices/x/</guid>
<description><![CDATA[<p>扶贫 <a href="${origin}/notices/x/">详情</a> <img src="${origin}/_astro/a.webp"></p>]]></description></item></channel></rss>`;
  const out = traditionalXml(rss, site);

  it.each([
    ['converts text', '<title>扶貧日通知</title>'],
    ['uses the site terms', '<title>關於發布方案的通知</title>'],
    ['sets the language', '<language>zh-Hant</language>'],
    [
      'points links at the Traditional pages',
      `<link>${origin}/zh-hant/notices/x/</link><guid>${origin}/zh-hant/notices/x/</guid>`,
    ],
    ['points the self link at the Traditional feed', `<atom:link href="${origin}/zh-hant/rss.xml"`],
    [
      'converts and rewrites inside CDATA',
      `<![CDATA[<p>扶貧 <a href="${origin}/zh-hant/notices/x/">詳情</a> <img src="${origin}/_astro/a.webp"></p>]]>`,
    ],
  ])('%s', (_what, expected) => {
    expect(out).toContain(expected);
  });
});

describe('mapLink', () => {
  const map = (p: string) => (p === '/a/' ? '/zh-hant/a/' : undefined);
  it.each([
    ['/a/', '/zh-hant/a/'],
    ['/a/?q=1#x', '/zh-hant/a/?q=1#x'],
    [`${origin}/a/`, `${origin}/zh-hant/a/`],
    ['/b/', '/b/'],
    ['//cdn.example/a/', '//cdn.example/a/'],
    ['https://example.org/a/', 'https://example.org/a/'],
    ['a/', 'a/'],
    ['mailto:x@y.z', 'mailto:x@y.z'],
  ])('%s → %s', (href, expected) => {
    expect(mapLink(href, origin, map)).toBe(expected);
  });
});

describe('pageVersions', () => {
  it('gives what traditionalPage and elderPage give, from one parse', () => {
    const seen: string[] = [];
    const versions = pageVersions(page, '/notices/x/', site, {
      ...options,
      onText: (t) => seen.push(t),
    });
    const hant = traditionalPage(page, '/notices/x/', site, options);
    expect(versions).toEqual({
      hant,
      elder: elderPage(page, '/notices/x/', site),
      hantElder: elderPage(hant, '/zh-hant/notices/x/', site),
    });
    expect(versions.elder).toContain('<html lang="zh-CN" class="elder">');
    expect(versions.hantElder).toContain('<html lang="zh-Hant" class="elder">');
    expect(seen).toContain('扶贫日通知');
  });
});
