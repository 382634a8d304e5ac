/**
 * Dates as campaign plans write them: EDTF (ISO 8601-2) strings in, Chinese text,
 * calendar days and statuses out. Every day is a day in China Standard Time
 * (Asia/Shanghai); nothing here depends on the machine's time zone.
 *
 * Past 250 lines because every date form of the plans is read, written and compared here, in
 * one module with one test table.
 */
import { parse as parseEdtf } from 'edtf';

/** One end of a date as written: any part may be unknown (20XX, a month without a day). */
export interface DatePoint {
  /** Full year, or null where the plan leaves it unspecified (20XX). */
  year: number | null;
  /** 1–12, or null for a year-precision date. */
  month: number | null;
  /** 1–31, or null for a month-precision date. */
  day: number | null;
  /** Written with `~`: "10月10日左右", or "9月底" for the last day of a month. */
  approximate: boolean;
}

/** A parsed `when`/`date` field: a single date, a range, or a deadline ("7月11日前"). */
export interface When {
  /** The EDTF string as the editor wrote it. */
  edtf: string;
  kind: 'point' | 'range' | 'deadline';
  /** First date of a range; the date itself for a point; null for a deadline. */
  start: DatePoint | null;
  /** Last date of a range or the due date of a deadline; the date itself for a point. */
  end: DatePoint;
}

/** The three states of a scheduled item on a given day. */
export type Status = 'upcoming' | 'ongoing' | 'ended';

/** Raised for a date an editor wrote that cannot be used; `message` is in Chinese. */
export class DateError extends Error {}

const TOKEN = /[0-9X]{4}(?:-[0-9X]{2}){0,2}[~?%]?/g;

interface EdtfDate {
  values: number[];
  unspecified?: number | { value: number };
  approximate?: boolean | number | { value: number };
}

function bits(v: EdtfDate['unspecified'] | EdtfDate['approximate']): number {
  if (v === undefined || v === false) return 0;
  if (v === true) return 0xff;
  return typeof v === 'number' ? v : v.value;
}

function toPoint(node: EdtfDate, forcedApprox: boolean): DatePoint {
  const unspecified = bits(node.unspecified);
  const [y, m, d] = node.values;
  return {
    year: unspecified & 0b1111 ? null : (y ?? null),
    month: m === undefined || unspecified & 0b110000 ? null : m + 1,
    day: d === undefined || unspecified & 0b11000000 ? null : d,
    approximate: forcedApprox || bits(node.approximate) !== 0,
  };
}

/**
 * Parses an EDTF string into a When. The `edtf` package rejects a qualifier on a date
 * with unspecified digits (`20XX-10-10~`, which ISO 8601-2 allows); such a `~` is taken
 * off before parsing and applied here.
 */
export function parseWhen(edtf: string): When {
  const text = String(edtf).trim();
  const known = parsedWhens.get(text);
  if (known) return copyWhen(known);
  const when = parseUncached(text);
  parsedWhens.set(text, when);
  return copyWhen(when);
}

/** Every text parsed so far: a build parses each date twice (content check, content layer), and dates repeat. */
const parsedWhens = new Map<string, When>();

/** A copy that shares nothing with the cached value (a point's start and end stay one object). */
function copyWhen(w: When): When {
  const end = { ...w.end };
  return { ...w, start: w.start === w.end ? end : w.start && { ...w.start }, end };
}

function parseUncached(text: string): When {
  const forced: boolean[] = [];
  const cleaned = text.replace(TOKEN, (token) => {
    const approx = token.includes('X') && token.endsWith('~');
    forced.push(approx);
    return approx ? token.slice(0, -1) : token;
  });
  let tree: {
    type: string;
    values: (EdtfDate | null)[];
    earlier?: boolean;
    later?: boolean;
  } & EdtfDate;
  try {
    tree = parseEdtf(cleaned) as typeof tree;
  } catch {
    throw new DateError(`“${text}”不是可识别的 EDTF 日期`);
  }
  const point = (node: EdtfDate | null, i: number) => {
    if (!node) throw new DateError(`“${text}”缺少起止日期`);
    return toPoint(node, forced[i] ?? false);
  };
  let when: When;
  if (tree.type === 'Date') {
    const p = point(tree, 0);
    when = { edtf: text, kind: 'point', start: p, end: p };
  } else if (tree.type === 'Interval') {
    const [a, b] = tree.values.map((v) => (v && typeof v === 'object' ? v : null));
    if (!a && b) when = { edtf: text, kind: 'deadline', start: null, end: point(b, 0) };
    else when = { edtf: text, kind: 'range', start: point(a ?? null, 0), end: point(b ?? null, 1) };
  } else if (
    (tree.type === 'Set' || tree.type === 'List') &&
    tree.earlier &&
    tree.values.length === 1
  ) {
    when = { edtf: text, kind: 'deadline', start: null, end: point(tree.values[0] ?? null, 0) };
  } else {
    throw new DateError(
      `“${text}”这种日期写法本站不支持，请写单个日期、日期范围或“[..日期]”形式的截止日期`,
    );
  }
  const first = when.start && firstDay(when.start);
  const last = lastDay(when.end);
  if (first && last && first > last) throw new DateError(`“${text}”的结束日期早于开始日期`);
  return when;
}

/** Days in a month of a year (the year may be unknown: February then has 29). */
export function daysInMonth(year: number | null, month: number): number {
  return new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first calendar day a point covers, as YYYY-MM-DD; null when its year is unknown. */
export function firstDay(p: DatePoint): string | null {
  if (p.year === null) return null;
  return `${p.year}-${pad(p.month ?? 1)}-${pad(p.day ?? 1)}`;
}

/** The last calendar day a point covers, as YYYY-MM-DD; null when its year is unknown. */
export function lastDay(p: DatePoint): string | null {
  if (p.year === null) return null;
  const month = p.month ?? 12;
  return `${p.year}-${pad(month)}-${pad(p.day ?? daysInMonth(p.year, month))}`;
}

/** A key that sorts dates in calendar order, unknown years first, then by month and day. */
export function sortKey(when: When): string {
  const p = when.start ?? when.end;
  return `${p.year ?? '0000'}-${pad(p.month ?? 0)}-${pad(p.day ?? 0)}|${when.end.year ?? '0000'}-${pad(when.end.month ?? 12)}-${pad(when.end.day ?? 31)}`;
}

/** The days a When spans: [first, last], each YYYY-MM-DD, or null when the year is unknown. */
export function span(when: When): { first: string | null; last: string } | null {
  const last = lastDay(when.end);
  if (!last) return null;
  return { first: when.start ? firstDay(when.start) : null, last };
}

function isMonthEnd(p: DatePoint): boolean {
  return (
    p.approximate && p.day !== null && p.month !== null && p.day === daysInMonth(p.year, p.month)
  );
}

/** Formats one point; `withYear` false leaves the year out, `withMonth` false the month. */
function formatPoint(p: DatePoint, withYear: boolean, withMonth = true): string {
  const y = withYear && p.year !== null ? `${p.year}年` : '';
  if (p.month === null) return p.year !== null ? `${p.year}年` : '';
  const m = withMonth || y ? `${p.month}月` : '';
  if (p.day === null) return `${y}${m}`;
  if (isMonthEnd(p)) return `${y}${m}底`;
  return `${y}${m}${p.day}日${p.approximate ? '左右' : ''}`;
}

/** Options for formatWhen. */
export interface FormatOptions {
  /** Show the year where it is known (default true). */
  year?: boolean;
}

/** Chinese text for a When, as plans write it: 2020年9月15日至10月17日, 10月10日左右, 9月底, 7月11日前. */
export function formatWhen(when: When, options: FormatOptions = {}): string {
  const withYear = options.year ?? true;
  if (when.kind === 'deadline') return `${formatPoint(when.end, withYear)}前`;
  if (when.kind === 'point' || !when.start) return formatPoint(when.end, withYear);
  const { start, end } = when;
  const sameYear = start.year === end.year;
  const sameMonth = sameYear && start.month === end.month && start.day !== null && end.day !== null;
  const tail = formatPoint(end, withYear && !sameYear, !sameMonth);
  return `${formatPoint(start, withYear)}至${tail}`;
}

/** A machine-readable value for <time datetime>: the first day (or month) known, or undefined. */
export function datetimeAttr(when: When): string | undefined {
  const p = when.start ?? when.end;
  if (p.year === null) return undefined;
  if (p.month === null) return String(p.year);
  return p.day === null ? `${p.year}-${pad(p.month)}` : `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}

/** Today's date in China Standard Time, as YYYY-MM-DD. */
export function todayInShanghai(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

/** Whether an item is upcoming, ongoing or ended on `today` (YYYY-MM-DD); null if its year is unknown. */
export function statusOn(when: When, today: string): Status | null {
  const days = span(when);
  if (!days) return null;
  if (days.first && today < days.first) return 'upcoming';
  return today > days.last ? 'ended' : 'ongoing';
}

/** Whole days from `today` to `day` (both YYYY-MM-DD); negative when `day` is past. */
export function daysBetween(today: string, day: string): number {
  return Math.round(
    (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000,
  );
}

/**
 * The months a When touches, in order, as YYYY-MM (XXXX-MM when the year is unknown).
 * A deadline touches only the month it is due in; a year-precision date touches none.
 */
export function monthsCovered(when: When): string[] {
  const from = when.start ?? when.end;
  const to = when.end;
  if (from.month === null || to.month === null) return [];
  const months: string[] = [];
  let [y, m] = [from.year, from.month];
  const key = () => `${y === null ? 'XXXX' : y}-${pad(m)}`;
  const last = `${to.year === null ? 'XXXX' : to.year}-${pad(to.month)}`;
  while (months.length < 240) {
    months.push(key());
    if (key() >= last) break;
    if (++m > 12) [y, m] = [y === null ? null : y + 1, 1];
  }
  return months;
}

/** Activities (anything with a `when`) in date order (ties by id, so the order never depends on the file system). */
export function byDate<T extends { id: string; data: { when: When } }>(items: readonly T[]): T[] {
  return [...items].sort(
    (a, b) => sortKey(a.data.when).localeCompare(sortKey(b.data.when)) || a.id.localeCompare(b.id),
  );
}
