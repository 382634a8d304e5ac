/** /appeals/<id>/rss.xml: an appeal's ledger, a line an item, newest first (appeals with a ledger only). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLedgerAppeals, keyContext, type AppealEntry } from '../../../lib/content/query.ts';
import { keyedPaths } from '../../../lib/content/page-cache-key.ts';
import { entryUrl } from '../../../lib/content/entries.ts';
import { bookFeedResponse } from '../../../lib/feeds/feed-content.ts';
import { appealFeedPath, bookItems } from '../../../lib/feeds/book-feeds.ts';
import { site } from '../../../lib/site/site.ts';
import { t } from '../../../lib/site/ui.ts';

// Made from its appeal alone (in its props).
export const getStaticPaths = (async () =>
  keyedPaths(
    await keyContext(),
    (await getLedgerAppeals()).map((appeal) => ({ params: { id: appeal.id }, props: { appeal } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ appeal: AppealEntry }> = ({ props }) => {
  const { appeal } = props;
  return bookFeedResponse({
    title: `${appeal.data.title}：${t('appeal.ledger')}`,
    description: t('feed.appeal.description', { title: appeal.data.title }),
    path: appealFeedPath(appeal.id),
    items: bookItems(
      appeal.data.ledger.map((line, i) => ({
        url: `${entryUrl('appeals', appeal.id)}#ledger-${i + 1}`,
        title: t('feed.ledgerItem', {
          item: line.item,
          amount: line.amount.toLocaleString('zh-CN'),
        }),
        text: `${line.item}，${line.amount.toLocaleString('zh-CN')} 元，接收方：${line.recipient}`,
        date: line.date,
        categories: [t('nav.appeals'), t('appeal.ledger')],
        example: appeal.data.example,
      })),
      site.url,
    ),
  });
};
