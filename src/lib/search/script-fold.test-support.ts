/**
 * For tests of what a Traditional reader sees: the characters the site writes only in
 * Simplified, read from the build's folding table.
 */
import type { FoldTable } from './script-fold.ts';

/**
 * The characters of the site's Simplified text that its Traditional text never has: each
 * one the table writes as another character (贫 → 貧) and found in no Traditional spelling
 * the table holds (里 stays 里 in 托里縣, so it is not one where the site names 托里县).
 */
export function simplifiedOnlyChars(table: FoldTable): Set<string> {
  const traditional = new Set<string>();
  for (const [, t] of table.hant) for (const c of t) traditional.add(c);
  for (const [t] of table.hans) for (const c of t) traditional.add(c);
  const only = new Set<string>();
  for (const [s, t] of table.hant)
    if ([...s].length === 1 && s !== t && !traditional.has(s)) only.add(s);
  return only;
}
