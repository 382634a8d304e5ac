/**
 * The two places this site works around Pagefind 1.6 (and nothing else does):
 *
 * 1. Per-character keywords (searchKeywords, written by SearchMeta.astro through
 *    page-meta.ts). Pagefind splits a query in the browser with Intl.Segmenter (the
 *    index's language, zh-CN, word granularity), whose dictionary lacks many words of
 *    this site: 扶贫 comes out as 扶 | 贫. Pagefind then looks for each piece as a whole
 *    word, so a page whose text only has 扶贫 would not match. Each page's `keywords`
 *    meta therefore holds its words split the same way (searchWords) and every Han
 *    character of them, so a query matches whether the segmenter keeps a word whole or
 *    cuts it up. Relies on: Pagefind segmenting queries with Intl.Segmenter(…, word).
 *
 * 2. Every query word required (requireEveryWord, used by src/client/search-ui.ts).
 *    Pagefind leaves out query words it cannot find anywhere and searches with the rest
 *    ("best effort"). With Chinese cut into characters that turns a query of unknown
 *    words into a list of pages sharing one character, so the search page replaces the
 *    `search` method of the Component UI instance's Pagefind (the private field
 *    `__pagefind__`, set by triggerLoad) with one that returns no results unless every
 *    word of the query is in the index. Relies on: the Component UI keeping its Pagefind
 *    in `instance.__pagefind__` and searching through `this.__pagefind__.search(…)`.
 *
 * pagefind-workarounds.test.ts reads the installed Pagefind and fails, saying which
 * workaround to revisit, when an upgrade changes what they rely on. The search page's
 * bundle takes requireEveryWord and searchWords from here; searchKeywords runs only at
 * build time and is left out of it.
 */

/** The segmenter Pagefind splits a zh-CN query with. */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The words of `text` in order, lower-cased, without punctuation or spaces, as Pagefind splits a query. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text))
    if (isWordLike) words.push(segment.toLowerCase());
  return words;
}

const HAN = /\p{Script=Han}/u;

/**
 * Workaround 1. The keywords of a page: the words of `texts` once each, then every Han
 * character of them not already a word, so a query matches whether the segmenter keeps
 * a word whole or cuts it into characters.
 */
export function searchKeywords(texts: readonly (string | undefined)[]): string {
  const words = new Set<string>();
  const chars = new Set<string>();
  for (const text of texts) {
    for (const word of searchWords(text ?? '')) {
      words.add(word);
      for (const char of word) if (HAN.test(char)) chars.add(char);
    }
  }
  return [...words, ...[...chars].filter((c) => !words.has(c))].join(' ');
}

/** What a Pagefind search returns, as far as requireEveryWord reads it. */
export interface PagefindSearch {
  results: unknown[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
}

/** The Pagefind object a Component UI instance keeps in its private `__pagefind__` field. */
export interface Pagefind {
  search(term: string | null, options?: object): Promise<PagefindSearch>;
}

/**
 * Workaround 2. Replaces `pagefind.search` (the Component UI's `__pagefind__`) so that a
 * query of two or more words shows results only when every word is in the index; a
 * query with a missing word shows none, with every filter count at 0.
 */
export function requireEveryWord(pagefind: Pagefind): void {
  const search = pagefind.search.bind(pagefind);
  const found = new Map<string, Promise<boolean>>();
  const isFound = (word: string) => {
    let known = found.get(word);
    if (!known) found.set(word, (known = search(word).then((r) => r.results.length > 0)));
    return known;
  };
  pagefind.search = async (term, options) => {
    const result = await search(term, options);
    const words = searchWords(term ?? '');
    if (words.length < 2 || result.results.length === 0) return result;
    if ((await Promise.all(words.map(isFound))).every(Boolean)) return result;
    const none = Object.fromEntries(
      Object.entries(result.filters).map(([name, values]) => [
        name,
        Object.fromEntries(Object.keys(values).map((v) => [v, 0])),
      ]),
    );
    return { ...result, results: [], filters: none };
  };
}
