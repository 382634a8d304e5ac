import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { describe, expect, it } from 'vitest';
import {
  requireEveryWord,
  searchKeywords,
  searchWords,
  type Pagefind,
  type PagefindSearch,
} from './pagefind-workarounds.ts';

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

describe('requireEveryWord: a query shows results only when every word is in the index', () => {
  /** A fake Pagefind over pages of words: like Pagefind, it drops query words no page has. */
  const fake = (pages: string[][]) => {
    const calls: (string | null)[] = [];
    const pagefind: Pagefind = {
      async search(term) {
        calls.push(term);
        const known = searchWords(term ?? '').filter((w) => pages.some((p) => p.includes(w)));
        const results = pages.filter((p) => known.length && known.every((w) => p.includes(w)));
        const found: PagefindSearch = {
          results,
          unfilteredResultCount: results.length,
          filters: { type: { 活动: results.length } },
        };
        return found;
      },
    };
    return { pagefind, calls };
  };
  const pages = ['消费扶贫', '驻村工作队'].map(searchWords);

  it.each([
    ['消费扶贫', 1],
    ['驻村工作队', 1],
    ['消费', 1],
    ['消费火星', 0],
    ['火星', 0],
  ])('%s: %i results', async (query, count) => {
    const { pagefind } = fake(pages);
    requireEveryWord(pagefind);
    const result = await pagefind.search(query);
    expect(result.results).toHaveLength(count);
    if (count === 0) expect(result.filters).toEqual({ type: { 活动: 0 } });
  });

  it('looks each word up once', async () => {
    const { pagefind, calls } = fake(pages);
    requireEveryWord(pagefind);
    await pagefind.search('消费扶贫');
    await pagefind.search('扶贫消费');
    expect(calls.filter((c) => c === '消费')).toHaveLength(1);
  });
});

/**
 * What the workarounds rely on in the installed Pagefind. Pagefind's browser files (the
 * Component UI and the search library) are embedded in its binary, which is read here.
 */
describe('Pagefind still behaves as the workarounds assume', () => {
  const binary = (() => {
    const cpu = process.env['npm_config_arch'] || arch();
    const os = platform() === 'win32' ? 'windows' : platform();
    const exe = os === 'windows' ? '.exe' : '';
    const require = createRequire(import.meta.url);
    for (const name of ['pagefind_extended', 'pagefind']) {
      try {
        return readFileSync(require.resolve(`@pagefind/${os}-${cpu}/bin/${name}${exe}`), 'latin1');
      } catch {}
    }
    throw new Error(`No Pagefind binary for ${os}-${cpu} under node_modules/@pagefind/`);
  })();

  it('the Component UI is in the installed Pagefind binary', () => {
    expect(
      binary.includes('[Pagefind Component UI]'),
      'Pagefind Component UI bundle not found in the Pagefind binary: the test cannot check the workarounds; find where the upgrade ships it',
    ).toBe(true);
  });

  it('the Component UI keeps its Pagefind in __pagefind__ and searches through its search()', () => {
    expect(
      binary.includes('this.__pagefind__=') && binary.includes('this.__pagefind__.search('),
      'Pagefind upgrade: the Component UI no longer keeps its Pagefind in the private `__pagefind__` field or no longer calls `__pagefind__.search(…)`. requireEveryWord (src/lib/search/pagefind-workarounds.ts, called by src/client/search-ui.ts) now does nothing: queries with an unknown word list pages again. Find the new hook, or check whether Pagefind can now require every word.',
    ).toBe(true);
  });

  it('Pagefind splits queries with Intl.Segmenter at word granularity', () => {
    expect(
      /Intl\.Segmenter\([\w$]+,\s*\{\s*granularity:\s*["'`]word["'`]\s*\}\)/.test(binary),
      'Pagefind upgrade: Pagefind no longer splits queries with Intl.Segmenter(…, { granularity: "word" }). searchWords and the per-character keywords (src/lib/search/pagefind-workarounds.ts) split text another way than queries now are: check how the new Pagefind splits Chinese, and whether the keywords are still needed.',
    ).toBe(true);
  });

  it('Intl.Segmenter (zh-CN) still cuts 扶贫 into characters', () => {
    const pieces = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment('扶贫')].map(
      (s) => s.segment,
    );
    expect(
      pieces,
      'Intl.Segmenter (zh-CN, word) now keeps 扶贫 whole: the per-character keywords (searchKeywords in src/lib/search/pagefind-workarounds.ts) may no longer be needed; check a search for 扶贫 in the browser without them before removing them.',
    ).toEqual(['扶', '贫']);
  });
});
