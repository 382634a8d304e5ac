/** One feed per collection: /notices/rss.xml, /stories/rss.xml … */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse, feedSources } from '../../lib/feeds/feed-content.ts';
import { feedKinds, type FeedKind } from '../../lib/feeds/feeds.ts';
import { keyContext } from '../../lib/content/query.ts';
import { keyedPaths } from '../../lib/content/page-cache-key.ts';

// A feed shows every entry of its collection (the newest, bodies in full): they are in its key.
export const getStaticPaths = (async () =>
  keyedPaths(
    await keyContext(),
    feedKinds.map((kind) => ({ params: { feed: kind }, props: { kind } })),
    { reads: async ({ props }) => ({ entries: await feedSources(props.kind) }) },
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: FeedKind }> = ({ props }) => feedResponse(props.kind);
