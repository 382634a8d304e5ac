/** Known attacks on a Markdown body, shared by the content check's tests and the renderer's. */
import type { Refusal } from './html-allowlist.ts';

// Known payloads: each must be reported by the check and neutralised in the rendered page.
export const payloads: [string, string, Refusal][] = [
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
