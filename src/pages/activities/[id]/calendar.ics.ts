/** /activities/<id>/calendar.ics: one activity, for its page's "添加到日历" link (known years only). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarHeaders, isPlaceable } from '../../../lib/schedule/calendar.ts';
import { getActivities, type ActivityEntry } from '../../../lib/content/query.ts';
import { activityCalendar } from '../../../lib/schedule/site-calendars.ts';

export const getStaticPaths = (async () =>
  (await getActivities())
    .filter((activity) => isPlaceable(activity.data.when))
    .map((activity) => ({
      params: { id: activity.id },
      props: { activity },
    }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await activityCalendar((props as { activity: ActivityEntry }).activity), {
    headers: calendarHeaders,
  });
