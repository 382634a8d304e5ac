/** /activities/<id>/calendar.ics: one activity, for its page's "添加到日历" link (known years only). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarHeaders, isPlaceable } from '../../../lib/schedule/calendar.ts';
import {
  getActivities,
  getNotices,
  keyContext,
  type ActivityEntry,
} from '../../../lib/content/query.ts';
import { activityPageKeys } from '../../../lib/content/page-cache-key.ts';
import { activityCalendar } from '../../../lib/schedule/site-calendars.ts';

// The event shows what the activity's page shows of it and of its plan (title, DTSTAMP),
// and its campaign's day (in the shared lists); the day is in its key (a DTSTAMP may fall back on it).
export const getStaticPaths = (async () => {
  const activities = await getActivities();
  const keys = activityPageKeys(await keyContext(), activities, await getNotices());
  return activities
    .filter((activity) => isPlaceable(activity.data.when))
    .map((activity) => ({
      params: { id: activity.id },
      props: { activity },
      cacheKey: keys.get(activity.id),
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(await activityCalendar((props as { activity: ActivityEntry }).activity), {
    headers: calendarHeaders,
  });
