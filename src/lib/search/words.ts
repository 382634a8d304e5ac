/**
 * Words as the site search sees them. Pagefind splits a query with the browser's
 * Intl.Segmenter (zh-CN, word), which cuts words missing from its dictionary, such as
 * 扶贫, into single characters. The index (keywords) and the search page use this one
 * function, so both sides of the search split text the same way.
 */
const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });

/** The words of `text` in order, lower-cased, without punctuation or spaces. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text))
    if (isWordLike) words.push(segment.toLowerCase());
  return words;
}

const HAN = /\p{Script=Han}/u;

/**
 * The keywords of a page: the words of `texts` once each, then every Han character of
 * them not already a word, so a query matches whether the segmenter keeps a word whole
 * or cuts it into characters.
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
