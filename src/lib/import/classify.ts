/**
 * An imported item's category and areas, from the clue words categories.yaml and areas.yaml
 * give (an area's own name when it has none): what the item is, and which fields of poverty
 * work it names, each with the words it was told by.
 */
import { empty, guessed, read, type Field } from './field.ts';

/** An activity category or an area as categories.yaml and areas.yaml give it: its name and clue words. */
export interface Classifier {
  name: string;
  /** Words that put an item in it; its name when none are given. */
  words?: readonly string[] | undefined;
}

/** The categories and areas an import sorts items into. */
export interface Classifiers {
  categories: readonly Classifier[];
  areas: readonly Classifier[];
}

const wordsOf = (c: Classifier) => (c.words?.length ? c.words : [c.name]);

/** Where a classifier's first word occurs in a text, and which word. */
function firstHit(c: Classifier, source: string): { at: number; word: string } | null {
  let best: { at: number; word: string } | null = null;
  for (const word of wordsOf(c)) {
    const at = source.indexOf(word);
    if (at >= 0 && (!best || at < best.at)) best = { at, word };
  }
  return best;
}

/**
 * The category of an item: the one whose clue word comes first in its title (ties: the
 * list's order), else in its text; empty when no category's words occur.
 */
export function categoryOf(
  title: string,
  text: string,
  categories: readonly Classifier[],
): Field<string> {
  for (const source of [title, text]) {
    let best: { name: string; at: number; word: string } | null = null;
    for (const c of categories) {
      const hit = firstHit(c, source);
      if (hit && (!best || hit.at < best.at)) best = { name: c.name, ...hit };
    }
    if (best) return guessed(best.name, `按“${best.word}”一词归类`);
  }
  return empty('', '标题和正文中没有 categories.yaml 中任何类别的归类词');
}

/** The areas an item names (their words in its title or text), in areas.yaml's order. */
export function areasOf(
  title: string,
  text: string,
  areas: readonly Classifier[],
): Field<string[]> {
  const hits = areas.flatMap((c) => {
    const hit = firstHit(c, `${title}\n${text}`);
    return hit ? [{ name: c.name, word: hit.word }] : [];
  });
  return hits.length
    ? read(
        hits.map((h) => h.name),
        hits.map((h) => h.word).join('、'),
      )
    : empty([], '没有提到 areas.yaml 中的扶贫领域');
}
