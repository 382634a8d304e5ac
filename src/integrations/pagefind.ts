/**
 * Writes the Pagefind search index into the build output as the last step of
 * `astro build`, through Pagefind's Node API (Starlight's approach): nothing is
 * copied into public/, and `astro preview` serves a site whose search works.
 *
 * One index, in Simplified (zh-cn): Pagefind reads each page once, from its Simplified
 * original. The Traditional search page searches the same index with the query folded
 * to Simplified and shows the results in Traditional (src/client/search-fold.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readdir } from 'node:fs/promises';
import * as pagefindApi from 'pagefind';
import { searchableGlob } from './pagefind-glob.ts';

/** The names of the folders in a folder (none if it does not exist). */
const foldersIn = async (dir: string): Promise<string[]> =>
  (await readdir(dir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name);

export function pagefind(): AstroIntegration {
  return {
    name: 'fupinri:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        // The Pagefind service is closed whether indexing succeeded or threw (as Starlight does),
        // so a failed build does not leave it running.
        try {
          const started = performance.now();
          const { index, errors } = await pagefindApi.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          // The Simplified pages only: no Traditional or elder copy (src/integrations/pagefind-glob.ts).
          const glob = searchableGlob(await foldersIn(outDir));
          const added = await index.addDirectory({ path: outDir, glob });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(
            `read ${added.page_count} pages, one index (zh-cn); ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
