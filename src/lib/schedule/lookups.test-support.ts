/**
 * One unit's (or one plan's) entry of the per-build maps in src/lib/schedule/schedule.ts, looked
 * up as the pages look it up (src/lib/content/query.ts): for tests that ask about one unit.
 */
import { dutiesByUnit, rolesByUnit, unitsByPlan, type Plan, type Scheduled } from './schedule.ts';

export const dutiesOf = (
  unit: string,
  plans: readonly Plan[],
  activities: readonly Scheduled[],
  today: string,
) => dutiesByUnit(plans, activities, today).get(unit) ?? [];

export const rolesOf = <T extends Scheduled>(unit: string, activities: readonly T[]) =>
  rolesByUnit(activities).get(unit) ?? { leads: [], helps: [] };

export const unitsOfPlan = (planId: string, activities: readonly Scheduled[]) =>
  unitsByPlan(activities).get(planId) ?? new Set<string>();
