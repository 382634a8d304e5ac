/** One imported value with where it came from, for the review report. */

/** Where a field's value came from: the document (with its words), a guess, or nowhere. */
export type Source =
  | { from: 'read'; words: string }
  | { from: 'guessed'; why: string }
  | { from: 'empty'; why: string };

export interface Field<T> {
  value: T;
  source: Source;
}

/** A value read from the document, with the words it came from. */
export const read = <T>(value: T, words: string): Field<T> => ({
  value,
  source: { from: 'read', words },
});
/** A value the import guessed, and why. */
export const guessed = <T>(value: T, why: string): Field<T> => ({
  value,
  source: { from: 'guessed', why },
});
/** No value: the document does not give it, and why. */
export const empty = <T>(value: T, why: string): Field<T> => ({
  value,
  source: { from: 'empty', why },
});
