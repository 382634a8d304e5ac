/**
 * The site's calendar files, from its content: every activity (/calendar.ics), one unit's
 * activities and reporting deadlines, one activity. The .ics routes call these; the
 * events themselves are made by the pure functions of calendar.ts.
 */
import {
  activityEvent,
  calendarText,
  deadlineEvent,
  isPlaceable,
  type CalendarEvent,
} from './calendar.ts';
import { firstDay } from '../content/dates.ts';
import {
  buildToday,
  getActivities,
  getCampaign,
  getNotice,
  memo,
  type ActivityEntry,
  type UnitEntry,
} from '../content/query.ts';
import { getDuties, getRoles } from '../schedule/queries.ts';
import { entryUrl } from '../content/entries.ts';
import { site } from '../site/site.ts';

/** Site paths of the calendar files. */
export const calendarPaths = {
  all: '/calendar.ics',
  unit: (slug: string) => `/units/${slug}/calendar.ics`,
  activity: (id: string) => `/activities/${id}/calendar.ics`,
};

const absolute = (path: string) => `${site.url}${path}`;

/**
 * The DTSTAMP of an activity's event, from the content: the publication day of its plan,
 * else the day of its campaign, else its own first day — never the clock.
 */
async function stampOf(activity: ActivityEntry): Promise<string> {
  const plan = activity.data.plan ? await getNotice(activity.data.plan) : undefined;
  const campaign = await getCampaign(activity.data.campaign);
  for (const when of [plan?.data.date, campaign?.data.date, activity.data.when]) {
    const day = when && firstDay(when.start ?? when.end);
    if (day) return day;
  }
  return buildToday;
}

/** An activity's event, made once per build: the site's calendar, its units' and its own share it. */
const eventOf = (activity: ActivityEntry): Promise<CalendarEvent | null> =>
  memo(`calendar-event:${activity.id}`, () => makeEvent(activity));

async function makeEvent(activity: ActivityEntry): Promise<CalendarEvent | null> {
  const plan = activity.data.plan ? await getNotice(activity.data.plan) : undefined;
  return activityEvent(activity, {
    siteUrl: site.url,
    path: entryUrl('activities', activity.id),
    stamp: await stampOf(activity),
    planTitle: plan?.data.planTitle ?? plan?.data.title,
  });
}

async function eventsOf(activities: readonly ActivityEntry[]): Promise<CalendarEvent[]> {
  const events = await Promise.all(activities.filter((a) => isPlaceable(a.data.when)).map(eventOf));
  return events.filter((e) => e !== null);
}

/** Every activity whose year is known. */
export async function siteCalendar(): Promise<string> {
  return calendarText(
    {
      name: `${site.name}活动安排`,
      description: site.description,
      url: absolute('/activities/'),
      source: absolute(calendarPaths.all),
      siteUrl: site.url,
    },
    await eventsOf(await getActivities()),
  );
}

/**
 * The events of a unit's calendar: activities it leads or helps with, deadlines that bind
 * it (known years only). Made once per unit and build: its page and its .ics file share them.
 */
export const unitEvents = (unit: UnitEntry): Promise<CalendarEvent[]> =>
  memo(`unit-events:${unit.data.name}`, () => makeUnitEvents(unit));

async function makeUnitEvents(unit: UnitEntry): Promise<CalendarEvent[]> {
  const { leads, helps } = await getRoles(unit.data.name);
  const duties = await getDuties(unit.data.name);
  const notices = await Promise.all(duties.map((duty) => getNotice(duty.plan)));
  const deadlines = duties.map((duty, i) => {
    const notice = notices[i];
    const stamp = notice ? firstDay(notice.data.date.start ?? notice.data.date.end) : null;
    return deadlineEvent(duty, {
      siteUrl: site.url,
      path: entryUrl('notices', duty.plan),
      stamp: stamp ?? buildToday,
      noticeId: duty.plan,
      index: duty.index,
      planTitle: duty.planTitle,
    });
  });
  return [...(await eventsOf([...leads, ...helps])), ...deadlines.filter((e) => e !== null)];
}

/** A unit's calendar; null when nothing of it can be placed (an .ics file needs one event at least). */
export async function unitCalendar(unit: UnitEntry): Promise<string | null> {
  const events = await unitEvents(unit);
  if (!events.length) return null;
  return calendarText(
    {
      name: `${unit.data.name} · ${site.name}活动与报送期限`,
      description: `${unit.data.name}牵头和配合的扶贫日活动，以及需要报送的期限。`,
      url: absolute(`/units/${unit.data.slug}/`),
      source: absolute(calendarPaths.unit(unit.data.slug)),
      siteUrl: site.url,
    },
    events,
  );
}

/** One activity, for the "添加到日历" link of its page. */
export async function activityCalendar(activity: ActivityEntry): Promise<string> {
  return calendarText(
    {
      name: activity.data.title,
      description: activity.data.summary,
      url: absolute(entryUrl('activities', activity.id)),
      source: absolute(calendarPaths.activity(activity.id)),
      siteUrl: site.url,
    },
    await eventsOf([activity]),
  );
}
