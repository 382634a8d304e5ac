/** /calendar.ics: every activity whose year is known, as all-day events. */
import type { APIRoute } from 'astro';
import { calendarHeaders } from '../lib/schedule/calendar.ts';
import { siteCalendar } from '../lib/schedule/site-calendars.ts';

export const GET: APIRoute = async () =>
  new Response(await siteCalendar(), { headers: calendarHeaders });
