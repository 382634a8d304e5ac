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
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as pagefindApi from 'pagefind';
import { filesUnder, pagePath } from './output-files.ts';
import { isSimplifiedPage, marksSearchBody } from './pagefind-pages.ts';

/** How many pages are sent to Pagefind's service before their answers are awaited. */
const inFlight = 64;

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
          // The Simplified pages that mark a search body, and no other (src/integrations/pagefind-pages.ts):
          // each read here once and handed to Pagefind, which then parses only those.
          // In path order, as Pagefind's own walk added them: results of equal score keep that order.
          const pages = (await filesUnder(outDir)).filter(isSimplifiedPage).sort();
          let indexed = 0;
          const failures: string[] = [];
          let batch: Promise<void>[] = [];
          for (const file of pages) {
            const content = await readFile(join(outDir, file), 'utf8');
            if (!marksSearchBody(content)) continue;
            indexed++;
            batch.push(
              index.addHTMLFile({ url: pagePath(file), content }).then(({ errors }) => {
                for (const error of errors) failures.push(`${file}: ${error}`);
              }),
            );
            if (batch.length >= inFlight) {
              await Promise.all(batch);
              batch = [];
            }
          }
          await Promise.all(batch);
          if (failures.length) throw new Error(`Pagefind: ${failures.join('; ')}`);
          const written = await index.writeFiles({ outputPath: `${outDir}/pagefind` });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(
            `indexed ${indexed} of ${pages.length} Simplified pages (those that mark a search body), one index (zh-cn); ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefindApi.close();
        }
      },
    },
  };
}
