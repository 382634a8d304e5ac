/**
 * The readers step's cache: a page's three copies (Traditional, elder, Traditional elder) and
 * the texts and word pairs it handed the search folding table, kept under node_modules/.cache between builds
 * and keyed by everything they are made from: the page's bytes and path, the site's page and
 * feed list (links to a page that has no copy stay Simplified), and the code and packages that
 * make them. An unchanged page's copies are restored instead of made again; a build keeps only
 * the entries it used.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { PageVersions } from './copy-page.ts';
import type { SiteMap } from './page-dom.ts';

/**
 * What a page's copies are, as kept: the copies, the texts its Traditional copy converted, and
 * each text's word pairs for the search folding table (`pairs[i]` of `texts[i]`), so that a
 * restored page hands the table its pairs without converting its texts again.
 */
export interface CachedCopies extends PageVersions {
  texts: string[];
  pairs: [string, string][][];
}

/** The folder of the cache in the project at `root`. */
export const copyCacheDir = (root: string) =>
  join(root, 'node_modules', '.cache', 'fupinri-page-copies');

/**
 * The copies' maker's version: a hash of the code that makes them (src/lib/versions and
 * src/lib/site, which give the interface words), the locked package versions (opencc-js,
 * htmlparser2) and Node's. Any change to them makes every kept copy stale.
 */
export async function copyMakerVersion(root: string): Promise<string> {
  const lib = fileURLToPath(new URL('..', import.meta.url));
  const files: string[] = [];
  for (const folder of ['versions', 'site'])
    for (const name of (await readdir(join(lib, folder))).sort())
      if (name.endsWith('.ts') && !name.endsWith('.test.ts')) files.push(join(lib, folder, name));
  const hash = createHash('sha256').update(`node ${process.versions.node}\u0000`);
  for (const path of [...files, join(root, 'package-lock.json')]) {
    hash.update(`${relative(lib, path)}\u0000`);
    if (existsSync(path)) hash.update(await readFile(path));
    hash.update('\u0000');
  }
  return hash.digest('hex');
}

/** The part of a key every page shares: the maker's version, the site's pages and feeds, its origin, and the build's options. */
export function siteKey(version: string, site: SiteMap, options: string): string {
  return createHash('sha256')
    .update(version)
    .update('\u0000')
    .update(site.origin)
    .update('\u0000')
    .update([...site.pages].sort().join('\n'))
    .update('\u0000')
    .update([...site.hantFiles].sort().join('\n'))
    .update('\u0000')
    .update(options)
    .digest('hex');
}

/** One page's key: the site's key, the page's path and its bytes. */
export function pageKey(site: string, path: string, html: string): string {
  return createHash('sha256')
    .update(site)
    .update('\u0000')
    .update(path)
    .update('\u0000')
    .update(html)
    .digest('hex');
}

/** The copies kept under `dir`, one file a page (gzip, fast level: the copies are mostly markup). */
export class CopyCache {
  private readonly used = new Set<string>();
  /** How many pages were restored and how many made this build. */
  readonly counts = { restored: 0, made: 0 };

  private readonly dir: string;
  private readonly read: boolean;

  /** `read: false` keeps copies for the next build without restoring any (a forced build). */
  constructor(dir: string, { read = true }: { read?: boolean } = {}) {
    this.dir = dir;
    this.read = read;
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.v8.gz`);
  }

  /** The kept copies of `key`, or undefined (none, or unreadable: then they are made again). */
  async get(key: string): Promise<CachedCopies | undefined> {
    this.used.add(key);
    if (!this.read) return undefined;
    try {
      const copies = deserialize(gunzipSync(await readFile(this.file(key)))) as CachedCopies;
      this.counts.restored++;
      return copies;
    } catch {
      return undefined;
    }
  }

  /** Keeps the copies of `key` (written whole, then renamed into place). */
  async set(key: string, copies: CachedCopies): Promise<void> {
    this.used.add(key);
    this.counts.made++;
    const file = this.file(key);
    await mkdir(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, gzipSync(serialize(copies), { level: 1 }));
    await rename(partial, file);
  }

  /** Removes every kept page this build did not use; returns how many. */
  async prune(): Promise<number> {
    if (!existsSync(this.dir)) return 0;
    let removed = 0;
    for (const name of await readdir(this.dir, { recursive: true })) {
      const key = /([0-9a-f]{64})\.v8\.gz$/.exec(name)?.[1];
      if (key && !this.used.has(key)) {
        await rm(join(this.dir, name), { force: true });
        removed++;
      }
    }
    return removed;
  }
}
