/** /appeals/<id>/ledger.csv: an appeal's ledger with running totals, UTF-8 with BOM for Excel (appeals with a ledger only). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLedgerAppeals, keyContext, type AppealEntry } from '../../../lib/content/query.ts';
import { keyedPaths } from '../../../lib/content/page-cache-key.ts';
import { books, ledgerCsv } from '../../../lib/content/ledger.ts';

// Made from its appeal alone (in its props).
export const getStaticPaths = (async () =>
  keyedPaths(
    await keyContext(),
    (await getLedgerAppeals()).map((appeal) => ({ params: { id: appeal.id }, props: { appeal } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ appeal: AppealEntry }> = ({ props }) =>
  new Response(
    new TextEncoder().encode(ledgerCsv(books(props.appeal.data.raised, props.appeal.data.ledger))),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
