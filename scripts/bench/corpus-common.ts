/**
 * What every collection generator of the synthetic corpus shares: the context of one
 * generation (the seed, the counts, the reference lists' names), and the makings of an
 * entry: EDTF dates of the campaign season, text fitted from the phrase bank, bodies, and
 * Markdown with YAML front matter. Nothing reads the clock or Math.random.
 */
import { stringify } from 'yaml';
import type { Rng } from './prng.ts';
import { numerals, sectionHeads, sentence } from './phrases.ts';

/** One file of the corpus, its path relative to src/content. */
export interface CorpusFile {
  path: string;
  data: string | Uint8Array;
}

/** Campaign years of the corpus: every Poverty Alleviation Day from the first (2014). */
export const years: readonly number[] = Array.from({ length: 12 }, (_, i) => 2014 + i);

/** Entries per collection. */
export type Counts = Record<
  'notices' | 'activities' | 'stories' | 'commendations' | 'appeals',
  number
>;

/** What one generation hands each collection generator. */
export interface CorpusContext {
  seed: string;
  counts: Counts;
  /** The files so far; a generator appends its own. */
  files: CorpusFile[];
  currentYear: number;
  /** Names of the prefecture's units, and of its media. */
  prefecture: string[];
  media: string[];
  /** Names of a county's units (not the region itself). */
  countyUnits: (region: string) => string[];
  exampleUnitNames: string[];
  /** An entry's file name: year (or shili), kind and number. */
  id: (year: number | 'shili', kind: string, n: number) => string;
  yearOf: (rng: Rng) => number;
  /** About 2% of the entries of campaign collections belong to the example campaign (20xx). */
  isExample: (rng: Rng, n: number) => boolean;
  /** About 1% drafts and 1% noindex. */
  flags: (rng: Rng) => { draft: boolean | undefined; noindex: boolean | undefined };
}

export const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
export const daysIn = (month: number) => DAYS[month] ?? 30;

/** A calendar day `offset` days after year-month-day, as YYYY-MM-DD (UTC arithmetic, no clock). */
export function addDays(year: number, month: number, day: number, offset: number): string {
  return new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
}

/** Date precisions of the content model, as EDTF. */
export const precisions = [
  'month',
  'day',
  'dayRange',
  'monthRange',
  'approxDay',
  'monthEnd',
  'deadline',
] as const;

/** An EDTF `when` of a given precision in the campaign season (June–November) of a year. */
export function whenOf(rng: Rng, year: number, precision: (typeof precisions)[number]): string {
  const month = rng.int(6, 10);
  const day = rng.int(1, daysIn(month) - 1);
  const ymd = `${year}-${pad(month)}-${pad(day)}`;
  switch (precision) {
    case 'month':
      return `${year}-${pad(month)}`;
    case 'day':
      return ymd;
    case 'dayRange':
      return `${ymd}/${addDays(year, month, day, rng.int(1, 45))}`;
    case 'monthRange':
      return `${year}-${pad(month)}/${year}-${pad(rng.int(month + 1, 11))}`;
    case 'approxDay':
      return `${ymd}~`;
    case 'monthEnd':
      return `${year}-${pad(month)}-${daysIn(month)}~`;
    case 'deadline':
      return `[..${ymd}]`;
  }
}

/** An EDTF `when` with the year unspecified (20XX), for the example campaign only. */
export function exampleWhen(rng: Rng): string {
  return rng.pick([
    '20XX-10-17',
    '20XX-10-10~',
    '20XX-09-30~',
    '20XX-09/20XX-10',
    '[..20XX-10-17]',
    '20XX-09',
    '20XX-09-15/20XX-10-17',
  ]);
}

/** Text of `min`–`max` characters from the phrase bank, made by `make` until it fits. */
export function fitted(min: number, max: number, make: () => string): string {
  for (let i = 0; i < 50; i++) {
    const text = make();
    if (text.length >= min && text.length <= max) return text;
  }
  const text = make();
  return text.length > max ? text.slice(0, max) : text.padEnd(min, '活动');
}

/** A body of about `target` characters: paragraphs of sentences, with headings when `sections`. */
export function body(rng: Rng, target: number, sections: boolean): string {
  const out: string[] = [];
  let length = 0;
  let section = 0;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(paragraph.join(''));
    paragraph = [];
  };
  while (true) {
    if (
      sections &&
      paragraph.length === 0 &&
      (out.length === 0 || rng.chance(0.3)) &&
      section < numerals.length
    ) {
      const head = `## ${numerals[section]}、${sectionHeads[section % sectionHeads.length]}`;
      section++;
      out.push(head);
      length += head.length;
    }
    const s = sentence(rng);
    if (length + s.length > target && length >= 300) break;
    paragraph.push(s);
    length += s.length;
    if (paragraph.length >= rng.int(2, 5)) flush();
  }
  flush();
  return `${out.join('\n\n')}\n`;
}

/** A body length: 300–2900 characters, most of them short (quadratic skew, median ≈ 950). */
export const bodyLength = (rng: Rng) => 380 + Math.floor(2520 * rng.next() ** 2);

/** A one-sentence summary of at most 80 characters. */
export const summaryOf = (rng: Rng) => fitted(20, 80, () => sentence(rng));

/** YAML with every string in double quotes, as editors write dates ("2020-10-17"), so none turns into a Date. */
export const yaml = (value: unknown) =>
  stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });

/** Markdown with YAML front matter. */
export function markdown(data: Record<string, unknown>, text: string): string {
  const front = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  return `---\n${yaml(front)}---\n\n${text}`;
}
