import { describe, expect, it } from 'vitest';
import { closest, editDistance } from './suggest.ts';

describe('editDistance counts characters, not bytes', () => {
  it.each([
    ['', '', 0],
    ['', '地委宣传部', 5],
    ['地委宣传部', '地委宣传部', 0],
    ['地委宣传处', '地委宣传部', 1],
    ['地区扶贫办', '地区扶贫开发办', 2],
    ['市扶贫办', '市扶贫攻坚工作领导小组办公室', 10],
    ['kitten', 'sitting', 3],
    ['😀a', 'a', 1],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closest lists the nearest known names first', () => {
  const units = [
    '地委宣传部',
    '地委政策研究室',
    '地区扶贫办',
    '地区网信办',
    '地区文明办',
    '市扶贫办',
  ];
  it.each([
    ['地委宣传处', 1, ['地委宣传部']],
    ['地区扶贫', 1, ['地区扶贫办']],
    ['地区网信', 1, ['地区网信办']],
    ['扶贫办', 1, ['市扶贫办']],
  ])('%s → %j', (name, limit, expected) => {
    expect(closest(name, units, limit)).toEqual(expected);
  });

  it.each([
    ['some other text', units, 3, 3],
    ['地区', units, 2, 2],
    ['地区', [], 3, 0],
    ['地区', ['地区扶贫办'], 3, 1],
  ])('%s gives at most the limit (%#)', (name, known, limit, count) => {
    expect(closest(name, known, limit)).toHaveLength(count);
  });

  it('keeps the list order among names at the same distance', () => {
    expect(closest('地区x办', ['地区文明办', '地区网信办', '地区扶贫办'], 3)).toEqual([
      '地区文明办',
      '地区网信办',
      '地区扶贫办',
    ]);
    expect(closest('地区x办', ['地区扶贫办', '地区文明办', '地区网信办'], 3)).toEqual([
      '地区扶贫办',
      '地区文明办',
      '地区网信办',
    ]);
  });
});
