/**
 * The schedule's questions of the content, each answered once per build and shared by
 * every page that asks: a unit's duties and roles, a campaign's schedule pages and its
 * filter values. Built on the content query module (src/lib/content/query.ts), whose
 * `memo` store `astro dev` reloads when content changes.
 */
import { timelinePageSize } from '../content/long-lists.ts';
import {
  buildToday,
  getActivities,
  getAreas,
  getCampaignActivities,
  getCategories,
  getCurrentCampaign,
  getNotices,
  getRegions,
  getUnits,
  memo,
  type ActivityEntry,
  type CampaignEntry,
  type Named,
} from '../content/query.ts';
import type { PageInputs } from '../content/page-cache-key.ts';
import { facetUrl, facetValues, matches, type Facet, type FacetValue } from './filters.ts';
import {
  dutiesByUnit,
  groupByMonth,
  monthPages,
  pageGroups,
  rolesByUnit,
  type Duty,
  type MonthGroup,
  type Roles,
} from './schedule.ts';

const none: readonly never[] = Object.freeze([]);

/** The reporting deadlines that bind a unit (by name), soonest first; every unit's are derived once per build. */
export async function getDuties(unitName: string): Promise<readonly Duty[]> {
  const all = await memo('duties-by-unit', async () =>
    dutiesByUnit(await getNotices(), await getActivities(), buildToday),
  );
  return all.get(unitName) ?? none;
}

/** The activities a unit (by name) leads and helps with, in date order; every unit's are derived once per build. */
export async function getRoles(unitName: string): Promise<Roles<ActivityEntry>> {
  const all = await memo('roles-by-unit', async () => rolesByUnit(await getActivities()));
  return all.get(unitName) ?? { leads: [], helps: [] };
}

/** A campaign's schedule, or one filter of it, cut into pages. */
export interface SchedulePages {
  /** The activities it shows, in date order. */
  shown: readonly ActivityEntry[];
  /** Its months, page by page (see pageGroups). */
  pages: MonthGroup<ActivityEntry>[][];
  /** The page (0 first) each month begins on. */
  monthAt: Map<string, number>;
}

/** The pages of a campaign's schedule, or of one filter of it; each is cut once per build and shared by its pages. */
export function getSchedulePages(campaignId: string, filter?: FacetValue): Promise<SchedulePages> {
  return memo(
    `schedule-${campaignId}-${filter ? `${filter.facet}-${filter.slug}` : ''}`,
    async () => {
      const all = await getCampaignActivities(campaignId);
      const shown = filter ? all.filter((a) => matches(a, filter.facet, filter.name)) : all;
      const pages = pageGroups(groupByMonth(shown), timelinePageSize);
      return { shown, pages, monthAt: monthPages(pages) };
    },
  );
}

/** The address of a campaign's schedule: /activities/ for the current one, /campaigns/<id>/ for others. */
export async function scheduleBase(campaignId: string): Promise<string> {
  return (await getCurrentCampaign())?.id === campaignId
    ? '/activities/'
    : `/campaigns/${campaignId}/`;
}

/** The schedule's filter values among `activities`: lead units, regions, categories and areas in use. */
export async function getFacetValues(
  activities: readonly ActivityEntry[],
): Promise<Record<Facet, FacetValue[]>> {
  const [units, regions, categories, areas] = await Promise.all([
    getUnits(),
    getRegions(),
    getCategories(),
    getAreas(),
  ]);
  const named = (list: readonly { data: { name: string; slug: string; note?: string } }[]) =>
    list.map(({ data }) => ({ name: data.name, slug: data.slug, note: data.note }));
  return facetValues(activities, {
    lead: named(units),
    region: named(regions),
    category: named(categories),
    area: named(areas),
  });
}

/** An activity's category and areas, each linked to its campaign's schedule filtered by it. */
export async function getActivityFacetLinks(
  activity: ActivityEntry,
): Promise<{ category: Named; areas: Named[] }> {
  const [values, base] = await Promise.all([
    getCampaignFacetValues(activity.data.campaign),
    scheduleBase(activity.data.campaign),
  ]);
  const link = (facet: Facet, name: string): Named => {
    const value = values[facet].find((v) => v.name === name);
    return { name, url: value && facetUrl(base, facet, value.slug) };
  };
  return {
    category: link('category', activity.data.category),
    areas: activity.data.areas.map((name) => link('area', name)),
  };
}

/** The filter values of one campaign's schedule, derived once per build. */
export function getCampaignFacetValues(campaignId: string): Promise<Record<Facet, FacetValue[]>> {
  return memo(`facets-${campaignId}`, async () =>
    getFacetValues(await getCampaignActivities(campaignId)),
  );
}

/**
 * What a campaign's schedule page (src/layouts/CampaignTimeline.astro) reads besides its
 * props, for its cache key: the activities its view shows (all of the campaign's, or the
 * filter's: its rows, months and page links), how many the campaign has, and the filter
 * values with their counts. So an activity's change renders again the pages that show it,
 * not every filter's. The campaigns (which is current) and units are in the key's shared
 * lists; its statuses make its key dated.
 */
export async function scheduleReads({
  props: { campaign, value },
}: {
  props: { campaign?: CampaignEntry | undefined; value?: FacetValue | undefined };
}): Promise<PageInputs> {
  if (!campaign) return { values: await getFacetValues([]) };
  return {
    shown: (await getSchedulePages(campaign.id, value)).shown,
    total: (await getCampaignActivities(campaign.id)).length,
    values: await getCampaignFacetValues(campaign.id),
  };
}
