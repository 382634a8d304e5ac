/** Grouping, ordering and status of activities, and the duties each unit has. */
import {
  daysBetween,
  lastDay,
  monthsCovered,
  byDate,
  sortKey,
  statusOn,
  type Status,
  type When,
} from '../content/dates.ts';

/** The fields of an activity the schedule reads. */
export interface Scheduled {
  id: string;
  data: {
    when: When;
    lead: string[];
    partners: string[];
    campaign: string;
    plan?: string | undefined;
  };
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
        group = {
          month,
          label,
          short: yearOnly ? label : `${Number(month.slice(5))}月`,
          items: [],
        };
        groups.set(month, group);
      }
      group.items.push({ item, continuing: i > 0, continues: i < keys.length - 1 });
    });
  }
  // Unknown years (XXXX) first, as byDate orders them.
  const order = (g: MonthGroup<T>) => g.month.replace(/^XXXX/, '0000');
  return [...groups.values()].sort((a, b) => order(a).localeCompare(order(b)));
}

/**
 * A long timeline cut into pages of at most `size` rows (an activity in one month is a
 * row), in order. A month cut in two keeps its heading on both pages, so every page
 * reads as months of activities.
 */
export function pageGroups<T>(groups: readonly MonthGroup<T>[], size: number): MonthGroup<T>[][] {
  const pages: MonthGroup<T>[][] = [];
  let page: MonthGroup<T>[] = [];
  let rows = 0;
  for (const group of groups) {
    let rest = group.items;
    while (rest.length) {
      if (rows === size) {
        pages.push(page);
        page = [];
        rows = 0;
      }
      const take = rest.slice(0, size - rows);
      page.push({ ...group, items: take });
      rows += take.length;
      rest = rest.slice(take.length);
    }
  }
  if (page.length) pages.push(page);
  return pages;
}

/** On which page (0 first) of pageGroups each month begins. */
export function monthPages<T>(pages: readonly MonthGroup<T>[][]): Map<string, number> {
  const at = new Map<string, number>();
  pages.forEach((page, i) => page.forEach((g) => at.has(g.month) || at.set(g.month, i)));
  return at;
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

/** The units each plan's activities name, as lead or partner, by plan id: one pass over the activities. */
export function unitsByPlan(activities: readonly Scheduled[]): Map<string, Set<string>> {
  const byPlan = new Map<string, Set<string>>();
  for (const a of activities) {
    if (a.data.plan === undefined) continue;
    let names = byPlan.get(a.data.plan);
    if (!names) byPlan.set(a.data.plan, (names = new Set()));
    for (const n of a.data.lead) names.add(n);
    for (const n of a.data.partners) names.add(n);
  }
  return byPlan;
}

/** A plan (or notice) with the reporting deadlines it states. */
export interface Plan {
  id: string;
  data: { deadlines: Deadline[]; title?: string; planTitle?: string | undefined };
}

const soonestFirst = (a: Duty, b: Duty) =>
  sortKey(a.due).localeCompare(sortKey(b.due)) || a.task.localeCompare(b.task);

/**
 * What every unit must do and by when, by unit name: the deadlines that bind it, soonest
 * first. One pass over the plans and one over the activities, however many units there are.
 */
export function dutiesByUnit(
  plans: readonly Plan[],
  activities: readonly Scheduled[],
  today: string,
): Map<string, Duty[]> {
  const involved = unitsByPlan(activities);
  const byUnit = new Map<string, Duty[]>();
  for (const plan of plans) {
    const planTitle = plan.data.planTitle ?? plan.data.title;
    for (const [index, d] of plan.data.deadlines.entries()) {
      const last = lastDay(d.due.end);
      const daysLeft = last ? daysBetween(today, last) : null;
      for (const unit of new Set(d.units ?? involved.get(plan.id) ?? [])) {
        let duties = byUnit.get(unit);
        if (!duties) byUnit.set(unit, (duties = []));
        duties.push({
          task: d.task,
          due: d.due,
          to: d.to,
          plan: plan.id,
          index,
          planTitle,
          daysLeft,
        });
      }
    }
  }
  for (const duties of byUnit.values()) duties.sort(soonestFirst);
  return byUnit;
}

/** The activities a unit leads and those it helps with (but does not lead), each in date order. */
export interface Roles<T> {
  leads: T[];
  helps: T[];
}

/** Every unit's roles, by unit name, in one pass over the activities (units named nowhere are absent). */
export function rolesByUnit<T extends Scheduled>(activities: readonly T[]): Map<string, Roles<T>> {
  const byUnit = new Map<string, Roles<T>>();
  const of = (unit: string) => {
    let roles = byUnit.get(unit);
    if (!roles) byUnit.set(unit, (roles = { leads: [], helps: [] }));
    return roles;
  };
  for (const a of byDate(activities)) {
    const leads = new Set(a.data.lead);
    for (const unit of leads) of(unit).leads.push(a);
    for (const unit of new Set(a.data.partners)) if (!leads.has(unit)) of(unit).helps.push(a);
  }
  return byUnit;
}

/** Days until the next Poverty Alleviation Day (0 on the day itself), from `today` (YYYY-MM-DD). */
export function daysToNextDay(today: string, month = 10, day = 17): number {
  const year = Number(today.slice(0, 4));
  const pad = (n: number) => String(n).padStart(2, '0');
  const thisYear = `${year}-${pad(month)}-${pad(day)}`;
  return today <= thisYear
    ? daysBetween(today, thisYear)
    : daysBetween(today, `${year + 1}-${pad(month)}-${pad(day)}`);
}
