/** /programmes/<id>/rss.xml: a programme's pairings, an item each, newest first. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getProgrammeViews, keyContext, type ProgrammeView } from '../../../lib/content/query.ts';
import { keyedPaths } from '../../../lib/content/page-cache-key.ts';
import { bookFeedResponse } from '../../../lib/feeds/feed-content.ts';
import { bookItems, programmeFeedPath } from '../../../lib/feeds/book-feeds.ts';
import { site } from '../../../lib/site/site.ts';
import { t } from '../../../lib/site/ui.ts';

// Made from its programme's view alone (in its props: the programme and every pairing).
export const getStaticPaths = (async () =>
  keyedPaths(
    await keyContext(),
    (await getProgrammeViews()).map((view) => ({
      params: { id: view.programme.id },
      props: { view },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: ProgrammeView }> = ({ props }) => {
  const { programme, rows } = props.view;
  return bookFeedResponse({
    title: programme.data.title,
    description: t('feed.programme.description', { title: programme.data.title }),
    path: programmeFeedPath(programme.id),
    items: bookItems(
      rows.map((r) => ({
        url: r.url,
        title: t('feed.pairingItem', { enterprise: r.enterprise, village: r.village }),
        text: `${r.region.name}，${r.help}（${t(`pairing.status.${r.status}`)}）`,
        date: r.signed,
        categories: [t('nav.programmes'), r.region.name],
        example: r.example,
      })),
      site.url,
    ),
  });
};
