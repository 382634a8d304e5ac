/**
 * Filters of the schedule that work without JavaScript: one static page per lead unit,
 * region, category and field of poverty work (扶贫领域) in use, each with an ASCII address.
 */

/** What the schedule can be filtered by. */
export type Facet = 'lead' | 'region' | 'category' | 'area';

/** The facets in the order the filter panel shows them. */
export const facets: readonly Facet[] = ['lead', 'region', 'category', 'area'];

/** The fields of an activity the filters read. */
export interface Filterable {
  data: { lead: string[]; regions: string[]; category: string; areas: string[] };
}

/** One value a facet can take, with its page's slug and how many activities it keeps. */
export interface FacetValue {
  facet: Facet;
  slug: string;
  name: string;
  count: number;
  /** What the value covers (a category's or an area's note), shown on its page. */
  note?: string | undefined;
}

/** A name and its slug, as units.yaml, regions.yaml, categories.yaml and areas.yaml give them. */
export interface Named {
  name: string;
  slug: string;
  note?: string | undefined;
}

/** The names an activity has for a facet (several lead units, regions and areas, one category). */
export function namesOf(activity: Filterable, facet: Facet): string[] {
  if (facet === 'lead') return activity.data.lead;
  if (facet === 'region') return activity.data.regions;
  if (facet === 'area') return activity.data.areas;
  return [activity.data.category];
}

/** Whether an activity is kept by a filter. */
export function matches(activity: Filterable, facet: Facet, name: string): boolean {
  return namesOf(activity, facet).includes(name);
}

/**
 * The values each facet takes among `activities`, in the order the reference lists give
 * (units.yaml, regions.yaml, categories.yaml, areas.yaml), each with its count; unused values
 * are left out.
 */
export function facetValues(
  activities: readonly Filterable[],
  lists: Record<Facet, readonly Named[]>,
): Record<Facet, FacetValue[]> {
  const out = { lead: [], region: [], category: [], area: [] } as Record<Facet, FacetValue[]>;
  for (const facet of facets) {
    // One pass over the activities per facet: each activity counts once per name it has.
    const counts = new Map<string, number>();
    for (const a of activities)
      for (const name of new Set(namesOf(a, facet))) counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const { name, slug, note } of lists[facet]) {
      const count = counts.get(name) ?? 0;
      if (count) out[facet].push({ facet, slug, name, count, ...(note ? { note } : {}) });
    }
  }
  return out;
}

/** The address of a filtered schedule: `base` is /activities/ or /campaigns/<id>/. */
export function facetUrl(base: string, facet: Facet, slug: string): string {
  return `${base}${facet}/${slug}/`;
}
