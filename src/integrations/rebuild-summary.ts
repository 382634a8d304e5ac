/**
 * Says what a build redid. Astro's incremental build (experimental.incrementalBuild) copies
 * a page from the last build when its cache key and code are unchanged, and marks each
 * such page "(cached)" or "(restored)" among thousands of lines; this prints the sums when
 * the build is done:
 *
 *   [fupinri:rebuild] 13,012 pages copied from the last build, 41 rendered (28 without a cache key)
 *   [fupinri:rebuild] rendered: 12 src/pages/activities/[id].astro, 3 src/pages/notices/[...page].astro, …
 *
 * It counts, and decides nothing: Astro's prerenderer is wrapped so that every path it
 * lists and every page it renders is counted; a path listed and not rendered was copied.
 */
import type { AstroIntegration, AstroPrerenderer } from 'astro';

/** What a build did, route by route (by the file of the route). */
export interface RebuildCounts {
  /** Paths listed, by route. */
  listed: Map<string, number>;
  /** Paths rendered, by route. */
  rendered: Map<string, number>;
  /** Paths listed without a cache key: Astro renders every one of them. */
  unkeyed: number;
}

const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
const n = (x: number) => x.toLocaleString('en-US');

/** The lines the build prints: the sums, then the routes that rendered pages, most first. */
export function rebuildSummary({ listed, rendered, unkeyed }: RebuildCounts): string[] {
  const made = sum(rendered);
  const copied = Math.max(0, sum(listed) - made);
  const byRoute = [...rendered]
    .filter(([, count]) => count > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([route, count]) => `${n(count)} ${route}`);
  return [
    `${n(copied)} ${copied === 1 ? 'page' : 'pages'} copied from the last build, ${n(made)} rendered (${n(unkeyed)} without a cache key)`,
    ...(byRoute.length ? [`rendered: ${byRoute.join(', ')}`] : []),
  ];
}

const add = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

/**
 * A prerenderer (Astro's default) counting into `counts` what it lists and what it
 * renders. Only getStaticPaths and render are wrapped; setup, teardown and the rest are
 * the prerenderer's own.
 */
export function countingPrerenderer(
  base: AstroPrerenderer,
  counts: RebuildCounts,
): AstroPrerenderer {
  return {
    ...base,
    async getStaticPaths() {
      const paths = await base.getStaticPaths();
      for (const path of paths) {
        add(counts.listed, path.route.component);
        if (path.cacheKey === undefined) counts.unkeyed++;
      }
      return paths;
    },
    render(request, options) {
      add(counts.rendered, options.routeData.component);
      return base.render(request, options);
    },
  };
}

export function rebuildSummaryIntegration(): AstroIntegration {
  let counts: RebuildCounts | undefined;
  return {
    name: 'fupinri:rebuild',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        const mine: RebuildCounts = { listed: new Map(), rendered: new Map(), unkeyed: 0 };
        counts = mine;
        setPrerenderer((base) => countingPrerenderer(base, mine));
      },
      'astro:build:done': ({ logger }) => {
        if (!counts) return;
        for (const line of rebuildSummary(counts)) logger.info(line);
      },
    },
  };
}
