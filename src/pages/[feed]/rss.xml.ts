/** One feed per collection: /notices/rss.xml, /stories/rss.xml … */
import type { APIRoute, GetStaticPaths } from 'astro';
import { feedResponse } from '../../lib/feeds/feed-content.ts';
import { feedKinds, type FeedKind } from '../../lib/feeds/feeds.ts';

export const getStaticPaths = (() =>
  feedKinds.map((kind) => ({ params: { feed: kind }, props: { kind } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ kind: FeedKind }> = ({ props }) => feedResponse(props.kind);
