/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page
 * returned with a `cacheKey` from getStaticPaths() is copied from the last build when
 * its key and its code are unchanged. So a key must cover everything the page shows
 * that is not code: the entry itself (its file and its resolved data, cover sizes
 * included), the other entries it prints (an activity's plan notice, a notice's
 * activities), the lists every page may name (units, regions, campaigns, categories,
 * areas), the build's "today" where the page shows something that depends on it (an
 * activity's status; notices, stories and commendations show only fixed dates, so a daily
 * rebuild copies them; an appeal shows whether its books have gone quiet, which its key
 * holds instead of the day), and the bytes of the local images a body shows (Astro names
 * their optimized copies by content, but does not notice a redrawn image on a page it
 * copies). A page that starts showing something else must add it here.
 *
 * Pages made from many entries (lists, feeds, calendars, a unit's or a region's page) are
 * keyed by `keyedPaths`: from the values getStaticPaths hands the page (its params and
 * props, a list page's entries, page number and totals among them) and the values the page
 * reads for itself (`reads`), plus the shared lists, and the day when `dated`.
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
const KEY_VERSION = 'page-key-5';

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

/** Cache keys of pages that show only their own entry and the shared lists (stories, commendations), by id. */
export function entryPageKeys(
  ctx: KeyContext,
  entries: readonly KeyedEntry[],
): Map<string, string> {
  return new Map(entries.map((e) => [e.id, pageCacheKey(ctx, e)]));
}

/** A content entry as Astro's content layer hands it out (getCollection, getEntry). */
function isContentEntry(value: object): value is KeyedEntry {
  return (
    'collection' in value && 'data' in value && typeof (value as { id?: unknown }).id === 'string'
  );
}

const valueDigests = new WeakMap<object, string>();

type Hash = ReturnType<typeof createHash>;

/**
 * Writes a value into a hash, so that two values hash alike only when a page shown from
 * them is alike: content entries by their file and resolved data (entryText), Maps and Sets
 * by their entries, plain objects and arrays by their members in order. Anything else (a
 * function, a class instance, a cycle) throws rather than being keyed by less than it holds.
 */
function writeValue(hash: Hash, value: unknown, path: string, open: Set<object>): void {
  if (value === null) return void hash.update('n');
  switch (typeof value) {
    case 'undefined':
      return void hash.update('u');
    case 'boolean':
      return void hash.update(value ? 't' : 'f');
    case 'number':
    case 'bigint':
      return void hash.update(`#${String(value)};`);
    case 'string':
      return void hash.update(`s${value.length}:${value}`);
    case 'object':
      if (value instanceof Date) return void hash.update(`D${value.getTime()};`);
      return void hash.update(`H${objectDigest(value, path, open)}`);
    default:
      throw new TypeError(`A page's cache key cannot cover the ${typeof value} at ${path}`);
  }
}

/**
 * The digest of an object a page is made from, made once per build: pages share the same
 * unit, campaign, list of activities or programme view. So keyed values must not change
 * after getStaticPaths() has keyed them — which content, read once per build, does not.
 */
function objectDigest(value: object, path: string, open: Set<object>): string {
  const known = valueDigests.get(value);
  if (known) return known;
  if (open.has(value)) throw new TypeError(`A page's cache key cannot cover the cycle at ${path}`);
  open.add(value);
  const hash = createHash('sha256');
  if (Array.isArray(value)) {
    hash.update(`[${value.length}:`);
    value.forEach((v, i) => writeValue(hash, v, `${path}[${i}]`, open));
  } else if (value instanceof Map) {
    hash.update(`M${value.size}:`);
    for (const [k, v] of value) {
      writeValue(hash, k, `${path} key`, open);
      writeValue(hash, v, `${path}.get()`, open);
    }
  } else if (value instanceof Set) {
    hash.update(`S${value.size}:`);
    for (const v of value) writeValue(hash, v, `${path} member`, open);
  } else if (isContentEntry(value)) {
    hash.update(`E${entryText(value)}`);
  } else {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null)
      throw new TypeError(
        `A page's cache key cannot cover the ${(proto as { constructor?: { name?: string } }).constructor?.name ?? 'object'} at ${path}`,
      );
    const keys = Object.keys(value);
    hash.update(`{${keys.length}:`);
    for (const k of keys) {
      hash.update(`s${k.length}:${k}`);
      writeValue(hash, (value as Record<string, unknown>)[k], `${path}.${k}`, open);
    }
  }
  open.delete(value);
  const digest = hash.digest('hex');
  valueDigests.set(value, digest);
  return digest;
}

/** The digest of one value a page is made from (see writeValue). */
export function valueDigest(value: unknown, path = 'value'): string {
  const hash = createHash('sha256');
  writeValue(hash, value, path, new Set());
  return hash.digest('hex');
}

/** What a route's page is made from besides its code: named values (see keyedPaths). */
export type PageInputs = Record<string, unknown>;

/** The cache key of a page made from `inputs` (its named values in any order), the shared lists and, when `dated`, the day. */
export function inputsCacheKey(
  ctx: KeyContext,
  inputs: PageInputs,
  { dated = false }: KeyOptions = {},
): string {
  const hash = createHash('sha256')
    .update(contextDigest(ctx))
    .update(`\u0003${dated ? ctx.today : 'undated'}`);
  for (const name of Object.keys(inputs).sort())
    hash.update(`\u0003${name}=${valueDigest(inputs[name], name)}`);
  return hash.digest('hex').slice(0, 40);
}

/** One result of getStaticPaths(), before it has a key. */
export interface StaticPath {
  params: Record<string, string | number | undefined>;
  props?: Record<string, unknown>;
}

export interface PathKeyOptions<P extends StaticPath> extends KeyOptions {
  /**
   * What the page reads for itself beyond its params and props (every activity of its
   * campaign, a unit's duties …), by name. Everything the page's file and its components
   * read from the content must be here, in the shared lists or in the props.
   */
  reads?: (path: P) => PageInputs | Promise<PageInputs>;
}

/**
 * getStaticPaths() results with their cache keys: each from its params, its props and
 * `reads`, with the shared lists and (when `dated`) the day.
 */
export async function keyedPaths<P extends StaticPath>(
  ctx: KeyContext,
  paths: readonly P[],
  { reads, dated }: PathKeyOptions<P> = {},
): Promise<(P & { cacheKey: string })[]> {
  return Promise.all(
    paths.map(async (path) => ({
      ...path,
      cacheKey: inputsCacheKey(
        ctx,
        {
          params: path.params,
          props: path.props ?? {},
          reads: reads ? await reads(path) : {},
        },
        { dated },
      ),
    })),
  );
}
