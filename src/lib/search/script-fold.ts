/**
 * Search folding between the two scripts: a query typed in Simplified or Traditional is
 * put into the script of the index it searches, so 扶貧功臣 and 扶贫功臣 both find the
 * same page in either. The table is made at build time from the words the site's own
 * conversion changed (so a folded query is spelled exactly as the pages are), and is
 * small enough to send to the search page (no OpenCC dictionary in the browser).
 */
import { CustomConverter } from 'opencc-js/core';
import type { Script } from '../versions/page-versions.ts';

/** Longest-match replacement lists: Traditional (and other forms) → Simplified, and Simplified → Traditional. */
export interface FoldTable {
  hans: [string, string][];
  hant: [string, string][];
}

/** Address of the table in the built site. */
export const foldTablePath = '/script-fold.json';

const chars = (s: string): string[] => [...s];

/** The most frequent value for each key. */
function majority(counts: Map<string, Map<string, number>>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, values] of counts) {
    const [best] = [...values].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (best) out.set(key, best[0]);
  }
  return out;
}

function count(counts: Map<string, Map<string, number>>, key: string, value: string): void {
  const values = counts.get(key) ?? new Map<string, number>();
  values.set(value, (values.get(value) ?? 0) + 1);
  counts.set(key, values);
}

const byKey = (a: [string, string], b: [string, string]): number =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;

/**
 * The folding table from the [Simplified, Traditional] word pairs of the site's text and
 * the other forms readers type for Traditional characters ([other form, site form]).
 * Characters map to their most frequent counterpart; a phrase is kept only where that
 * would spell it differently from the site (头发 → 頭髮, not 頭發).
 */
export function buildFoldTable(
  pairs: Iterable<[string, string]>,
  variants: Iterable<[string, string]> = [],
): FoldTable {
  const toHant = new Map<string, Map<string, number>>();
  const toHans = new Map<string, Map<string, number>>();
  const phraseCounts = new Map<string, Map<string, number>>();
  for (const [s, t] of pairs) {
    const [sc, tc] = [chars(s), chars(t)];
    if (sc.length !== tc.length) continue;
    if (sc.length > 1) count(phraseCounts, s, t);
    // Two-character pieces of longer phrases too, so 干部 alone folds as in 领导干部.
    if (sc.length > 2)
      for (let i = 0; i + 1 < sc.length; i++)
        count(phraseCounts, sc[i]! + sc[i + 1]!, tc[i]! + tc[i + 1]!);
    sc.forEach((c, i) => {
      count(toHant, c, tc[i]!);
      count(toHans, tc[i]!, c);
    });
  }
  const phrases = majority(phraseCounts);
  const hantChars = majority(toHant);
  const hansChars = majority(toHans);
  for (const [other, siteForm] of variants) {
    const simplified = hansChars.get(siteForm);
    if (simplified && !hansChars.has(other) && other !== simplified)
      hansChars.set(other, simplified);
  }
  const byChar = (map: Map<string, string>, s: string): string =>
    chars(s)
      .map((c) => map.get(c) ?? c)
      .join('');
  const hant = [...hantChars].filter(([s, t]) => s !== t);
  const hans = [...hansChars].filter(([t, s]) => s !== t);
  for (const [s, t] of phrases) {
    if (byChar(hantChars, s) !== t) hant.push([s, t]);
    if (byChar(hansChars, t) !== s) hans.push([t, s]);
  }
  return { hans: hans.sort(byKey), hant: hant.sort(byKey) };
}

/**
 * A function that writes Simplified text of the site (the search index's: excerpts, types,
 * filter values) in Traditional, using `table`. Unlike a folded query it does not go through
 * Simplified first: 覆 in 覆盖 is already Simplified and stays 覆 (覆蓋), where a query's
 * 覆 might be the Traditional form of 复.
 */
export function makeHantWriter(table: FoldTable): (simplified: string) => string {
  return CustomConverter(table.hant);
}

/** A function that puts a query into the given script, using `table`. */
export function makeFolder(table: FoldTable): (query: string, to: Script) => string {
  const hans = CustomConverter(table.hans);
  const hant = CustomConverter(table.hant);
  // Through Simplified first, so Traditional, Simplified and mixed queries all fold alike.
  return (query, to) => (to === 'hans' ? hans(query) : hant(hans(query)));
}
