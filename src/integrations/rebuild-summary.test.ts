/** The rebuild summary counts what the prerenderer lists and renders, and says it in a line. */
import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { countingPrerenderer, rebuildSummary, type RebuildCounts } from './rebuild-summary.ts';

const fresh = (): RebuildCounts => ({ listed: new Map(), rendered: new Map(), unkeyed: 0 });

/** A prerenderer that lists three keyed activity pages and one page without a key. */
function fakePrerenderer(log: string[]): AstroPrerenderer {
  const route = (component: string) => ({ component }) as never;
  return {
    name: 'fake',
    setup: async () => void log.push('setup'),
    getStaticPaths: async () => [
      {
        pathname: '/activities/a/',
        route: route('src/pages/activities/[id].astro'),
        cacheKey: 'k1',
      },
      {
        pathname: '/activities/b/',
        route: route('src/pages/activities/[id].astro'),
        cacheKey: 'k2',
      },
      {
        pathname: '/activities/c/',
        route: route('src/pages/activities/[id].astro'),
        cacheKey: 'k3',
      },
      { pathname: '/', route: route('src/pages/index.astro') },
    ],
    render: async (request) => {
      log.push(`render ${new URL(request.url).pathname}`);
      return new Response('ok');
    },
    teardown: async () => void log.push('teardown'),
  };
}

describe('the rebuild summary', () => {
  it('counts a listed path that was not rendered as copied, and passes every call through', async () => {
    const log: string[] = [];
    const counts = fresh();
    const p = countingPrerenderer(fakePrerenderer(log), counts);
    await p.setup?.();
    const paths = await p.getStaticPaths();
    expect(paths).toHaveLength(4);
    // Astro copies two of the activity pages and renders the third and the home page.
    for (const path of [paths[1]!, paths[3]!]) {
      const response = await p.render(new Request(`https://example.gov.cn${path.pathname}`), {
        routeData: path.route,
      });
      expect(await (response as Response).text()).toBe('ok');
    }
    await p.teardown?.();
    expect(log).toEqual(['setup', 'render /activities/b/', 'render /', 'teardown']);
    expect(rebuildSummary(counts)).toEqual([
      '2 pages copied from the last build, 2 rendered (1 without a cache key)',
      'rendered: 1 src/pages/activities/[id].astro, 1 src/pages/index.astro',
    ]);
  });

  it('writes thousands with separators and lists the routes that rendered most first', () => {
    const counts: RebuildCounts = {
      listed: new Map([
        ['src/pages/activities/[id].astro', 12_000],
        ['src/pages/notices/[...page].astro', 1_053],
      ]),
      rendered: new Map([
        ['src/pages/notices/[...page].astro', 3],
        ['src/pages/activities/[id].astro', 38],
      ]),
      unkeyed: 0,
    };
    expect(rebuildSummary(counts)).toEqual([
      '13,012 pages copied from the last build, 41 rendered (0 without a cache key)',
      'rendered: 38 src/pages/activities/[id].astro, 3 src/pages/notices/[...page].astro',
    ]);
  });

  it('a build that copied everything says so, with no second line', () => {
    const counts: RebuildCounts = { listed: new Map([['a', 1]]), rendered: new Map(), unkeyed: 0 };
    expect(rebuildSummary(counts)).toEqual([
      '1 page copied from the last build, 0 rendered (0 without a cache key)',
    ]);
  });
});
