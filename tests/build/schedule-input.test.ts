/**
 * Bad schedule input stops the build with the file and field named: an activity whose
 * end precedes its start, whose `when` does not parse, or whose campaign or unit does not exist.
 */
import { describe, expect, it } from 'vitest';
import { collections } from '../../src/content.config.ts';
import { type Schemas } from '../../src/lib/content/check-file.ts';
import { formatProblems, type ContentFile } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

const schemas = Object.fromEntries(
  Object.entries(collections).map(([name, c]) => [name, c.schema]),
) as Schemas;
const bytes = (text: string) => new TextEncoder().encode(text);
const reference: ContentFile[] = [
  {
    collection: 'units',
    path: 'src/content/units.yaml',
    bytes: bytes('- name: 地委宣传部\n  slug: diwei-xuanchuanbu\n  kind: party\n'),
  },
  {
    collection: 'campaigns',
    path: 'src/content/campaigns.yaml',
    bytes: bytes('- id: "2020"\n  date: "2020-10-17"\n  theme: 决战决胜脱贫攻坚\n'),
  },
  {
    collection: 'categories',
    path: 'src/content/categories.yaml',
    bytes: bytes('- name: 理论研讨\n  slug: lilunyantao\n  note: 研讨会和座谈会。\n'),
  },
];
const activity = (fields: Record<string, string>) => {
  const data = {
    title: '研讨会',
    campaign: '"2020"',
    when: '"2020-08"',
    lead: '[地委宣传部]',
    category: '理论研讨',
    summary: '摘要',
    ...fields,
  };
  const text = `---\n${Object.entries(data)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n')}\n---\n\n正文。\n`;
  return {
    collection: 'activities',
    path: 'src/content/activities/2020-01-test.md',
    bytes: bytes(text),
  };
};

describe('bad activities stop the build, naming file and field', () => {
  it('accepts a good one', () => {
    expect(validateContent([...reference, activity({})], schemas)).toEqual([]);
  });

  it.each([
    ['end before start', { when: '"2020-10-17/2020-10-10"' }, 'when', 4, '结束日期早于开始日期'],
    ['a month range backwards', { when: '"2020-10/2020-07"' }, 'when', 4, '结束日期早于开始日期'],
    ['a date that does not parse', { when: '"2020年8月"' }, 'when', 4, '不是可识别的 EDTF 日期'],
    ['an impossible month', { when: '"2020-13"' }, 'when', 4, '不是可识别的 EDTF 日期'],
    ['an unknown campaign', { campaign: '"2021"' }, 'campaign', 3, 'campaigns.yaml 中的年度'],
    ['an unknown lead unit', { lead: '[地委宣传处]' }, 'lead.0', 5, 'units.yaml 中的单位名称'],
    [
      'an unknown category',
      { category: '理论学习' },
      'category',
      6,
      'categories.yaml 中的类别名称',
    ],
    ['an unknown area', { areas: '[理论扶贫]' }, 'areas.0', 8, 'areas.yaml 中的扶贫领域名称'],
    [
      'an unknown partner unit',
      { partners: '[地区扶贫办]' },
      'partners.0',
      8,
      'units.yaml 中的单位名称',
    ],
  ])('%s', (_, fields, key, line, expected) => {
    const problems = validateContent([...reference, activity(fields)], schemas);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'src/content/activities/2020-01-test.md',
      key,
      line,
    });
    expect(problems[0]?.expected).toContain(expected);
    expect(formatProblems(problems)).toContain(
      `src/content/activities/2020-01-test.md:${line}  字段 ${key}`,
    );
  });

  it('suggests the closest unit name', () => {
    const [problem] = validateContent([...reference, activity({ lead: '[地委宣传处]' })], schemas);
    expect(problem?.fix).toContain('地委宣传部');
  });
});
