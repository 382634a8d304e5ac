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

/** Every relation of notice `id` with the others, both directions, without repeats. */
export function noticeRelations(id: string, notices: readonly RelatedNotice[]): Relation[] {
  const found: Relation[] = [];
  const add = (kind: RelationKind, other: string) => {
    if (other !== id && !found.some((r) => r.kind === kind && r.other === other))
      found.push({ kind, other });
  };
  for (const n of notices) {
    const d = n.data;
    if (n.id === id) {
      for (const other of d.amends ?? []) add('amends', other);
      for (const other of d.replaces ?? []) add('replaces', other);
      if (d.repealedBy) add('repealedBy', d.repealedBy);
      continue;
    }
    if (d.amends?.includes(id)) add('amendedBy', n.id);
    if (d.replaces?.includes(id)) add('replacedBy', n.id);
    if (d.repealedBy === id) add('repeals', n.id);
  }
  return found.sort(
    (a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind) || a.other.localeCompare(b.other),
  );
}

/** The ids of the notices a notice's page names, sorted (for its cache key). */
export function relatedNoticeIds(id: string, notices: readonly RelatedNotice[]): string[] {
  return [...new Set(noticeRelations(id, notices).map((r) => r.other))].sort();
}

/** Whether a notice no longer has effect (有效性 失效 or 废止): its page carries a banner. */
export function isInvalid(validity: string | undefined): boolean {
  return validity === '失效' || validity === '废止';
}
