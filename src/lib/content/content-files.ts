/** Reads every content file under src/content/ from disk and checks it (build and `npm run check`). */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { type FileCheck, type Schemas } from './check-file.ts';
import { formatProblems, formatWarnings, type ContentFile, type Problem } from './problems.ts';
import { validateContent, type CheckCache } from './validate.ts';

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat().sort();
}

/** Every content file under `root`/src/content, tagged with its collection. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const base = join(root, 'src', 'content');
  const paths = await walk(base);
  return Promise.all(
    paths
      // Markdown and YAML, and text files an editor may have meant as Markdown (x.markdown,
      // x.MD, x.txt): the checker reports those instead of letting them be skipped.
      .filter(
        (p) =>
          /\.(md|mdx|markdown|mdown|mkd|txt|ya?ml)$/i.test(p) &&
          !p.split(sep).some((part) => part.startsWith('_')),
      )
      .map(async (p) => {
        const rel = relative(base, p).split(sep);
        const collection =
          rel.length > 1 ? (rel[0] as string) : (rel[0] as string).replace(/\.ya?ml$/, '');
        return {
          collection,
          path: relative(root, p).split(sep).join('/'),
          bytes: await readFile(p),
        };
      }),
  );
}

/** The schema of every collection in src/content.config.ts, by collection name. */
export async function contentSchemas(): Promise<Schemas> {
  const { collections } = await import('../../content.config.ts');
  return Object.fromEntries(
    Object.entries(collections).map(([name, c]) => [name, c.schema]),
  ) as Schemas;
}

/** Where the check keeps each file's result between runs, under the project's node_modules. */
export const checkCacheFile = (root: string) =>
  join(root, 'node_modules', '.cache', 'fupinri-content-check', 'results.v8');

/**
 * The checker's version: a hash of its own code, the schemas and everything they import
 * (all of src/lib and src/content.config.ts), and the project's locked package versions.
 * Any change to them makes every cached result stale.
 */
export async function checkerVersion(root: string): Promise<string> {
  const src = fileURLToPath(new URL('../..', import.meta.url));
  const lib = (await readdir(join(src, 'lib'), { recursive: true }))
    .filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts'))
    .sort();
  const hash = createHash('sha256').update(`node ${process.versions.node}\u0000`);
  for (const path of [
    ...lib.map((n) => join(src, 'lib', n)),
    join(src, 'content.config.ts'),
    join(root, 'package.json'),
    join(root, 'package-lock.json'),
  ]) {
    hash.update(`${relative(src, path)}\u0000`);
    if (existsSync(path)) hash.update(await readFile(path));
    hash.update('\u0000');
  }
  return hash.digest('hex');
}

/** The cache of the project at `root` as the last run left it (empty when there is none or it cannot be read). */
export async function loadCheckCache(root: string): Promise<CheckCache> {
  const version = await checkerVersion(root);
  let results = new Map<string, FileCheck>();
  try {
    const stored = deserialize(await readFile(checkCacheFile(root))) as {
      version?: unknown;
      results?: unknown;
    };
    if (stored.version === version && stored.results instanceof Map)
      results = stored.results as Map<string, FileCheck>;
  } catch {
    // No cache yet, or one this version cannot read: every file is checked afresh.
  }
  return { version, results, used: new Set() };
}

/** Saves the results the last run used (and only those), replacing the file in one step. */
export async function saveCheckCache(root: string, cache: CheckCache): Promise<void> {
  const file = checkCacheFile(root);
  const results = new Map([...cache.results].filter(([key]) => cache.used.has(key)));
  await mkdir(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  await writeFile(partial, serialize({ version: cache.version, results }));
  await rename(partial, file);
}

/**
 * Checks the content of the project at `root`: the problems and the report an editor reads,
 * and the warnings (which do not stop a build) with theirs.
 * A project with node_modules/ keeps each file's result there (see validateContent);
 * a bad file is reported on every run, from the cache or not.
 */
export async function checkContentDir(root: string): Promise<{
  problems: Problem[];
  report: string;
  warnings: Problem[];
  warningReport: string;
  files: number;
}> {
  const files = await readContentFiles(root);
  const useCache = existsSync(join(root, 'node_modules'));
  const cache = useCache ? await loadCheckCache(root) : undefined;
  const warnings: Problem[] = [];
  const problems = validateContent(files, await contentSchemas(), root, cache, { warnings });
  if (cache) await saveCheckCache(root, cache);
  return {
    problems,
    report: formatProblems(problems),
    warnings,
    warningReport: formatWarnings(warnings),
    files: files.length,
  };
}
