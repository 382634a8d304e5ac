import { describe, expect, it } from 'vitest';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import { satteri } from '@astrojs/markdown-satteri';
import config from '../../../astro.config.mjs';
import {
  attributeName,
  checkBody,
  findDisallowed,
  bodyTree,
  markdownFeatures,
  schemeOf,
  type Refusal,
} from './html-allowlist.ts';

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

// Known payloads: each must be reported by the check and neutralised in the rendered page.
const payloads: [string, string, Refusal][] = [
  ['img onerror', '<img src=x onerror=alert(1)>', 'handler'],
  ['svg onload', '<svg onload=alert(1)><circle r="1"/></svg>', 'handler'],
  ['javascript: link (Markdown)', '[点我](javascript:alert(1))', 'javascript'],
  ['javascript: link (HTML)', '<a href="javascript:alert(1)">点我</a>', 'javascript'],
  ['entity-encoded javascript:', '<a href="jav&#x61;script:alert(1)">点我</a>', 'javascript'],
  ['javascript: with tab and case', '<a href=" JaVa\tScRiPt:alert(1)">点我</a>', 'javascript'],
  ['javascript: autolink', '<javascript:alert(1)>', 'javascript'],
  ['javascript: reference link', '[点我][1]\n\n[1]: javascript:alert(1)', 'javascript'],
  [
    'data: link',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">点我</a>',
    'data',
  ],
  ['data: image', '![图](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)', 'data'],
  ['iframe', '<iframe src="https://example.com/video"></iframe>', 'embed'],
  ['object', '<object data="movie.swf"></object>', 'embed'],
  ['embed', '<embed src="movie.swf">', 'embed'],
  ['script', '<script>alert(1)</script>', 'script'],
  ['inline handler on an allowed tag', '正文 <b onclick="alert(1)">粗体</b>', 'handler'],
  ['handler on a block', '<div onmouseover="alert(1)">块</div>', 'handler'],
  ['style element', '<style>body{display:none}</style>', 'tag'],
  ['style attribute', '<p style="position:fixed">x</p>', 'attribute'],
  ['mXSS through math', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', 'tag'],
];

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

describe('checkBody', () => {
  it.each(payloads)('reports %s', (_name, payload, refusal) => {
    const findings = checkBody(`第一段。\n\n${payload}\n`);
    expect(findings.map((f) => f.refusal)).toContain(refusal);
    expect(findings.every((f) => f.line >= 3)).toBe(true);
    expect(findings.every((f) => f.reason.length > 0)).toBe(true);
  });

  it('asks for Markdown image syntax instead of an HTML <img>, on its line', () => {
    const findings = checkBody('一\n\n二\n\n<img src="./images/a.png" alt="说明">\n');
    expect(findings).toMatchObject([{ refusal: 'image', line: 5 }]);
  });

  it('reads the construct as the browser does, and shows it as the editor wrote it', () => {
    const [finding] = checkBody('<a href="jav&#x61;script:alert(1)">x</a>');
    expect(finding).toMatchObject({
      refusal: 'javascript',
      tag: 'a',
      attribute: 'href',
      value: 'javascript:alert(1)',
      found: '<a href="jav&#x61;script:alert(1)">',
      line: 1,
    });
  });

  it('places each finding on its own line', () => {
    const findings = checkBody(
      'a\n\n<iframe src="https://x"></iframe>\n\nb\n\n[c](javascript:1)\n',
    );
    expect(findings.map((f) => [f.refusal, f.line])).toEqual([
      ['embed', 3],
      ['javascript', 7],
    ]);
  });
});

describe('findDisallowed', () => {
  it('finds nothing in plain text that only mentions javascript: or data:', () => {
    expect(findDisallowed(bodyTree('写 javascript: 或 data: 这样的文字没有问题。'))).toEqual([]);
  });
});

describe('helpers', () => {
  it.each([
    ['javascript:alert(1)', 'javascript'],
    [' \tJaVa\nScript:x', 'javascript'],
    ['DATA:text/html,x', 'data'],
    ['https://example.com', 'https'],
    ['./images/a.png', ''],
    ['/notices/', ''],
  ])('schemeOf(%j) = %j', (url, scheme) => expect(schemeOf(url)).toBe(scheme));

  it.each([
    ['onClick', 'onclick'],
    ['className', 'class'],
    ['ariaDescribedBy', 'aria-described-by'],
    ['href', 'href'],
  ])('attributeName(%s) = %s', (property, name) => expect(attributeName(property)).toBe(name));
});

describe('checkBody on a link with Chinese in it', () => {
  it('finds the line although the tree holds the URL percent-encoded', () => {
    expect(checkBody("\n报名请[点击这里](javascript:alert('报名'))。\n")).toMatchObject([
      { refusal: 'javascript', line: 2, found: "[点击这里](javascript:alert('报名')" },
    ]);
  });
});
