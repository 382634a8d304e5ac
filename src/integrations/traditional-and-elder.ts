/**
 * Every page for every reader: after Astro has written the Simplified pages, writes
 * the Traditional Chinese site under dist/zh-hant/ (pages and feeds), the elder-friendly
 * pages under dist/elder/ and dist/zh-hant/elder/, and the search folding table (which
 * /zh-hant/search/ uses to fold queries to the one Simplified index and to show its results
 * in Traditional). It runs before the Pagefind integration. Also puts the script that applies the reader's stored layout choice in
 * every page's <head> (its hash is in each page's CSP and the server's: src/lib/security/headers.ts).
 * A page whose bytes did not change since the last build gets its copies back from the cache
 * (src/lib/versions/copy-cache.ts) instead of being converted again; the log says how many.
 */
import type { AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, pageFile, pagePath } from './output-files.ts';
import { pageVersions } from '../lib/versions/copy-page.ts';
import {
  copyCacheDir,
  copyMakerVersion,
  CopyCache,
  pageKey,
  siteKey,
} from '../lib/versions/copy-cache.ts';
import type { SiteMap } from '../lib/versions/page-dom.ts';
import { traditionalXml } from '../lib/versions/traditional-page.ts';
import { buildFoldTable, foldTablePath } from '../lib/search/script-fold.ts';
import { variantForms, wordPairs } from '../lib/versions/traditional.ts';
import { t } from '../lib/site/ui.ts';
import {
  elderPrefix,
  hantPrefix,
  modeHeadScript,
  variantPath,
} from '../lib/versions/page-versions.ts';

/** Full URLs of the Traditional pages, filled during the build: hand it to the sitemap as customPages. */
export const hantPageUrls: string[] = [];

/** How many pages are read, and their copies written, at once. */
const batchSize = 32;

/** Options of the Traditional and elder integration. */
export interface TraditionalAndElderOptions {
  /** Pages that are not for readers (an editors' admin page): no Traditional or elder copy, and links to them stay. */
  skip?: (path: string) => boolean;
}

/** The integration: see the top of this file. */
export function traditionalAndElder({
  skip = () => false,
}: TraditionalAndElderOptions = {}): AstroIntegration {
  let origin = '';
  let root = '';
  return {
    name: 'fupinri:traditional-and-elder',
    hooks: {
      'astro:config:setup': ({ injectScript }) => {
        injectScript('head-inline', modeHeadScript);
      },
      'astro:config:done': ({ config }) => {
        if (!config.site)
          throw new Error('fupinri:traditional-and-elder needs `site` in astro.config.mjs');
        origin = new URL(config.site).origin;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = await filesUnder(out);
        const taken = files.filter(
          (f) => f.startsWith(`${hantPrefix}/`) || f.startsWith(`${elderPrefix}/`),
        );
        if (taken.length)
          throw new Error(
            `fupinri:traditional-and-elder: pages already under ${hantPrefix}/ or ${elderPrefix}/: ${taken.join(', ')}`,
          );
        const htmlFiles = files.filter((f) => f.endsWith('.html') && !skip(pagePath(f)));
        const feeds = files.filter((f) => f.endsWith('.xml') && !/^\/sitemap[^/]*\.xml$/.test(f));
        const site: SiteMap = {
          pages: new Set(htmlFiles.map(pagePath)),
          hantFiles: new Set(feeds),
          origin,
        };
        const started = performance.now();
        const toHansLabel = t('script.toHans');
        // Kept between builds only in a project with node_modules (where the other caches live);
        // `astro build --force` makes every copy afresh (and keeps them for the next build).
        const cache = existsSync(join(root, 'node_modules'))
          ? new CopyCache(copyCacheDir(root), { read: !process.argv.includes('--force') })
          : undefined;
        const keyOfSite = cache ? siteKey(await copyMakerVersion(root), site, toHansLabel) : '';
        // Each text the Traditional copies converted, with its word pairs for the folding
        // table: worked out once per text, and not at all for a restored page's texts.
        const pairsOf = new Map<string, [string, string][]>();
        let textsConverted = 0;
        const pairsOfText = (text: string) => {
          const known = pairsOf.get(text);
          if (known) return known;
          textsConverted++;
          return wordPairs(text);
        };
        const made = new Set<string>();
        const emit = async (path: string, content: string) => {
          const file = join(out, pageFile(path));
          const folder = dirname(file);
          // Each folder made once: most of a restored page's time was spent asking again.
          if (!made.has(folder)) {
            await mkdir(folder, { recursive: true });
            made.add(folder);
          }
          await writeFile(file, content);
        };
        hantPageUrls.length = 0;
        // Pages go through in order (so the folding table and the sitemap's list do not depend
        // on timing), a batch at a time: a batch's files and kept copies are read together and
        // its copies written together, while the next batch is converted.
        let writing: Promise<unknown> = Promise.resolve();
        for (let start = 0; start < htmlFiles.length; start += batchSize) {
          const batch = await Promise.all(
            htmlFiles.slice(start, start + batchSize).map(async (file) => {
              const path = pagePath(file);
              const html = await readFile(join(out, file), 'utf8');
              const key = cache ? pageKey(keyOfSite, path, html) : '';
              return { path, html, key, kept: await cache?.get(key) };
            }),
          );
          const writes: Promise<void>[] = [];
          for (const { path, html, key, kept } of batch) {
            let versions = kept;
            if (!versions) {
              const pageTexts: string[] = [];
              const made = pageVersions(html, path, site, {
                toHansLabel,
                onText: (s) => pageTexts.push(s),
              });
              const texts = [...new Set(pageTexts)];
              versions = { ...made, texts, pairs: texts.map(pairsOfText) };
              writes.push(cache?.set(key, versions) ?? Promise.resolve());
            }
            for (const [i, text] of versions.texts.entries())
              if (!pairsOf.has(text)) pairsOf.set(text, versions.pairs[i] ?? pairsOfText(text));
            const hantPath = variantPath(path, { script: 'hant', elder: false });
            writes.push(
              emit(hantPath, versions.hant),
              emit(variantPath(path, { script: 'hans', elder: true }), versions.elder),
              emit(variantPath(path, { script: 'hant', elder: true }), versions.hantElder),
            );
            if (path.endsWith('/')) hantPageUrls.push(`${origin}${hantPath}`);
          }
          await writing;
          writing = Promise.all(writes);
          // Awaited at the next batch; until then a failed write is not an unhandled rejection.
          writing.catch(() => {});
        }
        await writing;
        for (const feed of feeds)
          await emit(
            `${hantPrefix}${feed}`,
            traditionalXml(await readFile(join(out, feed), 'utf8'), site),
          );
        const table = buildFoldTable([...pairsOf.values()].flat(), variantForms());
        await writeFile(join(out, foldTablePath), JSON.stringify(table));
        const pruned = (await cache?.prune()) ?? 0;
        logger.info(
          `${htmlFiles.length} pages each in Traditional, elder and Traditional elder (${
            cache
              ? `${cache.counts.made} converted, ${cache.counts.restored} unchanged and restored from the cache${pruned ? `, ${pruned} stale copies removed` : ''}`
              : 'all converted: no cache without node_modules'
          }); ${feeds.length} feeds in Traditional; folding table of ${table.hans.length + table.hant.length} entries (${textsConverted} of ${pairsOf.size} texts converted for it); ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
