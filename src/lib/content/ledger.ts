/**
 * An appeal's open books: each ledger line with the running totals (spent so far and the
 * balance left of what was raised), the day the books stand at, and whether they have gone
 * quiet (money unspent and no line for three months). The content check warns the editor
 * and the appeal page tells the reader from the same answer.
 */
import { lastDay, type When } from './dates.ts';

/** A ledger line as the schema reads it. */
export interface LedgerLine {
  date: When;
  item: string;
  amount: number;
  recipient: string;
}

/** A ledger line with the totals after it. */
export interface LedgerRow extends LedgerLine {
  /** Spent up to and including this line. */
  spent: number;
  /** What is left of the raised money after this line (raised − spent); undefined without a raised figure. */
  balance: number | undefined;
}

/** The books of an appeal: rows in the order written, totals and the day they stand at. */
export interface Books {
  rows: LedgerRow[];
  raised: number | undefined;
  spent: number;
  balance: number | undefined;
  /** The last day the newest line covers (YYYY-MM-DD), or null when no line has a known year. */
  asOf: string | null;
}

/** Adds amounts in fen so that 0.1 + 0.2 stays 0.3 yuan. */
const add = (a: number, b: number) => Math.round(a * 100 + b * 100) / 100;

/** The running totals of a ledger against what was raised. */
export function books(raised: number | undefined, ledger: readonly LedgerLine[]): Books {
  let spent = 0;
  const rows = ledger.map((line) => {
    spent = add(spent, line.amount);
    return { ...line, spent, balance: raised === undefined ? undefined : add(raised, -spent) };
  });
  const days = ledger.map((l) => lastDay(l.date.end)).filter((d): d is string => d !== null);
  return {
    rows,
    raised,
    spent,
    balance: raised === undefined ? undefined : add(raised, -spent),
    asOf: days.length ? days.reduce((a, b) => (b > a ? b : a)) : null,
  };
}

/** A day (YYYY-MM-DD) some calendar months later; the 31st of a shorter month becomes its last day. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** How long books may stay silent while money is unspent. */
export const quietMonths = 3;

/**
 * Whether the books have gone quiet on `today`: money raised and not all spent, and the
 * newest line more than three months old. Books with no dated line are not judged.
 */
export function isQuiet(b: Books, today: string): boolean {
  if (b.balance === undefined || b.balance <= 0 || b.asOf === null) return false;
  return addMonths(b.asOf, quietMonths) < today;
}

/** The column headings of a ledger's CSV download. */
export const csvColumns = ['日期', '用途', '金额（元）', '接收方', '累计支出（元）', '余额（元）'];

const csvCell = (value: string | number | undefined) => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The books as CSV (RFC 4180, CRLF) with a UTF-8 byte-order mark, so that Excel opens the
 * Chinese text as it is; dates as the editor wrote them (EDTF), amounts as plain numbers.
 */
export function ledgerCsv(b: Books): string {
  const lines = [
    csvColumns,
    ...b.rows.map((r) => [r.date.edtf, r.item, r.amount, r.recipient, r.spent, r.balance]),
  ];
  return `\uFEFF${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
