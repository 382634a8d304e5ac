import { describe, expect, it } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { satteri } from '@astrojs/markdown-satteri';
import config from '../../astro.config.mjs';
import { checkBody } from '../lib/security/check-body.ts';
import { markdownFeatures, schemeOf } from '../lib/security/html-allowlist.ts';
import { payloads } from '../lib/security/xss-payloads.test-support.ts';

/** Renders Markdown exactly as the site does: the processor configured in astro.config.mjs. */
async function render(markdown: string, processor = config.markdown?.processor): Promise<string> {
  if (!processor) throw new Error('astro.config.mjs sets no markdown.processor');
  const renderer = await processor.createRenderer({
    syntaxHighlight: false,
    gfm: true,
    smartypants: true,
  } as never);
  const { code } = await renderer.render(markdown, {
    frontmatter: {},
    fileURL: new URL('file:///tmp/x.md'),
  } as never);
  return code;
}

/** Every element of an HTML fragment (scripts and styles too), read by an independent parser (htmlparser2). */
const elements = (html: string): Element[] =>
  DomUtils.findAll(() => true, parseDocument(html).children);

/** What would run or load in a browser: scripts, frames, handlers, script and data URLs. */
function dangers(html: string): string[] {
  const found: string[] = [];
  for (const el of elements(html)) {
    if (
      [
        'script',
        'iframe',
        'object',
        'embed',
        'frame',
        'svg',
        'math',
        'form',
        'base',
        'meta',
        'link',
        'style',
      ].includes(el.name)
    )
      found.push(`<${el.name}>`);
    for (const [name, value] of Object.entries(el.attribs)) {
      if (/^on/i.test(name)) found.push(`${name}=`);
      if (
        ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcset', 'poster'].includes(
          name,
        ) &&
        /^(javascript|vbscript|data):/.test(schemeOf(value) + ':')
      )
        found.push(`${name}=${value}`);
    }
  }
  return found;
}

describe('the rendered Markdown (the processor in astro.config.mjs)', () => {
  it.each(payloads)('neutralises %s', async (_name, payload) => {
    const html = await render(`第一段。\n\n${payload}\n`);
    expect(dangers(html)).toEqual([]);
  });

  it.each(payloads.slice(0, 5))(
    "would let %s through without the allowlist (Astro's default pipeline)",
    async (_name, payload) => {
      expect(dangers(await render(`第一段。\n\n${payload}\n`, satteri()))).not.toEqual([]);
    },
  );

  it('leaves allowed HTML and every Markdown construct as plain Markdown renders them', async () => {
    const md = [
      '# 标题',
      '',
      '正文 **粗体** *斜体* ~~删除~~ [链接](https://example.com/) [站内](/notices/) <https://example.org/> 电话 [0901-1234567](tel:09011234567)',
      '',
      '- [ ] 待办',
      '- [x] 已办',
      '',
      '1. 一',
      '2. 二',
      '',
      '> 引用',
      '',
      '| 左 | 中 | 右 |',
      '|:--|:-:|--:|',
      '| 1 | 2 | 3 |',
      '',
      '```',
      'code',
      '```',
      '',
      '行内 `code`',
      '',
      '---',
      '',
      '<kbd>Ctrl</kbd> <sub>下</sub><sup>上</sup> <mark>标记</mark>',
      '',
      '<details><summary>展开</summary>内容</details>',
      '',
      '脚注[^1]',
      '',
      '[^1]: 注释',
      '',
    ].join('\n');
    expect(checkBody(md)).toEqual([]);
    const plain = await render(md, satteri({ features: markdownFeatures }));
    expect(await render(md)).toBe(plain);
  });

  it('keeps footnote links working (one id prefix, not two)', async () => {
    const html = await render('脚注[^1]\n\n[^1]: 注释\n');
    const ids = new Set(
      elements(html)
        .map((e) => e.attribs.id)
        .filter(Boolean),
    );
    const targets = elements(html)
      .map((e) => e.attribs.href)
      .filter((h): h is string => Boolean(h?.startsWith('#')));
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(ids).toContain(t.slice(1));
  });
});
