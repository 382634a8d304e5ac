/**
 * The one place this site works around Pagefind 1.6 (and nothing else does):
 *
 * Every query word required (requireEveryWord, used by src/client/search-ui.ts).
 * Pagefind leaves out query words it cannot find anywhere and searches with the rest
 * ("best effort"). With Chinese cut into characters that turns a query of unknown
 * words into a list of pages sharing one character, so the search page replaces the
 * `search` method of the Component UI instance's Pagefind (the private field
 * `__pagefind__`, set by triggerLoad) with one that returns no results unless every
 * word of the query is in the index. Relies on: the Component UI keeping its Pagefind
 * in `instance.__pagefind__` and searching through `this.__pagefind__.search(…)`, and
 * splitting a query with Intl.Segmenter(…, word), as searchWords does.
 *
 * (A second workaround, per-character `keywords` meta on every page, is gone: with
 * Pagefind 1.6 every Chinese query of tests/e2e/search.test.ts, 扶贫 and 扶贫办 among them,
 * finds its page in the top three without it, and it cost the index 7 % of its bytes;
 * docs/performance.md, "One search index".)
 *
 * pagefind-workarounds.test.ts reads the installed Pagefind and fails, saying what to
 * revisit, when an upgrade changes what the workaround relies on.
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
 * Replaces `pagefind.search` (the Component UI's `__pagefind__`) so that a
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
