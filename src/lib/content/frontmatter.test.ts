import { describe, expect, it } from 'vitest';
import { parseYamlSource, splitMarkdown } from './frontmatter.ts';

const doc = [
  '---', //                      1
  'title: 研讨会', //            2
  'lead: [地委宣传部, 地区扶贫办]', // 3
  'contact:', //                 4
  '  name: 谢*', //              5
  '  email: a@b.cn', //          6
  'deadlines:', //               7
  '  - task: 上报方案', //       8
  '    due: "[..2020-07-11]"', // 9
  '  - task: 上报总结', //       10
  '    due: "[..2020-10-18]"', // 11
  '---', //                      12
  '', //                         13
  '正文第一段。', //             14
].join('\n');

describe('splitMarkdown', () => {
  it.each([
    ['LF', doc],
    ['CRLF', doc.replace(/\n/g, '\r\n')],
    ['byte-order mark', `\uFEFF${doc}`],
  ])('finds the front matter and the body line (%s)', (_, source) => {
    const md = splitMarkdown(source);
    expect(md.frontmatter?.errors).toEqual([]);
    expect(md.frontmatter?.data).toMatchObject({
      title: '研讨会',
      lead: ['地委宣传部', '地区扶贫办'],
    });
    expect(md.bodyLine).toBe(13);
    expect(md.body.trim()).toBe('正文第一段。');
  });

  it.each([
    ['no fence', '# 标题\n\n正文', null],
    ['fence not on the first line', '\n---\ntitle: x\n---\n正文', null],
    ['an unclosed fence', '---\ntitle: x\n正文', null],
  ])('has no front matter with %s', (_, source, expected) => {
    const md = splitMarkdown(source);
    expect(md.frontmatter).toBe(expected);
    expect(md.body).toBe(source);
    expect(md.bodyLine).toBe(1);
  });

  it.each([
    ['empty front matter', '---\n---\n正文', {}, 3],
    ['no body', '---\ntitle: x\n---', { title: 'x' }, 3],
    [
      'three dashes inside a value',
      '---\ntitle: 甲---乙\nsummary: 摘要---\n---\n正文',
      { title: '甲---乙', summary: '摘要---' },
      5,
    ],
    ['a closing fence followed by spaces', '---\ntitle: x\n---  \n正文', { title: 'x' }, 4],
  ])('handles %s', (_, source, data, bodyLine) => {
    const md = splitMarkdown(source);
    expect(md.frontmatter?.errors).toEqual([]);
    expect(md.frontmatter?.data ?? {}).toEqual(data);
    expect(md.bodyLine).toBe(bodyLine);
  });
});

describe('lineOf: the line in the file where a key stands', () => {
  const fm = splitMarkdown(doc).frontmatter;
  it.each([
    [['title'], 2],
    [['lead'], 3],
    [['lead', 1], 3],
    [['contact'], 4],
    [['contact', 'email'], 6],
    [['deadlines', 0], 8],
    [['deadlines', 1, 'due'], 11],
    [['deadlines', 1, 'nothing'], 10],
    [['missing'], 2],
  ] as [PropertyKey[], number][])('%j → line %i', (path, line) => {
    expect(fm?.lineOf(path)).toBe(line);
  });

  it('counts from the first line it is given', () => {
    const y = parseYamlSource('- name: 甲\n  slug: jia\n- name: 乙\n  slug: yi\n', 1);
    expect(y.lineOf([1, 'slug'])).toBe(4);
    expect(parseYamlSource('a: 1\nb: 2', 10).lineOf(['b'])).toBe(11);
  });
});

describe('YAML errors carry the line of the file', () => {
  it.each([
    ['an unclosed list', '---\ntitle: x\nlead: [地委宣传部\nsummary: y\n---\n', [3, 4]],
    ['a duplicated key', '---\ntitle: x\nsummary: y\ntitle: z\n---\n', [4, 4]],
    ['a tab for indentation', '---\ncontact:\n\tname: x\n---\n', [3, 3]],
    ['an unclosed quote', '---\ntitle: "x\nsummary: y\n---\n', [2, 3]],
  ])('%s: on the line of the mistake or the one after', (_, source, [from, to]) => {
    const fm = splitMarkdown(source).frontmatter;
    expect(fm?.data).toBeNull();
    expect(fm?.errors.length).toBeGreaterThan(0);
    const line = fm?.errors[0]?.line ?? 0;
    expect(line).toBeGreaterThanOrEqual(from as number);
    expect(line).toBeLessThanOrEqual(to as number);
    expect(fm?.errors[0]?.message).toBeTruthy();
  });
});
