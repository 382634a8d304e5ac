/**
 * The checks of the books the public is meant to read: an appeal's ledger (spent never
 * above raised, no line dated after today, and a warning when it has gone quiet) and the
 * pairing lists of a programme (each county one of the programme's, each village in that
 * county, no pair twice, no signing after today). Called by validate.ts with its helpers.
 */
import { parseWhen, type When } from './dates.ts';
import { books, isQuiet, quietMonths, type LedgerLine } from './ledger.ts';
import { isAfter } from './pairings.ts';
import type { Entry } from './validate.ts';

type Report = (
  e: Entry,
  path: (string | number)[],
  expected: string,
  fix: string,
  written?: string,
) => void;

/** What the book checks need from validateContent. */
export interface BooksCheck {
  /** Reports a problem (stops the build). */
  add: Report;
  /** Reports a warning (the build goes on). */
  warn: Report;
  /** Whether the schema already reported a problem at the path. */
  isFlagged: (e: Entry, path: readonly (string | number)[]) => boolean;
  /** YYYY-MM-DD, the build's day in China. */
  today: string;
}

/** A raw date field as a When, or undefined when it does not parse (the schema says so). */
function whenOf(value: unknown): When | undefined {
  try {
    return parseWhen(value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
  } catch {
    return undefined;
  }
}

const list = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? (value as Record<string, unknown>[]) : [];

/** A date that must not lie after the build's day. */
function notAfterToday(e: Entry, path: (string | number)[], value: unknown, c: BooksCheck) {
  if (c.isFlagged(e, path)) return;
  const when = whenOf(value);
  if (when && isAfter(when, c.today))
    c.add(e, path, `不晚于今天（${c.today}）的日期`, '核对日期：尚未发生的事不能登记');
}

/** An appeal's ledger against its raised figure, and whether it has gone quiet. */
export function checkLedger(e: Entry, c: BooksCheck): void {
  const ledger = list(e.data.ledger);
  ledger.forEach((row, i) => notAfterToday(e, ['ledger', i, 'date'], row.date, c));
  if (c.isFlagged(e, ['ledger']) || c.isFlagged(e, ['raised'])) return;
  const raised = typeof e.data.raised === 'number' ? e.data.raised : undefined;
  const lines = ledger.flatMap((row): LedgerLine[] => {
    const date = whenOf(row.date);
    return date
      ? [{ ...(row as unknown as LedgerLine), date, amount: Number(row.amount) || 0 }]
      : [];
  });
  const b = books(raised, lines);
  const spent = ledger.reduce((sum, row) => sum + (Number(row.amount) || 0), 0);
  if (ledger.length && raised === undefined)
    c.add(e, ['raised'], '有资金使用公示时须填写已筹金额 raised', '填写已筹金额（元）');
  if (raised !== undefined && spent > raised)
    c.add(
      e,
      ['ledger'],
      `支出合计 ${spent} 元不能超过已筹金额 ${raised} 元`,
      '核对每笔支出金额或已筹金额',
      `支出合计 ${spent} 元`,
    );
  else if (isQuiet(b, c.today))
    c.warn(
      e,
      ['ledger', ledger.length - 1],
      `已筹资金尚余 ${b.balance} 元未公示去向时，至少每 ${quietMonths} 个月公示一次`,
      '补上最近的支出；若资金暂未使用，也请写明原因（页面会提示读者公示已久未更新）',
      `最后一笔公示在 ${b.asOf}`,
    );
}

/** Every programme's pairing lists: counties, villages, duplicates and dates. */
export function checkPairingLists(
  lists: readonly Entry[],
  programmes: readonly Entry[],
  villages: readonly Entry[],
  c: BooksCheck,
): void {
  const regionsOf = new Map(programmes.map((p) => [p.id, list(p.data.regions).map(String)]));
  const villageRegion = new Map(villages.map((v) => [String(v.data.name), String(v.data.region)]));
  const seen = new Map<string, { e: Entry; i: number }>();
  for (const e of lists) {
    const programme = String(e.data.programme ?? '');
    const region = String(e.data.region ?? '');
    const allowed = regionsOf.get(programme);
    if (allowed && !c.isFlagged(e, ['region']) && !allowed.includes(region))
      c.add(
        e,
        ['region'],
        `帮扶项目 ${programme} 覆盖的地区之一：${allowed.join('、')}`,
        `改为其中之一，或先在 src/content/programmes/${programme}.md 的 regions 中加上${region}`,
      );
    list(e.data.pairings).forEach((p, i) => {
      notAfterToday(e, ['pairings', i, 'signed'], p.signed, c);
      const village = String(p.village ?? '');
      const home = villageRegion.get(village);
      if (home !== undefined && home !== region && !c.isFlagged(e, ['pairings', i, 'village']))
        c.add(
          e,
          ['pairings', i, 'village'],
          `${region}的村（villages.yaml 中${village}属于${home}）`,
          `把这一对移到${home}的结对名单，或核对村名`,
        );
      const key = `${programme}\u0000${String(p.enterprise)}\u0000${village}`;
      const first = seen.get(key);
      if (first)
        c.add(
          e,
          ['pairings', i],
          '每对企业和村只登记一次',
          `与 ${first.e.file.path} 第 ${first.e.lineOf(['pairings', first.i])} 行重复，请删除其中一行`,
          `${String(p.enterprise)} 帮扶 ${village}`,
        );
      else seen.set(key, { e, i });
    });
  }
}
