/**
 * The two projects the benchmark builds from one corpus, under .bench/: a copy of this
 * site with its content replaced, and a bare Astro baseline (one collection, one page
 * template, Pagefind, nothing else). Each gets a node_modules folder of links to this
 * project's packages, so Astro's and Vite's caches (node_modules/.astro, .vite) are the
 * benchmark's own and a cold build is really cold. The copy is made a git repository, as
 * a clone is.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus, type CorpusFile } from './corpus.ts';

/** Top-level parts of the project a build needs (src/content is replaced by the corpus). */
export const SITE_PARTS = [
  'src',
  'public',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  '.gitignore',
] as const;

/** Cache folders a warm rebuild keeps and a cold build removes. */
export const CACHES = [
  '.astro',
  'node_modules/.astro',
  'node_modules/.vite',
  'node_modules/.cache',
  'dist',
] as const;

/** A node_modules folder whose entries link to the packages of `modules`, without its caches. */
async function linkModules(modules: string, target: string): Promise<void> {
  const from = join(modules, 'node_modules');
  const to = join(target, 'node_modules');
  await mkdir(to, { recursive: true });
  for (const name of await readdir(from)) {
    if (['.astro', '.vite', '.cache'].includes(name)) continue;
    await symlink(join(from, name), join(to, name));
  }
}

/** Removes every cache and the previous output, so the next build starts cold. */
export async function clearCaches(dir: string): Promise<void> {
  for (const c of CACHES) await rm(join(dir, c), { recursive: true, force: true });
}

/** A copy of the site at `project` in `dir`, with the packages of `modules` and the corpus as its content. */
export async function prepareSite(
  project: string,
  modules: string,
  dir: string,
  files: readonly CorpusFile[],
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (const part of SITE_PARTS) {
    const source = join(project, part);
    if (!existsSync(source)) continue;
    await cp(source, join(dir, part), {
      recursive: true,
      filter: (src) => src !== join(project, 'src', 'content'),
    });
  }
  await linkModules(modules, dir);
  await writeCorpus(join(dir, 'src', 'content'), files);
  // A checkout, as where the site is really built: tools that honour .gitignore (Tailwind's
  // class scanner) see the same files as in a clone.
  try {
    execFileSync('git', ['init', '-q', dir], { stdio: 'ignore' });
  } catch {
    // No git: the copy is built as a plain folder.
  }
}

const BASELINE_CONFIG = `// Bare Astro baseline for the benchmark: Pagefind after the build, nothing else.
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

export default defineConfig({
  devToolbar: { enabled: false },
  integrations: [
    {
      name: 'baseline-pagefind',
      hooks: {
        'astro:build:done': async ({ dir }) => {
          const outDir = fileURLToPath(dir);
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' });
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: outDir });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: outDir + '/pagefind' });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          await pagefind.close();
        },
      },
    },
  ],
});
`;

const BASELINE_COLLECTIONS = `// One collection: every Markdown file of the corpus, front matter passed through as written.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

export const collections = {
  entries: defineCollection({ loader: glob({ pattern: '**/*.md', base: './src/content' }) }),
};
`;

const BASELINE_PAGE = `---
// One page template: the entry's title and its Markdown body.
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
const title = entry.data.title ?? entry.data.name ?? entry.id;
---
<!doctype html>
<html lang="zh-CN">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>{title}</title></head>
  <body><main><h1>{title}</h1><Content /></main></body>
</html>
`;

/** The bare Astro baseline in `dir`, with the packages of `modules` and the same corpus. */
export async function prepareBaseline(
  modules: string,
  dir: string,
  files: readonly CorpusFile[],
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`,
  );
  await writeFile(join(dir, 'astro.config.mjs'), BASELINE_CONFIG);
  await writeFile(join(dir, 'src', 'content.config.ts'), BASELINE_COLLECTIONS);
  await writeFile(join(dir, 'src', 'pages', '[...id].astro'), BASELINE_PAGE);
  await linkModules(modules, dir);
  await writeCorpus(join(dir, 'src', 'content'), files);
}
