/**
 * How notices refer to each other (front matter `amends`, `replaces`, `repealedBy`), seen
 * from either side: a notice that amends another says “修订《…》”, the amended one says
 * “本文已被《…》修订”. One notice's page shows both directions, so it depends on every
 * notice it names and every notice that names it.
 */

/** The fields of a notice its relations read. */
export interface RelatedNotice {
  id: string;
  data: {
    amends?: readonly string[] | undefined;
    replaces?: readonly string[] | undefined;
    repealedBy?: string | undefined;
  };
}

/** What one notice does to another, as the page words it. */
export type RelationKind =
  'amends' | 'amendedBy' | 'replaces' | 'replacedBy' | 'repeals' | 'repealedBy';

export interface Relation {
  kind: RelationKind;
  /** The other notice's id. */
  other: string;
}

/** The order a page lists relations in: what happened to this notice first. */
const ORDER: readonly RelationKind[] = [
  'repealedBy',
  'replacedBy',
  'amendedBy',
  'repeals',
  'replaces',
  'amends',
];

/** Every notice's relations with the others, both directions, without repeats, by id: one pass over the notices. */
export function relationsByNotice(notices: readonly RelatedNotice[]): Map<string, Relation[]> {
  const found = new Map<string, Relation[]>();
  const add = (id: string, kind: RelationKind, other: string) => {
    if (other === id) return;
    const list = found.get(id) ?? [];
    if (!list.some((r) => r.kind === kind && r.other === other)) list.push({ kind, other });
    found.set(id, list);
  };
  for (const n of notices) {
    for (const other of n.data.amends ?? []) {
      add(n.id, 'amends', other);
      add(other, 'amendedBy', n.id);
    }
    for (const other of n.data.replaces ?? []) {
      add(n.id, 'replaces', other);
      add(other, 'replacedBy', n.id);
    }
    if (n.data.repealedBy) {
      add(n.id, 'repealedBy', n.data.repealedBy);
      add(n.data.repealedBy, 'repeals', n.id);
    }
  }
  for (const list of found.values())
    list.sort(
      (a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.other.localeCompare(b.other),
    );
  return found;
}

/** Every relation of notice `id` with the others, both directions, without repeats. */
export function noticeRelations(id: string, notices: readonly RelatedNotice[]): Relation[] {
  return relationsByNotice(notices).get(id) ?? [];
}

/** The ids of the notices a list of relations names, sorted (for a cache key). */
export function relatedIds(relations: readonly Relation[]): string[] {
  return [...new Set(relations.map((r) => r.other))].sort();
}

/** The ids of the notices a notice's page names, sorted (for its cache key). */
export function relatedNoticeIds(id: string, notices: readonly RelatedNotice[]): string[] {
  return relatedIds(noticeRelations(id, notices));
}

/** Whether a notice no longer has effect (有效性 失效 or 废止): its page carries a banner. */
export function isInvalid(validity: string | undefined): boolean {
  return validity === '失效' || validity === '废止';
}
