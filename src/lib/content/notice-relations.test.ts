import { describe, expect, it } from 'vitest';
import {
  isInvalid,
  noticeRelations,
  relatedNoticeIds,
  type RelatedNotice,
} from './notice-relations.ts';

const notices: RelatedNotice[] = [
  { id: 'old', data: { repealedBy: 'new' } },
  { id: 'new', data: { amends: ['mid'], replaces: ['old'] } },
  { id: 'mid', data: {} },
  { id: 'self', data: { amends: ['self'] } },
];

describe('noticeRelations', () => {
  it.each([
    {
      id: 'old',
      expected: [
        { kind: 'repealedBy', other: 'new' },
        { kind: 'replacedBy', other: 'new' },
      ],
    },
    {
      id: 'new',
      expected: [
        { kind: 'repeals', other: 'old' },
        { kind: 'replaces', other: 'old' },
        { kind: 'amends', other: 'mid' },
      ],
    },
    { id: 'mid', expected: [{ kind: 'amendedBy', other: 'new' }] },
    { id: 'self', expected: [] },
    { id: 'unknown', expected: [] },
  ])('$id', ({ id, expected }) => {
    expect(noticeRelations(id, notices)).toEqual(expected);
  });

  it('names each other notice once for the cache key', () => {
    expect(relatedNoticeIds('new', notices)).toEqual(['mid', 'old']);
    expect(relatedNoticeIds('old', notices)).toEqual(['new']);
  });
});

describe('isInvalid', () => {
  it.each([
    { validity: undefined, expected: false },
    { validity: '有效', expected: false },
    { validity: '失效', expected: true },
    { validity: '废止', expected: true },
  ])('$validity', ({ validity, expected }) => {
    expect(isInvalid(validity)).toBe(expected);
  });
});
