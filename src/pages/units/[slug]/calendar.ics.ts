/** /units/<slug>/calendar.ics: a unit's activities and reporting deadlines (units with any of known year). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarHeaders } from '../../../lib/schedule/calendar.ts';
import { getUnits } from '../../../lib/content/query.ts';
import { unitCalendar } from '../../../lib/schedule/site-calendars.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const unit of await getUnits()) {
    const text = await unitCalendar(unit);
    if (text) paths.push({ params: { slug: unit.data.slug }, props: { text } });
  }
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: calendarHeaders });
