import { describe, expect, it } from 'vitest';
import { decodeEntities, findUnsafe } from './unsafe-markup.ts';

describe('decodeEntities', () => {
  it.each([
    ['jav&#x61;script:', 'javascript:'],
    ['jav&#X61;script:', 'javascript:'],
    ['jav&#97;script:', 'javascript:'],
    ['jav&#0000097script&colon;', 'javascript:'],
    ['java&Tab;script&colon;', 'java\tscript:'],
    ['a&NewLine;b', 'a\nb'],
    ['&lt;script&gt;', '<script>'],
    ['&amp;&quot;&apos;', '&"\''],
    ['&nbsp;&copy;', '&nbsp;&copy;'],
    ['扶贫日 &#25206;', '扶贫日 扶'],
    ['&#99999999;', '&#99999999;'],
    ['&#x110000;', '&#x110000;'],
    ['no entities', 'no entities'],
  ])('%s → %j', (input, output) => {
    expect(decodeEntities(input)).toBe(output);
  });
});

describe('findUnsafe: what a Markdown body may not contain', () => {
  it.each([
    ['script tag', '正文\n\n<script>alert(1)</script>', 3, '<script>', 'script'],
    [
      'script tag in capitals',
      '<SCRIPT src="https://x.example/a.js"></SCRIPT>',
      1,
      '<SCRIPT',
      'script',
    ],
    ['script split over lines', '<script\n>alert(1)</script>', 1, '<script', 'script'],
    ['javascript: link', '[点此](javascript:alert(1))', 1, 'javascript:', 'javascript:'],
    ['javascript: with spaces', '[点此]( java script:alert(1))', 1, 'java script:', 'javascript:'],
    [
      'javascript: as hex reference',
      '[点此](jav&#x61;script:alert(1))',
      1,
      'jav&#x61;script:',
      'javascript:',
    ],
    [
      'javascript: as decimal reference',
      '<a href="&#106;avascript:alert(1)">点此</a>',
      1,
      '&#106;avascript:',
      'javascript:',
    ],
    [
      'javascript: hidden by a tab reference',
      '[点此](java&Tab;script&colon;alert(1))',
      1,
      'java&Tab;script&colon;',
      'javascript:',
    ],
    ['vbscript: link', '[点此](vbscript:msgbox(1))', 1, 'vbscript:', 'vbscript:'],
    ['img onerror', '<img src="x" onerror="alert(1)">', 1, 'onerror', 'on…'],
    ['svg onload', '图\n<svg onload=alert(1)>', 2, 'onload', 'on…'],
    [
      'onerror on the next line of a tag',
      '<img src="x"\n  onerror="alert(1)">',
      1,
      'onerror',
      'on…',
    ],
    ['iframe', '<iframe src="https://example.com"></iframe>', 1, '<iframe', '嵌入'],
    ['object', '<object data="x.swf"></object>', 1, '<object', '嵌入'],
    ['embed', '<embed src="x.swf">', 1, '<embed', '嵌入'],
    ['form', '<form action="https://x.example">', 1, '<form', '嵌入'],
    [
      'meta refresh',
      '<meta http-equiv="refresh" content="0;url=https://x.example">',
      1,
      '<meta',
      '嵌入',
    ],
    ['data: image', '![图](data:image/svg+xml;base64,PHN2Zz4=)', 1, 'data:', 'data:'],
    ['data: href', '<a href="data:text/html,<b>x</b>">x</a>', 1, 'data:', 'data:'],
  ])('%s: reports what was written', (_, body, line, found, reason) => {
    const findings = findUnsafe(body);
    expect(findings.length).toBeGreaterThan(0);
    const hit = findings.find((f) =>
      f.found.toLowerCase().replace(/\s/g, '').includes(found.toLowerCase().replace(/\s/g, '')),
    );
    expect(hit, JSON.stringify(findings)).toBeDefined();
    expect(hit?.line).toBe(line);
    expect(hit?.reason).toContain(reason);
  });

  it.each([
    ['plain Chinese text', '2020年10月17日是我国第七个扶贫日，也是第28个国际消除贫困日。'],
    ['a Markdown link', '[塔城地区](https://www.example.gov.cn/) 和 [本站](/notices/)'],
    ['an image', '![群众领取宣传挂图](./images/guatu.jpg)'],
    ['words that merely contain script or on', '脚本 description onward scripture ongoing=1'],
    ['a mail link', '[报送邮箱](mailto:1435142522@qq.com)'],
    ['safe inline HTML', '<abbr title="国际消除贫困日">IDEP</abbr> <br>'],
    ['a colon after java', 'Java: 一种语言'],
    ['a large character reference', '&#99999999; 不是字符'],
  ])('allows %s', (_, body) => {
    expect(findUnsafe(body)).toEqual([]);
  });

  it('reports every unsafe thing, each on its own line', () => {
    const body = [
      '第一段',
      '<script>x()</script>',
      '第三段',
      '[a](javascript:void(0))',
      '<iframe src=x>',
    ].join('\n');
    expect(findUnsafe(body).map((f) => f.line)).toEqual([2, 4, 5]);
  });
});
