/** The date forms plans use (2020年8月, 9月15日-10月17日, 10月10日左右, 9月底, 10月17前 …) → EDTF. */
import { daysInMonth } from '../content/dates.ts';

/** A date read from a plan: its EDTF and the words it came from. */
export interface PlanDate {
  edtf: string;
  words: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const POINT = String.raw`(?:(\d{4}|20[xX]{2})年)?(\d{1,2})月(?:(\d{1,2})日?)?(左右|底|上旬|中旬|下旬|当天)?`;
const RANGE = new RegExp(`${POINT}(?:\\s*[-－—–~～至到]\\s*${POINT})?(前)?`);
const FESTIVAL = /[“"]?10·17[”"]?当天/;

interface Point {
  year: string;
  month: number;
  day: number | null;
  mod: string | undefined;
}

function point(year: string, m: RegExpExecArray, at: number): Point {
  return {
    year: m[at] ? m[at]!.toUpperCase() : year,
    month: Number(m[at + 1]),
    day: m[at + 2] ? Number(m[at + 2]) : null,
    mod: m[at + 3],
  };
}

function last(p: Point): number {
  return daysInMonth(/^\d{4}$/.test(p.year) ? Number(p.year) : null, p.month);
}

/** The first and last EDTF of a point (a 旬 is a span of days). */
function bounds(p: Point): [string, string] {
  const ym = `${p.year}-${pad(p.month)}`;
  if (p.mod === '上旬') return [`${ym}-01`, `${ym}-10`];
  if (p.mod === '中旬') return [`${ym}-11`, `${ym}-20`];
  if (p.mod === '下旬') return [`${ym}-21`, `${ym}-${pad(last(p))}`];
  if (p.mod === '底') return [`${ym}-${pad(last(p))}~`, `${ym}-${pad(last(p))}~`];
  if (p.day === null) return [ym, ym];
  const day = `${ym}-${pad(p.day)}`;
  return p.mod === '左右' ? [`${day}~`, `${day}~`] : [day, day];
}

/**
 * The first date in `text`, as EDTF; `year` is the plan's year ("2020", or "20XX" when the
 * plan does not say). Null when the text names no date.
 */
export function readPlanDate(text: string, year: string): PlanDate | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const fest = FESTIVAL.exec(t);
  const m = RANGE.exec(t);
  if (fest && (!m || fest.index <= m.index)) return { edtf: `${year}-10-17`, words: fest[0] };
  if (!m) return null;
  const a = point(year, m, 1);
  if (a.month < 1 || a.month > 12 || (a.day !== null && a.day > last(a))) return null;
  const before = m[9] === '前';
  if (m[6] !== undefined) {
    const b = point(a.year, m, 5);
    if (b.month < 1 || b.month > 12) return null;
    const edtf = `${bounds(a)[0]}/${bounds(b)[1]}`;
    return { edtf: before ? `[..${bounds(b)[1]}]` : edtf, words: m[0] };
  }
  const [first, end] = bounds(a);
  if (before) return { edtf: `[..${end}]`, words: m[0] };
  return { edtf: first === end ? first : `${first}/${end}`, words: m[0] };
}

/** The plan's year: the first 4-digit year (or 20xx) written with 年 in its title or text; "20XX" when none. */
export function planYear(text: string): { year: string; words: string | null } {
  const m = /((?:19|20)\d{2}|20[xX]{2})年/.exec(text.normalize('NFKC'));
  return m ? { year: m[1]!.toUpperCase(), words: m[0] } : { year: '20XX', words: null };
}
