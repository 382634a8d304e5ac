/**
 * How far a pairing programme (百企帮百村) has come: villages paired against the target,
 * by county and month by month, from the pairing lists editors keep. A village helped by
 * two enterprises counts once, in the month of its first signing.
 */
import { firstDay, sortKey, type When } from './dates.ts';

/** One pairing as the schema reads it. */
export interface Pairing {
  enterprise: string;
  village: string;
  signed: When;
  help: string;
  pledged?: number | undefined;
  delivered?: number | undefined;
  status: 'signed' | 'ongoing' | 'done';
}

/** One county's list of a programme. */
export interface PairingList {
  region: string;
  pairings: readonly Pairing[];
}

/** One county's progress. */
export interface RegionCount {
  region: string;
  /** Villages paired there. */
  villages: number;
  /** Pairings signed there (a village may have several). */
  pairings: number;
}

/** Villages newly paired in one month, and the total so far. */
export interface MonthCount {
  /** YYYY-MM, or XXXX-MM when the plan leaves the year open. */
  month: string;
  /** 9月, or 2020年9月 when the year is known. */
  label: string;
  added: number;
  total: number;
}

/** A programme's numbers. */
export interface Progress {
  target: number;
  /** Distinct villages paired. */
  paired: number;
  /** paired / target, 0–1 (above 1 when more villages are paired than the target). */
  share: number;
  pairings: number;
  enterprises: number;
  pledged: number;
  delivered: number;
  byRegion: RegionCount[];
  byMonth: MonthCount[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The month a signing date counts in: YYYY-MM (XXXX-MM with the year open), or '' without a month. */
export function monthOf(when: When): string {
  const p = when.start ?? when.end;
  if (p.month === null) return '';
  return `${p.year ?? 'XXXX'}-${pad(p.month)}`;
}

/** A month key as readers read it: 2020年9月, or 9月 when the year is open. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${y === 'XXXX' ? '' : `${y}年`}${Number(m)}月`;
}

/** The share as readers read it: 6.6%, at most one decimal. */
export function formatShare(share: number): string {
  return `${Math.round(share * 1000) / 10}%`;
}

/**
 * The progress of a programme with `target` villages over `regions` (the counties in the
 * programme's order; lists of other counties are not counted, the check refuses them).
 */
export function progress(
  target: number,
  regions: readonly string[],
  lists: readonly PairingList[],
): Progress {
  const all = lists
    .filter((l) => regions.includes(l.region))
    .flatMap((l) => l.pairings.map((p) => ({ ...p, region: l.region })))
    .sort((a, b) => sortKey(a.signed).localeCompare(sortKey(b.signed)));
  const firstMonth = new Map<string, string>();
  for (const p of all) if (!firstMonth.has(p.village)) firstMonth.set(p.village, monthOf(p.signed));
  const byRegion = regions.map((region) => {
    const here = all.filter((p) => p.region === region);
    return { region, villages: new Set(here.map((p) => p.village)).size, pairings: here.length };
  });
  const months = Map.groupBy(firstMonth.values(), (m) => m);
  let total = 0;
  const byMonth = [...months.keys()]
    .filter((m) => m !== '')
    .sort()
    .map((month) => {
      const added = months.get(month)?.length ?? 0;
      total += added;
      return { month, label: monthLabel(month), added, total };
    });
  const sum = (key: 'pledged' | 'delivered') => all.reduce((s, p) => s + (p[key] ?? 0), 0);
  return {
    target,
    paired: firstMonth.size,
    share: firstMonth.size / target,
    pairings: all.length,
    enterprises: new Set(all.map((p) => p.enterprise)).size,
    pledged: sum('pledged'),
    delivered: sum('delivered'),
    byRegion,
    byMonth,
  };
}

/** Whether a signing date lies after `today` (YYYY-MM-DD); dates with the year open never do. */
export function isAfter(when: When, today: string): boolean {
  const first = firstDay(when.start ?? when.end);
  return first !== null && first > today;
}
