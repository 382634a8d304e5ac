/**
 * The only caller of getCollection: decides what is published (drafts only in
 * `astro dev`), loads each collection once per build, and resolves the names that
 * entries refer to. Pages ask this module (and the schedule's queries built on it,
 * src/lib/schedule/queries.ts), never astro:content.
 *
 * Past 250 lines because every collection's published list and lookups live here, the one
 * module that decides what is published (the pairing programmes' views at the end).
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { byDate, sortKey, todayInShanghai, type When } from './dates.ts';
import type { KeyContext } from './page-cache-key.ts';
import { cardOf, refUrl, type Card } from './entries.ts';
import { pageUrl, pairingListUrl, pairingPageSize } from './long-lists.ts';
import { progress, type Pairing, type Progress } from './pairings.ts';
import { relationsByNotice, type Relation } from './notice-relations.ts';

export type NoticeEntry = CollectionEntry<'notices'>;
export type ActivityEntry = CollectionEntry<'activities'>;
export type CommendationEntry = CollectionEntry<'commendations'>;
export type StoryEntry = CollectionEntry<'stories'>;
export type AppealEntry = CollectionEntry<'appeals'>;
export type UnitEntry = CollectionEntry<'units'>;
export type RegionEntry = CollectionEntry<'regions'>;
export type CampaignEntry = CollectionEntry<'campaigns'>;
export type ProgrammeEntry = CollectionEntry<'programmes'>;
export type PairingListEntry = CollectionEntry<'pairings'>;
export type EnterpriseEntry = CollectionEntry<'enterprises'>;
export type VillageEntry = CollectionEntry<'villages'>;

/**
 * Whether drafts are shown: only in the editor preview (`npm run dev`). `astro build`
 * runs in mode "production" whatever NODE_ENV says (a build started under NODE_ENV=test,
 * as from vitest, has DEV true), so the mode decides too.
 */
export const showDrafts = import.meta.env.DEV && import.meta.env.MODE !== 'production';

/** Whether an entry may appear in this build. */
export function isPublished(entry: { data: { draft?: boolean } }): boolean {
  return showDrafts || !entry.data.draft;
}

const cache = new Map<CollectionKey, Promise<unknown[]>>();

/** Every published entry of a collection, loaded once per build. */
function load<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  let entries = cache.get(name) as Promise<CollectionEntry<C>[]> | undefined;
  if (!entries) {
    entries = getCollection(name, (e) => isPublished(e as { data: { draft?: boolean } }));
    cache.set(name, entries);
  }
  return entries;
}

const newestFirst = <T extends { id: string; data: { date: When } }>(list: T[]) =>
  [...list].sort(
    (a, b) => sortKey(b.data.date).localeCompare(sortKey(a.data.date)) || a.id.localeCompare(b.id),
  );

const sorted = new Map<string, Promise<unknown[]>>();

/**
 * A sorted list made once per build and shared (frozen: copy before changing it). Pages
 * ask for these lists once per page, so sorting on every call cost O(pages × n log n).
 */
function once<T>(key: string, make: () => Promise<T[]>): Promise<T[]> {
  let list = sorted.get(key) as Promise<T[]> | undefined;
  if (!list) {
    list = make().then((l) => Object.freeze(l) as T[]);
    sorted.set(key, list);
  }
  return list;
}

/** Notices, newest first. */
export const getNotices = () => once('notices', async () => newestFirst(await load('notices')));
/** Activities in date order. */
export const getActivities = () => once('activities', async () => byDate(await load('activities')));
/** Commendations by campaign (newest first), then name. */
export const getCommendations = () =>
  once('commendations', async () =>
    [...(await load('commendations'))].sort(
      (a, b) =>
        b.data.campaign.localeCompare(a.data.campaign) ||
        a.data.name.localeCompare(b.data.name, 'zh-CN'),
    ),
  );
/** Stories, newest first. */
export const getStories = () => once('stories', async () => newestFirst(await load('stories')));
/** Appeals, newest first. */
export const getAppeals = () => once('appeals', async () => newestFirst(await load('appeals')));
/** The appeals that keep a ledger: each has a ledger CSV and a ledger feed. */
export const getLedgerAppeals = async () =>
  (await getAppeals()).filter((a) => a.data.ledger.length > 0);
/** Units, in the order of units.yaml. */
export const getUnits = () => load('units');
/** Regions, in the order of regions.yaml. */
export const getRegions = () => load('regions');
/** Activity categories, in the order of categories.yaml. */
export const getCategories = () => load('categories');
/** Fields of poverty work (扶贫领域), in the order of areas.yaml. */
export const getAreas = () => load('areas');
/** Campaigns, newest first (the example year last). */
export const getCampaigns = () =>
  once('campaigns', async () =>
    [...(await load('campaigns'))].sort(
      (a, b) => Number(a.data.example) - Number(b.data.example) || b.id.localeCompare(a.id),
    ),
  );

/** The campaign the home page and the timeline open on: the newest that is not an example. */
export async function getCurrentCampaign(): Promise<CampaignEntry | undefined> {
  return (await getCampaigns())[0];
}

const derived = new Map<string, Promise<unknown>>();

/**
 * A value derived from the content once per build and shared by every page that needs it
 * (an index by id, a grouping, a unit's calendar events), so no page redoes another's
 * work. The store lives here, in the module that reads the content: \`astro dev\` reloads
 * this module (and those that import it) when content changes, so nothing goes stale.
 */
export function memo<T>(key: string, make: () => Promise<T>): Promise<T> {
  let value = derived.get(key) as Promise<T> | undefined;
  if (!value) {
    value = make();
    derived.set(key, value);
  }
  return value;
}

const none: readonly never[] = Object.freeze([]);

/** The activities of one campaign, in date order (shared: copy before changing it). */
export async function getCampaignActivities(campaignId: string): Promise<readonly ActivityEntry[]> {
  const byCampaign = await memo('activities-by-campaign', async () =>
    Map.groupBy(await getActivities(), (a) => a.data.campaign),
  );
  return byCampaign.get(campaignId) ?? none;
}

/** The activities that carry out a plan (a notice), in date order (shared: copy before changing it). */
export async function getPlanActivities(noticeId: string): Promise<readonly ActivityEntry[]> {
  const byPlan = await memo('activities-by-plan', async () =>
    Map.groupBy(await getActivities(), (a) => a.data.plan),
  );
  return byPlan.get(noticeId) ?? none;
}

/** A notice by its id. */
export async function getNotice(id: string): Promise<NoticeEntry | undefined> {
  return (
    await memo('notice-by-id', async () => new Map((await getNotices()).map((n) => [n.id, n])))
  ).get(id);
}

/** How a notice relates to others (amends, replaces, repealed by, and the other way), derived for every notice once per build. */
export async function getNoticeRelations(id: string): Promise<readonly Relation[]> {
  const all = await memo('notice-relations', async () => relationsByNotice(await getNotices()));
  return all.get(id) ?? none;
}

/** A campaign by its id. */
export async function getCampaign(id: string): Promise<CampaignEntry | undefined> {
  return (
    await memo('campaign-by-id', async () => new Map((await getCampaigns()).map((c) => [c.id, c])))
  ).get(id);
}

/** What a region's page lists: activities held there, commendations and stories from there. */
export interface RegionCards {
  activities: readonly Card[];
  commendations: readonly Card[];
  stories: readonly Card[];
}

/** A region's lists (by region name), each newest first; every region's are grouped once per build. */
export async function getRegionCards(regionName: string): Promise<RegionCards> {
  const all = await memo('cards-by-region', async () => {
    const activities = [...(await getActivities())].reverse();
    const lists = {
      activities: Map.groupBy(
        activities.flatMap((a) =>
          [...new Set(a.data.regions)].map((region) => ({ region, card: cardOf('activities', a) })),
        ),
        (x) => x.region,
      ),
      commendations: Map.groupBy(
        (await getCommendations()).map((c) => ({
          region: c.data.region,
          card: cardOf('commendations', c),
        })),
        (x) => x.region,
      ),
      stories: Map.groupBy(
        (await getStories()).map((s) => ({ region: s.data.region, card: cardOf('stories', s) })),
        (x) => x.region,
      ),
    };
    return lists;
  });
  const cards = (list: keyof RegionCards) => (all[list].get(regionName) ?? []).map((x) => x.card);
  return {
    activities: cards('activities'),
    commendations: cards('commendations'),
    stories: cards('stories'),
  };
}

/** Units by the name editors write, indexed once per build. */
const unitsByName = () =>
  memo('unit-by-name', async () => new Map((await getUnits()).map((u) => [u.data.name, u])));

/** Regions by name, indexed once per build. */
const regionsByName = () =>
  memo('region-by-name', async () => new Map((await getRegions()).map((r) => [r.data.name, r])));

/** A unit by the name editors write. */
export async function unitByName(name: string): Promise<UnitEntry | undefined> {
  return (await unitsByName()).get(name);
}

/** A region by name. */
export async function regionByName(name: string): Promise<RegionEntry | undefined> {
  return (await regionsByName()).get(name);
}

/** Units by name, in the order given; names not in units.yaml are kept as plain text. */
export async function resolveUnits(
  names: readonly string[],
): Promise<{ name: string; slug?: string | undefined }[]> {
  const units = await unitsByName();
  return names.map((name) => ({ name, slug: units.get(name)?.data.slug }));
}

/** Regions by name, like resolveUnits. */
export async function resolveRegions(
  names: readonly string[],
): Promise<{ name: string; slug?: string | undefined }[]> {
  const regions = await regionsByName();
  return names.map((name) => ({ name, slug: regions.get(name)?.data.slug }));
}

/**
 * The day a build treats as today (China Standard Time). BUILD_DATE (YYYY-MM-DD) pins
 * it, so two builds of one commit are identical; the browser corrects statuses anyway.
 */
export const buildToday: string = process.env.BUILD_DATE ?? todayInShanghai();

/** What every entry page's cache key covers besides its own entries (src/lib/content/page-cache-key.ts), made once per build. */
export function keyContext(): Promise<KeyContext> {
  return memo('key-context', async () => ({
    today: buildToday,
    units: await getUnits(),
    regions: await getRegions(),
    campaigns: await getCampaigns(),
    categories: await getCategories(),
    areas: await getAreas(),
  }));
}

/** Pairing programmes (百企帮百村), newest first. */
export const getProgrammes = () =>
  once('programmes', async () => newestFirst(await load('programmes')));
/** Enterprises, in the order of enterprises.yaml. */
export const getEnterprises = () => load('enterprises');
/** Villages, in the order of villages.yaml. */
export const getVillages = () => load('villages');

/** A name with the address of its page (when the list knows it). */
export interface Named {
  name: string;
  url?: string | undefined;
}

/** One pairing as pages show it: names resolved to pages, and where it is listed. */
export interface PairingRow extends Pairing {
  /** Unique on the site: the list's id and the row's place in it, e.g. shili-jia-xian-3. */
  key: string;
  /** The row on its county's page: /programmes/<id>/region/<slug>/#pairing-<key> (the right numbered page). */
  url: string;
  programme: { id: string; title: string };
  region: Named & { slug?: string | undefined };
  enterpriseRef: Named;
  villageRef: Named;
  example: boolean;
}

/** A programme with its progress and every pairing, in signing order. */
export interface ProgrammeView {
  programme: ProgrammeEntry;
  progress: Progress;
  rows: PairingRow[];
  /** The programme's counties with their slugs, in the programme's order. */
  regions: { name: string; slug?: string | undefined }[];
}

/** Every programme's view, made once per build. */
export function getProgrammeViews(): Promise<ProgrammeView[]> {
  return memo('programme-views', async () => {
    const enterprises = new Map((await getEnterprises()).map((e) => [e.data.name, e.data.slug]));
    const villages = new Map((await getVillages()).map((v) => [v.data.name, v.data.slug]));
    const lists = Map.groupBy(
      [...(await load('pairings'))].sort((a, b) => a.id.localeCompare(b.id)),
      (l) => l.data.programme,
    );
    return Promise.all(
      (await getProgrammes()).map(async (programme) => {
        const mine = lists.get(programme.id) ?? [];
        const regions = await resolveRegions(programme.data.regions);
        const slugOf = new Map(regions.map((r) => [r.name, r.slug]));
        const url = (kind: 'enterprises' | 'villages', slug?: string) =>
          slug ? refUrl(kind, slug) : undefined;
        const rows = mine
          .flatMap((list) =>
            list.data.pairings.map((p, i) => ({
              ...p,
              key: `${list.id}-${i + 1}`,
              url: '',
              programme: { id: programme.id, title: programme.data.title },
              region: { name: list.data.region, slug: slugOf.get(list.data.region) },
              enterpriseRef: {
                name: p.enterprise,
                url: url('enterprises', enterprises.get(p.enterprise)),
              },
              villageRef: { name: p.village, url: url('villages', villages.get(p.village)) },
              example: list.data.example || programme.data.example,
            })),
          )
          .sort(
            (a, b) =>
              sortKey(a.signed).localeCompare(sortKey(b.signed)) || a.key.localeCompare(b.key),
          );
        // Each row's address on its county's pages, which list the county's rows in this order.
        for (const [region, here] of Map.groupBy(rows, (r) => r.region.name)) {
          const slug = slugOf.get(region);
          here.forEach((r, i) => {
            const base = slug ? pairingListUrl(programme.id, slug) : pairingListUrl(programme.id);
            r.url = `${pageUrl(base, Math.floor(i / pairingPageSize))}#pairing-${r.key}`;
          });
        }
        return {
          programme,
          regions,
          rows,
          progress: progress(
            programme.data.target,
            programme.data.regions,
            mine.map((l) => ({ region: l.data.region, pairings: l.data.pairings })),
          ),
        };
      }),
    );
  });
}

/** A programme's view by its id. */
export async function getProgrammeView(id: string): Promise<ProgrammeView | undefined> {
  return (await getProgrammeViews()).find((v) => v.programme.id === id);
}

/** The programme the home page shows: the newest that is open. */
export async function getRunningProgramme(): Promise<ProgrammeView | undefined> {
  return (await getProgrammeViews()).find((v) => v.programme.data.status === 'open');
}

/** Every pairing of an enterprise or of a village (by name), across programmes, in signing order. */
export async function getPairingsOf(
  by: 'enterprise' | 'village',
  name: string,
): Promise<readonly PairingRow[]> {
  const index = await memo(`pairings-by-${by}`, async () =>
    Map.groupBy(
      (await getProgrammeViews()).flatMap((v) => v.rows),
      (r) => r[by],
    ),
  );
  return index.get(name) ?? none;
}
