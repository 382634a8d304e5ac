/**
 * The benchmark's split of a page's bytes (scripts/bench/page-bytes.ts): class attributes,
 * head, the chrome before <main>, main and what follows, in bytes of UTF-8, and the
 * reader version a page path belongs to.
 */
import { describe, expect, it } from 'vitest';
import { addSplit, emptyTotals, splitPage, versionOf } from '../../scripts/bench/page-bytes.ts';

const head = '<head><title>扶贫日</title></head>';
const before = '<body class="site-body"><header class="a b">页眉</header>';
const main = '<main id="main"><p class="a b">正文</p></main>';
const after = '<footer>页脚</footer></body></html>';
const html = `<!doctype html><html lang="zh-CN">${head}${before}${main}${after}`;
const bytes = (s: string) => Buffer.byteLength(s);

describe('splitPage', () => {
  const s = splitPage(html);

  it('counts UTF-8 bytes, not characters', () => {
    expect(s.total).toBe(bytes(html));
  });

  it('splits the page at the head and at main', () => {
    expect(s.head).toBe(bytes(head));
    expect(s.beforeMain).toBe(bytes(before));
    expect(s.main).toBe(bytes(main));
    expect(s.afterMain).toBe(bytes(after));
    expect(s.total - s.head - s.beforeMain - s.main - s.afterMain).toBe(
      bytes('<!doctype html><html lang="zh-CN">'),
    );
  });

  it('counts each class attribute with its name, quotes and leading space', () => {
    expect(s.classAttrs).toBe(bytes(' class="site-body"') + 2 * bytes(' class="a b"'));
    expect(s.classes.get('a b')).toEqual({ count: 2, bytes: 2 * bytes(' class="a b"') });
  });

  it('adds pages up', () => {
    const t = emptyTotals();
    addSplit(t, s);
    addSplit(t, s);
    expect(t.pages).toBe(2);
    expect(t.total).toBe(2 * s.total);
    expect(t.classes.get('a b')?.count).toBe(4);
  });

  it('treats a page without main as all chrome after the head', () => {
    const p = splitPage(`<html>${head}<body><p>无正文</p></body></html>`);
    expect(p.main).toBe(0);
    expect(p.afterMain).toBe(0);
    expect(p.beforeMain).toBe(bytes('<body><p>无正文</p></body></html>'));
  });
});

it.each([
  ['/index.html', 'zh-hans'],
  ['/activities/x/index.html', 'zh-hans'],
  ['/zh-hant/index.html', 'zh-hant'],
  ['/elder/notices/index.html', 'elder'],
  ['/zh-hant/elder/index.html', 'zh-hant/elder'],
])('%s belongs to %s', (path, version) => {
  expect(versionOf(path)).toBe(version);
});
