import { describe, expect, it } from 'vitest';
import { collectionDocs, kindText, labelOf } from './field-docs.ts';

describe('labelOf', () => {
  it.each([
    ['标题', '标题'],
    ['发文日期（可选）', '发文日期'],
    ['所属扶贫日年度，例如 "2020"', '所属扶贫日年度'],
    ['种类：individual 个人 或 unit 单位', '种类'],
    ['封面图（可选）：src 图片路径，alt 图片说明', '封面图'],
    ['', ''],
  ])('%j → %j', (comment, label) => expect(labelOf(comment)).toBe(label));
});

describe('collectionDocs', () => {
  const docs = collectionDocs();
  const field = (collection: string, path: string) => {
    const walk = (
      fields: ReturnType<typeof collectionDocs>[number]['fields'],
    ): (typeof fields)[number] | undefined =>
      fields.flatMap((f) => [f, ...(f.fields ?? [])]).find((f) => f.path === path);
    return walk(docs.find((c) => c.name === collection)?.fields ?? []);
  };

  it.each([
    ['notices', 'date', { kind: 'date', required: true }],
    ['notices', 'issued', { kind: 'date', required: false }],
    ['notices', 'publisher', { ref: 'unit', required: true }],
    ['notices', 'contact.name', { kind: 'text', required: true }],
    ['activities', 'lead', { kind: 'list', required: true }],
    ['activities', 'partners', { kind: 'list', required: false, default: [] }],
    ['activities', 'plan', { ref: 'plan', required: false }],
    ['activities', 'category', { kind: 'text', ref: 'category', required: true }],
    ['activities', 'areas', { kind: 'list', required: false, item: { ref: 'area' } }],
    ['stories', 'cover.src', { kind: 'image' }],
    ['appeals', 'ledger.amount', { kind: 'amount', required: true }],
    ['campaigns', 'edition', { kind: 'number', required: false }],
    ['stories', 'draft', { kind: 'boolean', label: '草稿', default: false }],
  ])('%s.%s', (collection, path, expected) => {
    expect(field(collection, path)).toMatchObject(expected);
  });

  it('says how a value is written, in Chinese', () => {
    expect(kindText(field('activities', 'lead') as never)).toBe('单位名称（units.yaml）列表');
    expect(kindText(field('appeals', 'status') as never)).toBe('以下之一：open、closed');
  });

  it('lists the Markdown folders before the YAML lists', () => {
    expect(docs.map((c) => c.shape)).toEqual(
      [...docs.map((c) => c.shape)].sort((a, b) => Number(a === 'list') - Number(b === 'list')),
    );
  });
});
