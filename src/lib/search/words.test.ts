import { describe, expect, it } from 'vitest';
import { searchKeywords, searchWords } from './words.ts';

const strip = (text: string) => text.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase();

describe('searchWords: a query as Pagefind splits it in the browser', () => {
  it.each([
    '研讨会',
    '2020 年扶贫日',
    '“百企帮百村”！',
    'Pagefind 搜索',
    '塔地扶贫领办字〔2020〕15号',
  ])('%s: every letter kept, in order, punctuation dropped', (text) => {
    const words = searchWords(text);
    expect(words.join('')).toBe(strip(text));
    expect(words.every((w) => w.length > 0 && w === w.toLowerCase())).toBe(true);
  });

  it.each(['', '，。！', '  '])('%j has no words', (text) => {
    expect(searchWords(text)).toEqual([]);
  });
});

describe('searchKeywords: what a page is about, as whole words', () => {
  it.each([
    ['市扶贫办', ['扶贫办', '市扶贫办', '扶贫', '贫办']],
    ['举办“习近平总书记关于扶贫工作的重要论述”研讨会', ['研讨会', '扶贫工作', '重要论述']],
    ['启动“百企帮百村”活动', ['百企帮百村', '活动']],
  ])('%s: holds every word of a query drawn from it', (title, queries) => {
    const keywords = searchKeywords([title]).split(' ');
    for (const query of queries)
      for (const word of searchWords(query)) expect(keywords).toContain(word);
  });

  it('lists the words first, then each Han character not already a word, each once', () => {
    const keywords = searchKeywords(['研讨会', '研讨']).split(' ');
    const words = [...new Set([...searchWords('研讨会'), ...searchWords('研讨')])];
    expect(keywords.slice(0, words.length)).toEqual(words);
    expect(new Set(keywords).size).toBe(keywords.length);
    for (const char of '研讨会') expect(keywords).toContain(char);
  });

  it('skips missing fields', () => {
    expect(searchKeywords([undefined, '', '塔城'])).toBe(searchKeywords(['塔城']));
  });
});
