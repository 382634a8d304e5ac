/** Finds the known names closest to a name an editor wrote, for "did you mean" hints. */

/** Edit distance between two strings, counted in characters (Chinese characters count as one). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) {
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1),
      );
    }
    prev = row;
  }
  return prev[y.length] ?? 0;
}

/** Up to `limit` known names closest to `name`, nearest first; ties keep the list's order. */
export function closest(name: string, known: readonly string[], limit = 3): string[] {
  return known
    .map((candidate, index) => ({ candidate, index, d: editDistance(name, candidate) }))
    .sort((a, b) => a.d - b.d || a.index - b.index)
    .slice(0, limit)
    .map((s) => s.candidate);
}
