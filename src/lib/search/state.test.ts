import { describe, expect, it } from 'vitest';
import {
  knownFilters,
  pagefindSort,
  parseSearchState,
  searchStateQuery,
  type SearchState,
} from './state.ts';

describe('a search as its address', () => {
  it.each<[string, SearchState]>([
    ['', { q: '', filters: {}, sort: 'relevance' }],
    ['?q=%E6%89%B6%E8%B4%AB', { q: '扶贫', filters: {}, sort: 'relevance' }],
    ['?q=+消费扶贫+', { q: '消费扶贫', filters: {}, sort: 'relevance' }],
    [
      '?q=扶贫&类型=活动&类型=通知&年度=2020',
      { q: '扶贫', filters: { 类型: ['活动', '通知'], 年度: ['2020'] }, sort: 'relevance' },
    ],
    ['?单位=地委宣传部&sort=date', { q: '', filters: { 单位: ['地委宣传部'] }, sort: 'date' }],
    ['?q=a&sort=oldest&颜色=红&地区=', { q: 'a', filters: {}, sort: 'relevance' }],
    ['?地区=塔城市&地区=塔城市', { q: '', filters: { 地区: ['塔城市'] }, sort: 'relevance' }],
  ])('%s', (search, state) => {
    expect(parseSearchState(search)).toEqual(state);
  });

  it.each<[SearchState, string]>([
    [{ q: '', filters: {}, sort: 'relevance' }, ''],
    [{ q: ' 扶贫 ', filters: {}, sort: 'relevance' }, '?q=%E6%89%B6%E8%B4%AB'],
    [
      { q: '扶贫', filters: { 地区: ['塔城市'], 类型: ['活动'] }, sort: 'date' },
      `?q=%E6%89%B6%E8%B4%AB&${encodeURIComponent('类型')}=${encodeURIComponent('活动')}&${encodeURIComponent('地区')}=${encodeURIComponent('塔城市')}&sort=date`,
    ],
  ])('writes %j as %s', (state, query) => {
    expect(searchStateQuery(state)).toBe(query);
  });

  it('reads back what it writes', () => {
    const state: SearchState = {
      q: '百企帮百村',
      filters: { 类型: ['活动'], 年度: ['年份未定'], 单位: ['市工商联', '“访惠聚”驻村工作队'] },
      sort: 'date',
    };
    expect(parseSearchState(searchStateQuery(state))).toEqual(state);
  });
});

describe('what Pagefind is given', () => {
  it.each([
    ['relevance', {}],
    ['date', { date: 'desc' }],
  ] as const)('order %s → %j', (sort, option) => {
    expect(pagefindSort(sort)).toEqual(option);
  });

  it('keeps only the page’s filter groups that have values', () => {
    expect(knownFilters({ 类型: ['活动'], 地区: [], other: ['x'] })).toEqual({ 类型: ['活动'] });
  });
});
