/** Grouping, ordering and status of activities, and the duties each unit has. */
import { daysBetween, lastDay, monthsCovered, sortKey, statusOn, type Status, type When } from './dates.ts';

/** The fields of an activity the schedule reads. */
export interface Scheduled {
  id: string;
  data: { when: When; lead: string[]; partners: string[]; campaign: string; plan?: string | undefined };
}

/** Activities in date order (ties by id, so the order never depends on the file system). */
export function byDate<T extends Scheduled>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => sortKey(a.data.when).localeCompare(sortKey(b.data.when)) || a.id.localeCompare(b.id));
}

/** One month of the timeline. */
export interface MonthGroup<T> {
  /** YYYY-MM, or XXXX-MM when the campaign's year is unknown. */
  month: string;
  /** Chinese heading: 2020年8月, or 10月 when the year is unknown. */
  label: string;
  /** Short heading for a jump list: 8月 (or 2020年 for a year-only group). */
  short: string;
  /** `continuing`: began in an earlier month; `continues`: goes on into a later month. */
  items: { item: T; continuing: boolean; continues: boolean }[];
}

/** Chinese heading for a YYYY-MM month key. */
export function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${y === 'XXXX' ? '' : `${y}年`}${Number(m)}月`;
}

/**
 * Groups activities by the months they cover, in date order. An activity spanning
 * months appears in each, marked `continuing` after its first (those come first in a
 * month, in the order they began); a deadline stands in the month it is due; a
 * year-only date stands under its year. Within a month, a whole-month date comes
 * first, then days in order (10月10日左右 on the 10th, 9月底 on the last day).
 */
export function groupByMonth<T extends Scheduled>(items: readonly T[]): MonthGroup<T>[] {
  const groups = new Map<string, MonthGroup<T>>();
  for (const item of byDate(items)) {
    const months = monthsCovered(item.data.when);
    const keys = months.length ? months : [`${item.data.when.end.year ?? 'XXXX'}-00`];
    keys.forEach((month, i) => {
      let group = groups.get(month);
      if (!group) {
        const yearOnly = month.endsWith('-00');
        const label = yearOnly ? `${month.slice(0, 4)}年` : monthLabel(month);
        group = { month, label, short: yearOnly ? label : `${Number(month.slice(5))}月`, items: [] };
        groups.set(month, group);
      }
      group.items.push({ item, continuing: i > 0, continues: i < keys.length - 1 });
    });
  }
  // Unknown years (XXXX) first, as byDate orders them.
  const order = (g: MonthGroup<T>) => g.month.replace(/^XXXX/, '0000');
  return [...groups.values()].sort((a, b) => order(a).localeCompare(order(b)));
}

/** Status of an activity on a day (YYYY-MM-DD in China Standard Time); null when its year is unknown. */
export function activityStatus(item: Scheduled, today: string): Status | null {
  return statusOn(item.data.when, today);
}

/** A reporting deadline as a plan states it. */
export interface Deadline {
  task: string;
  due: When;
  to?: string | undefined;
  /** The units it binds; absent: every unit named in the plan's activities. */
  units?: string[] | undefined;
}

/** A deadline that binds a unit, with the plan it comes from. */
export interface Duty {
  task: string;
  due: When;
  to?: string | undefined;
  plan: string;
  /** Its position among the plan's deadlines (0 first): with `plan`, a stable id. */
  index: number;
  /** The title of the plan (or notice) it comes from. */
  planTitle?: string | undefined;
  /** Days left until it is due (negative: overdue); null when the year is unknown. */
  daysLeft: number | null;
}

/** The units a plan's activities name, as lead or partner. */
export function unitsOfPlan(planId: string, activities: readonly Scheduled[]): Set<string> {
  const names = new Set<string>();
  for (const a of activities) if (a.data.plan === planId) [...a.data.lead, ...a.data.partners].forEach((n) => names.add(n));
  return names;
}

/** What a unit must do and by when: the deadlines that bind it, soonest first. */
export function dutiesOf(
  unit: string,
  plans: readonly { id: string; data: { deadlines: Deadline[]; title?: string; planTitle?: string | undefined } }[],
  activities: readonly Scheduled[],
  today: string,
): Duty[] {
  const duties: Duty[] = [];
  for (const plan of plans) {
    const involved = unitsOfPlan(plan.id, activities);
    for (const [index, d] of plan.data.deadlines.entries()) {
      const binds = d.units ? d.units.includes(unit) : involved.has(unit);
      if (!binds) continue;
      const last = lastDay(d.due.end);
      const planTitle = plan.data.planTitle ?? plan.data.title;
      duties.push({ task: d.task, due: d.due, to: d.to, plan: plan.id, index, planTitle, daysLeft: last ? daysBetween(today, last) : null });
    }
  }
  return duties.sort((a, b) => sortKey(a.due).localeCompare(sortKey(b.due)) || a.task.localeCompare(b.task));
}

/** Activities a unit leads and those it helps with, each in date order. */
export function rolesOf<T extends Scheduled>(unit: string, activities: readonly T[]): { leads: T[]; helps: T[] } {
  const sorted = byDate(activities);
  return {
    leads: sorted.filter((a) => a.data.lead.includes(unit)),
    helps: sorted.filter((a) => !a.data.lead.includes(unit) && a.data.partners.includes(unit)),
  };
}

/** Days until the next Poverty Alleviation Day (0 on the day itself), from `today` (YYYY-MM-DD). */
export function daysToNextDay(today: string, month = 10, day = 17): number {
  const year = Number(today.slice(0, 4));
  const pad = (n: number) => String(n).padStart(2, '0');
  const thisYear = `${year}-${pad(month)}-${pad(day)}`;
  return today <= thisYear ? daysBetween(today, thisYear) : daysBetween(today, `${year + 1}-${pad(month)}-${pad(day)}`);
}
