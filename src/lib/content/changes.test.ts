import { describe, expect, it } from 'vitest';
import { latestChange, newestFirst, revisionOf, type Change } from './changes.ts';

const a: Change = { date: '2020-10-01', note: '改期' };
const b: Change = { date: '2020-10-09', note: '延期' };
const c: Change = { date: '2020-10-09', note: '补充地点' };

describe('newestFirst', () => {
  it.each([
    { name: 'empty', input: [], expected: [] },
    { name: 'already newest first', input: [b, a], expected: [b, a] },
    { name: 'oldest first', input: [a, b], expected: [b, a] },
    { name: 'same day keeps written order', input: [a, b, c], expected: [b, c, a] },
  ])('$name', ({ input, expected }) => {
    expect(newestFirst(input)).toEqual(expected);
  });
});

describe('latestChange and revisionOf', () => {
  it.each([
    { name: 'never changed', input: [], latest: undefined, sequence: 0, lastModified: null },
    { name: 'one change', input: [a], latest: a, sequence: 1, lastModified: '2020-10-01' },
    {
      name: 'two, written oldest first',
      input: [a, b],
      latest: b,
      sequence: 2,
      lastModified: '2020-10-09',
    },
    { name: 'three', input: [c, a, b], latest: c, sequence: 3, lastModified: '2020-10-09' },
  ])('$name', ({ input, latest, sequence, lastModified }) => {
    expect(latestChange(input)).toEqual(latest);
    expect(revisionOf(input)).toEqual({ sequence, lastModified });
  });
});
