/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page
 * returned with a `cacheKey` from getStaticPaths() is copied from the last build when
 * its key and its code are unchanged. So a key must cover everything the page shows
 * that is not code: the entry itself (its file and its resolved data, cover sizes
 * included), the other entries it prints (an activity's plan notice, a notice's
 * activities), the lists every page may name (units, regions, campaigns) and the
 * build's "today". A page that starts showing something else must add it here.
 */
import { createHash } from 'node:crypto';

/** A content entry as far as a key needs it: what Astro's content layer hands out. */
export interface KeyedEntry {
  id: string;
  /** Astro's digest of the entry's source file. */
  digest?: string | number | undefined;
  /** The entry's data as pages read it (resolved image metadata included). */
  data: unknown;
}

/** What every entry page may show besides its own entries: the shared lists and the day. */
export interface KeyContext {
  /** The build's "today" (src/lib/content.ts `buildToday`): statuses and dates depend on it. */
  today: string;
  units: readonly KeyedEntry[];
  regions: readonly KeyedEntry[];
  campaigns: readonly KeyedEntry[];
}

/** Bump when the meaning of a key changes, so no earlier key can match. */
const KEY_VERSION = 'page-key-1';

const entryText = (e: KeyedEntry) => `${e.id}\u0000${e.digest ?? ''}\u0000${JSON.stringify(e.data)}`;

const contextDigests = new WeakMap<KeyContext, string>();

/** One hash of the shared lists and the day, made once per context. */
function contextDigest(ctx: KeyContext): string {
  let digest = contextDigests.get(ctx);
  if (!digest) {
    const hash = createHash('sha256').update(`${KEY_VERSION}\u0001${ctx.today}`);
    for (const [name, list] of [['units', ctx.units], ['regions', ctx.regions], ['campaigns', ctx.campaigns]] as const) {
      hash.update(`\u0001${name}:${list.length}`);
      for (const e of list) hash.update(`\u0002${entryText(e)}`);
    }
    contextDigests.set(ctx, (digest = hash.digest('hex')));
  }
  return digest;
}

/**
 * The cache key of an entry's page: the shared context, the entry, and the other
 * entries the page shows, by name (`plan`, `activities` …), in the order it shows them.
 */
export function pageCacheKey(ctx: KeyContext, entry: KeyedEntry, related: Record<string, readonly (KeyedEntry | undefined)[]> = {}): string {
  const hash = createHash('sha256').update(contextDigest(ctx)).update(`\u0003${entryText(entry)}`);
  for (const name of Object.keys(related).sort()) {
    const list = related[name] ?? [];
    hash.update(`\u0003${name}:${list.length}`);
    for (const e of list) hash.update(`\u0004${e ? entryText(e) : '(none)'}`);
  }
  return hash.digest('hex').slice(0, 40);
}

type Noticed = KeyedEntry & { data: { plan?: string | undefined } };

/** Cache keys of the activity pages, by id: each shows its plan notice (title and address). */
export function activityPageKeys(ctx: KeyContext, activities: readonly Noticed[], notices: readonly KeyedEntry[]): Map<string, string> {
  const byId = new Map(notices.map((n) => [n.id, n]));
  return new Map(activities.map((a) => [a.id, pageCacheKey(ctx, a, { plan: [a.data.plan === undefined ? undefined : byId.get(a.data.plan)] })]));
}

/** Cache keys of the notice pages, by id: each lists the activities that name it as their plan, in the order given. */
export function noticePageKeys(ctx: KeyContext, notices: readonly KeyedEntry[], activities: readonly Noticed[]): Map<string, string> {
  const byPlan = new Map<string, Noticed[]>();
  for (const a of activities) {
    if (a.data.plan === undefined) continue;
    const list = byPlan.get(a.data.plan);
    if (list) list.push(a);
    else byPlan.set(a.data.plan, [a]);
  }
  return new Map(notices.map((n) => [n.id, pageCacheKey(ctx, n, { activities: byPlan.get(n.id) ?? [] })]));
}

/** Cache keys of pages that show only their own entry and the shared lists (stories, commendations, appeals), by id. */
export function entryPageKeys(ctx: KeyContext, entries: readonly KeyedEntry[]): Map<string, string> {
  return new Map(entries.map((e) => [e.id, pageCacheKey(ctx, e)]));
}
