import { describe, expect, it } from 'vitest';
import { checkBody } from './check-body.ts';
import { findDisallowed, bodyTree, attributeName, schemeOf } from './html-allowlist.ts';
import { payloads } from './xss-payloads.test-support.ts';

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
