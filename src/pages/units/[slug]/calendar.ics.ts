/** /units/<slug>/calendar.ics: a unit's activities and reporting deadlines (units with any of known year). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarHeaders } from '../../../lib/schedule/calendar.ts';
import { getUnits, keyContext } from '../../../lib/content/query.ts';
import { keyedPaths } from '../../../lib/content/page-cache-key.ts';
import { unitCalendar } from '../../../lib/schedule/site-calendars.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const unit of await getUnits()) {
    const text = await unitCalendar(unit);
    if (text) paths.push({ params: { slug: unit.data.slug }, props: { text } });
  }
  // The whole file is in its props: its key is its text.
  return keyedPaths(await keyContext(), paths);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: calendarHeaders });
