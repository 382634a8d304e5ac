/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page
 * returned with a `cacheKey` from getStaticPaths() is copied from the last build when
 * its key and its code are unchanged. So a key must cover everything the page shows
 * that is not code: the entry itself (its file and its resolved data, cover sizes
 * included), the other entries it prints (an activity's plan notice, a notice's
 * activities), the lists every page may name (units, regions, campaigns, categories, areas), the
 * build's "today" where the page shows something that depends on it (an activity's
 * status; notices, stories, commendations and appeals show only fixed dates, so a daily
 * rebuild copies them), and the bytes of the local images a body shows (Astro names
 * their optimized copies by content, but does not notice a redrawn image on a page it
 * copies). A page that starts showing something else must add it here.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { relatedIds, relationsByNotice, type RelatedNotice } from './notice-relations.ts';

/** A content entry as far as a key needs it: what Astro's content layer hands out. */
export interface KeyedEntry {
  id: string;
  /** Astro's digest of the entry's source file. */
  digest?: string | number | undefined;
  /** The entry's data as pages read it (resolved image metadata included). */
  data: unknown;
  /** The Markdown body, whose local images are hashed with the entry. */
  body?: string | undefined;
  /** The entry's file, relative to the project root (where its images are found). */
  filePath?: string | undefined;
}

/** What every entry page may show besides its own entries: the shared lists and the day. */
export interface KeyContext {
  /** The build's "today" (src/lib/content/query.ts `buildToday`): statuses depend on it. */
  today: string;
  units: readonly KeyedEntry[];
  regions: readonly KeyedEntry[];
  campaigns: readonly KeyedEntry[];
  categories: readonly KeyedEntry[];
  areas: readonly KeyedEntry[];
}

/** Bump when the meaning of a key changes, so no earlier key can match. */
const KEY_VERSION = 'page-key-4';

const fileDigests = new Map<string, string>();

/** A hash of a file's bytes ('missing' when it is not there), read once per build. */
function fileDigest(path: string): string {
  let digest = fileDigests.get(path);
  if (digest === undefined) {
    digest = existsSync(path)
      ? createHash('sha256').update(readFileSync(path)).digest('hex')
      : 'missing';
    fileDigests.set(path, digest);
  }
  return digest;
}

/** The local image paths a Markdown body shows: ![alt](path), ![alt](<path>) and reference definitions [ref]: path. */
export function bodyImagePaths(body: string): string[] {
  const inline = [...body.matchAll(/!\[[^\]]*\]\(\s*(?:<([^>\n]*)>|([^)\s]+))/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  const defined = [...body.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*(?:<([^>\n]*)>|(\S+))/gm)].map(
    (m) => m[1] ?? m[2] ?? '',
  );
  return [...new Set([...inline, ...defined])]
    .filter((src) => src && !/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(src))
    .sort();
}

/** The bytes of the local images an entry's body shows, as one text (relative to its file, or from public/ when it starts with /). */
function imagesText(e: KeyedEntry, root: string): string {
  if (!e.body || !e.filePath) return '';
  return bodyImagePaths(e.body)
    .map((src) => {
      let path = src.replace(/[?#].*$/, '');
      try {
        path = decodeURI(path);
      } catch {
        // A stray % stays as written.
      }
      const file = path.startsWith('/')
        ? resolve(root, 'public', `.${path}`)
        : resolve(root, dirname(e.filePath ?? ''), path);
      return `${src}=${fileDigest(file)}`;
    })
    .join('\u0005');
}

const entryText = (e: KeyedEntry, root = process.cwd()) =>
  `${e.id}\u0000${e.digest ?? ''}\u0000${JSON.stringify(e.data)}\u0000${imagesText(e, root)}`;

const contextDigests = new WeakMap<KeyContext, string>();

/** One hash of the shared lists, made once per context. */
function contextDigest(ctx: KeyContext): string {
  let digest = contextDigests.get(ctx);
  if (!digest) {
    const hash = createHash('sha256').update(KEY_VERSION);
    for (const [name, list] of [
      ['units', ctx.units],
      ['regions', ctx.regions],
      ['campaigns', ctx.campaigns],
      ['categories', ctx.categories],
      ['areas', ctx.areas],
    ] as const) {
      hash.update(`\u0001${name}:${list.length}`);
      for (const e of list) hash.update(`\u0002${entryText(e)}`);
    }
    contextDigests.set(ctx, (digest = hash.digest('hex')));
  }
  return digest;
}

/** Whether a page shows something that depends on the build's today (a status). */
export interface KeyOptions {
  dated?: boolean;
}

/**
 * The cache key of an entry's page: the shared context (and the day, when `dated`), the
 * entry, and the other entries the page shows, by name (`plan`, `activities` …), in the
 * order it shows them.
 */
export function pageCacheKey(
  ctx: KeyContext,
  entry: KeyedEntry,
  related: Record<string, readonly (KeyedEntry | undefined)[]> = {},
  { dated = false }: KeyOptions = {},
): string {
  const hash = createHash('sha256')
    .update(contextDigest(ctx))
    .update(`\u0003${dated ? ctx.today : 'undated'}`)
    .update(`\u0003${entryText(entry)}`);
  for (const name of Object.keys(related).sort()) {
    const list = related[name] ?? [];
    hash.update(`\u0003${name}:${list.length}`);
    for (const e of list) hash.update(`\u0004${e ? entryText(e) : '(none)'}`);
  }
  return hash.digest('hex').slice(0, 40);
}

type Noticed = KeyedEntry & { data: { plan?: string | undefined } };

/** Cache keys of the activity pages, by id: each shows its plan notice (title and address) and its status on the day. */
export function activityPageKeys(
  ctx: KeyContext,
  activities: readonly Noticed[],
  notices: readonly KeyedEntry[],
): Map<string, string> {
  const byId = new Map(notices.map((n) => [n.id, n]));
  return new Map(
    activities.map((a) => [
      a.id,
      pageCacheKey(
        ctx,
        a,
        { plan: [a.data.plan === undefined ? undefined : byId.get(a.data.plan)] },
        { dated: true },
      ),
    ]),
  );
}

/**
 * Cache keys of the notice pages, by id: each lists the activities that name it as their
 * plan, in the order given, and links the notices it amends, replaces or is repealed by and
 * those that do so to it (“本文已被…废止” shows the other notice's title), from `related`.
 */
export function noticePageKeys(
  ctx: KeyContext,
  notices: readonly KeyedEntry[],
  activities: readonly Noticed[],
  related: readonly (KeyedEntry & RelatedNotice)[] = [],
): Map<string, string> {
  const byPlan = Map.groupBy(activities, (a) => a.data.plan);
  const byId = new Map(related.map((n) => [n.id, n]));
  const relations = relationsByNotice(related);
  return new Map(
    notices.map((n) => [
      n.id,
      pageCacheKey(ctx, n, {
        activities: byPlan.get(n.id) ?? [],
        notices: relatedIds(relations.get(n.id) ?? []).map((id) => byId.get(id)),
      }),
    ]),
  );
}

/** Cache keys of pages that show only their own entry and the shared lists (stories, commendations, appeals), by id. */
export function entryPageKeys(
  ctx: KeyContext,
  entries: readonly KeyedEntry[],
): Map<string, string> {
  return new Map(entries.map((e) => [e.id, pageCacheKey(ctx, e)]));
}
