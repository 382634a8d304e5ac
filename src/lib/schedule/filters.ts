/**
 * Filters of the schedule that work without JavaScript: one static page per lead unit,
 * region and category in use, each with an ASCII address.
 */
import { pinyin } from 'pinyin-pro';

/** What the schedule can be filtered by. */
export type Facet = 'lead' | 'region' | 'category';

/** The facets in the order the filter panel shows them. */
export const facets: readonly Facet[] = ['lead', 'region', 'category'];

/** The fields of an activity the filters read. */
export interface Filterable {
  data: { lead: string[]; regions: string[]; category: string };
}

/** One value a facet can take, with its page's slug and how many activities it keeps. */
export interface FacetValue {
  facet: Facet;
  slug: string;
  name: string;
  count: number;
}

/** A name and its slug, as units.yaml and regions.yaml give them. */
export interface Named {
  name: string;
  slug: string;
}

/** ASCII slug of a category: its pinyin without tones, e.g. 理论研讨 → lilunyantao. */
export function categorySlug(category: string): string {
  const syllables = pinyin(category, {
    toneType: 'none',
    type: 'array',
    v: true,
    nonZh: 'consecutive',
  });
  return syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The names an activity has for a facet (several lead units, several regions, one category). */
export function namesOf(activity: Filterable, facet: Facet): string[] {
  if (facet === 'lead') return activity.data.lead;
  if (facet === 'region') return activity.data.regions;
  return [activity.data.category];
}

/** Whether an activity is kept by a filter. */
export function matches(activity: Filterable, facet: Facet, name: string): boolean {
  return namesOf(activity, facet).includes(name);
}

/**
 * The values each facet takes among `activities`, in the order the reference lists give
 * (units.yaml, regions.yaml, the category list), each with its count; unused values are left out.
 */
export function facetValues(
  activities: readonly Filterable[],
  lists: { units: readonly Named[]; regions: readonly Named[]; categories: readonly string[] },
): Record<Facet, FacetValue[]> {
  const known: Record<Facet, readonly Named[]> = {
    lead: lists.units,
    region: lists.regions,
    category: lists.categories.map((name) => ({ name, slug: categorySlug(name) })),
  };
  const out = { lead: [], region: [], category: [] } as Record<Facet, FacetValue[]>;
  for (const facet of facets) {
    // One pass over the activities per facet: each activity counts once per name it has.
    const counts = new Map<string, number>();
    for (const a of activities)
      for (const name of new Set(namesOf(a, facet))) counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const { name, slug } of known[facet]) {
      const count = counts.get(name) ?? 0;
      if (count) out[facet].push({ facet, slug, name, count });
    }
  }
  return out;
}

/** The address of a filtered schedule: `base` is /activities/ or /campaigns/<id>/. */
export function facetUrl(base: string, facet: Facet, slug: string): string {
  return `${base}${facet}/${slug}/`;
}
