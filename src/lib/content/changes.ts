/**
 * An entry's change history (front matter `changes: [{ date, note }]`): the order readers
 * see it in, the latest change, and the revision calendars carry. Everything is derived
 * from the history as written, never from the clock, so a rebuild without a new change
 * gives the same bytes.
 */

/** One change as an editor writes it: a YYYY-MM-DD day and what changed. */
export interface Change {
  date: string;
  note: string;
}

/** The history newest first; changes of the same day keep the order they were written in. */
export function newestFirst(changes: readonly Change[]): Change[] {
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => b.change.date.localeCompare(a.change.date) || a.index - b.index)
    .map(({ change }) => change);
}

/** The latest change, or undefined when the entry has never changed. */
export function latestChange(changes: readonly Change[]): Change | undefined {
  return newestFirst(changes)[0];
}

/**
 * What a calendar event says about its revision (RFC 5545 SEQUENCE and LAST-MODIFIED):
 * the sequence counts the changes (0 for an entry never changed), the last-modified day is
 * the latest change's, null when there is none.
 */
export function revisionOf(changes: readonly Change[]): {
  sequence: number;
  lastModified: string | null;
} {
  return { sequence: changes.length, lastModified: latestChange(changes)?.date ?? null };
}
