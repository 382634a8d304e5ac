/** /calendar.ics: every activity whose year is known, as all-day events. */
import type { APIRoute } from 'astro';
import { calendarHeaders } from '../lib/calendar.ts';
import { siteCalendar } from '../lib/site-calendars.ts';

export const GET: APIRoute = async () => new Response(await siteCalendar(), { headers: calendarHeaders });
