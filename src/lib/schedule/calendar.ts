/**
 * iCalendar files (RFC 5545) of the schedule, made with ical-generator: every activity
 * and reporting deadline as an all-day event with an exclusive end, a UID taken from its
 * entry's id and a DTSTAMP taken from the content, so two builds give the same bytes.
 * Dates are China Standard Time days; nothing here reads the machine's clock or zone.
 */
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalEventData } from 'ical-generator';
import { revisionOf, type Change } from '../content/changes.ts';
import { formatWhen, span, type When } from '../content/dates.ts';
import { activityChange, type ActivityStatus } from './activity-change.ts';

/** The zone every date of the site is read in (sent as X-WR-TIMEZONE). */
export const calendarTimeZone = 'Asia/Shanghai';

/** One event before it is written: plain data, easy to test. */
export interface CalendarEvent {
  /** Stable across rebuilds: derived from the entry's id, never from the time. */
  uid: string;
  summary: string;
  when: When;
  description: string;
  url?: string | undefined;
  location?: string | undefined;
  categories?: string[] | undefined;
  /** YYYY-MM-DD the event's data dates from (DTSTAMP), taken from the content. */
  stamp: string;
  /** SEQUENCE: how many times the entry changed (0 or absent: never). */
  sequence?: number | undefined;
  /** LAST-MODIFIED: the YYYY-MM-DD of the latest change, when there is one. */
  lastModified?: string | undefined;
  /** STATUS:CANCELLED, so subscribed calendars remove the event. */
  cancelled?: boolean | undefined;
}

/** The fields of an activity a calendar event reads. */
export interface CalendarActivity {
  id: string;
  data: {
    title: string;
    when: When;
    lead: string[];
    partners: string[];
    regions: string[];
    category: string;
    /** 扶贫领域; none when left out. */
    areas?: readonly string[] | undefined;
    summary: string;
    example: boolean;
    status?: ActivityStatus | undefined;
    previousWhen?: When | undefined;
    statusNote?: string | undefined;
    changes?: readonly Change[] | undefined;
  };
}

/** The fields of a reporting deadline a calendar event reads. */
export interface CalendarDeadline {
  task: string;
  due: When;
  to?: string | undefined;
}

const DAY = 86_400_000;

/** The day after a YYYY-MM-DD day. */
export function dayAfter(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
}

/**
 * The all-day span of a When: first day and the exclusive end (the day after the last).
 * A deadline occupies its due day. Null when the year is unknown: it cannot be placed.
 */
export function allDayRange(when: When): { start: string; end: string } | null {
  const days = span(when);
  if (!days) return null;
  return { start: days.first ?? days.last, end: dayAfter(days.last) };
}

/** Whether a When can be placed on a calendar (its year is known). */
export function isPlaceable(when: When): boolean {
  return span(when) !== null;
}

/** What an event must say about a date that is not exact, in Chinese; null when it is exact. */
export function precisionNote(when: When): string | null {
  const points = [when.start, when.end].filter((p) => p !== null);
  if (points.some((p) => p.approximate)) return '时间为大约，以正式通知为准';
  if (points.some((p) => p.month === null)) return '方案只写到年份，具体日期以正式通知为准';
  if (points.some((p) => p.day === null)) return '方案只写到月份，具体日期以正式通知为准';
  return null;
}

function isApproximate(when: When): boolean {
  return [when.start, when.end].some((p) => p?.approximate);
}

/** The absolute address of a site path. */
export function absolute(siteUrl: string, path: string): string {
  return new URL(path, `${siteUrl.replace(/\/$/, '')}/`).href;
}

/** A UID: the entry's kind and id at the site's host, the same in every build. */
export function uidOf(siteUrl: string, ...parts: string[]): string {
  return `${parts.join('-')}@${new URL(siteUrl).host}`;
}

/** The event of an activity, or null when its year is unknown. */
export function activityEvent(
  activity: CalendarActivity,
  context: { siteUrl: string; path: string; stamp: string; planTitle?: string | undefined },
): CalendarEvent | null {
  const d = activity.data;
  if (!isPlaceable(d.when)) return null;
  const written = formatWhen(d.when);
  const note = precisionNote(d.when);
  const deadline = d.when.kind === 'deadline';
  const url = absolute(context.siteUrl, context.path);
  const change = activityChange(d);
  const mark = change ? `［${change.status === 'rescheduled' ? '已改期' : change.label}］` : '';
  const summary = `${mark}${d.example ? '［示例］' : ''}${d.title}${isApproximate(d.when) || deadline ? `（${formatWhen(d.when, { year: false })}）` : ''}`;
  const { sequence, lastModified } = revisionOf(d.changes ?? []);
  const lines = [
    change
      ? `${change.label}${change.previous ? `（原定${formatWhen(change.previous)}）` : ''}${change.note ? `：${change.note}` : ''}`
      : '',
    d.summary,
    `时间：${written}${note ? `（${note}）` : ''}`,
    `牵头单位：${d.lead.join('、')}`,
    d.partners.length ? `配合单位：${d.partners.join('、')}` : '',
    d.regions.length ? `地区：${d.regions.join('、')}` : '',
    context.planTitle ? `出自：《${context.planTitle}》` : '',
    d.example ? '示例内容：用于演示，并非真实发生的事项。' : '',
    `详情：${url}`,
  ];
  return {
    uid: uidOf(context.siteUrl, 'activity', activity.id),
    summary,
    when: d.when,
    description: lines.filter(Boolean).join('\n'),
    url,
    location: d.regions.length ? d.regions.join('、') : undefined,
    categories: [d.category, ...(d.areas ?? [])],
    // A change is newer information than the plan: the stamp moves with it.
    stamp: lastModified && lastModified > context.stamp ? lastModified : context.stamp,
    sequence,
    lastModified: lastModified ?? undefined,
    cancelled: change?.status === 'cancelled',
  };
}

/** The event of a reporting deadline (one all-day event on the due day), or null when its year is unknown. */
export function deadlineEvent(
  deadline: CalendarDeadline,
  context: {
    siteUrl: string;
    path: string;
    stamp: string;
    noticeId: string;
    index: number;
    planTitle?: string | undefined;
  },
): CalendarEvent | null {
  if (!isPlaceable(deadline.due)) return null;
  const url = absolute(context.siteUrl, context.path);
  const note = precisionNote(deadline.due);
  const lines = [
    `截止：${formatWhen(deadline.due)}${note ? `（${note}）` : ''}`,
    deadline.to ? `报送：${deadline.to}` : '',
    context.planTitle ? `出自：《${context.planTitle}》` : '',
    `详情：${url}`,
  ];
  return {
    uid: uidOf(context.siteUrl, 'deadline', context.noticeId, String(context.index + 1)),
    summary: `报送截止：${deadline.task}（${formatWhen(deadline.due, { year: false })}）`,
    when: deadline.due,
    description: lines.filter(Boolean).join('\n'),
    url,
    stamp: context.stamp,
  };
}

/** TEXT as RFC 5545 writes it (ical-generator leaves a calendar's name and description as given). */
function icsText(text: string): string {
  return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

const utcDay = (day: string) => new Date(`${day}T00:00:00Z`);

/** ical-generator's data for an event (all-day, dates as UTC midnights so no zone can shift them). */
function eventData(event: CalendarEvent): ICalEventData {
  const range = allDayRange(event.when);
  if (!range)
    throw new Error(`${event.uid}: the year is unknown, it cannot be placed on a calendar`);
  return {
    id: event.uid,
    allDay: true,
    start: utcDay(range.start),
    end: utcDay(range.end),
    stamp: utcDay(event.stamp),
    summary: event.summary,
    description: event.description,
    url: event.url ?? null,
    location: event.location ?? null,
    categories: (event.categories ?? []).map((name) => ({ name })),
    ...(event.sequence && { sequence: event.sequence }),
    ...(event.lastModified && { lastModified: utcDay(event.lastModified) }),
    ...(event.cancelled && { status: ICalEventStatus.CANCELLED }),
  };
}

/** Settings of one calendar file. */
export interface CalendarMeta {
  /** Shown as the calendar's name in the reader's app. */
  name: string;
  description: string;
  /** Absolute address of the page the calendar belongs to. */
  url: string;
  /** Absolute address of the .ics file itself. */
  source: string;
  /** The site's address (for the PRODID). */
  siteUrl: string;
}

/**
 * The text of an .ics file: the events in date order (ties by UID). No calendar-level
 * time zone is given to ical-generator on purpose: with one, it formats JavaScript dates
 * in the machine's zone and writes DTSTAMP without the UTC "Z"; all-day dates carry no
 * zone anyway, and X-WR-TIMEZONE tells calendar apps which zone the site means.
 */
export function calendarText(meta: CalendarMeta, events: readonly CalendarEvent[]): string {
  // Each event's first day is worked out once, not on every comparison.
  const sorted = events
    .map((event) => ({ event, start: allDayRange(event.when)?.start ?? '' }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.event.uid.localeCompare(b.event.uid))
    .map(({ event }) => event);
  const calendar = ical({
    prodId: { company: new URL(meta.siteUrl).host, product: 'fupinri-schedule', language: 'ZH' },
    name: icsText(meta.name),
    description: icsText(meta.description),
    url: meta.url,
    source: meta.source,
    method: ICalCalendarMethod.PUBLISH,
    ttl: 24 * 60 * 60,
    x: [['X-WR-TIMEZONE', calendarTimeZone]],
    events: sorted.map(eventData),
  });
  return calendar.toString();
}

/** HTTP headers of an .ics response (a static host goes by the file extension). */
export const calendarHeaders = { 'Content-Type': 'text/calendar; charset=utf-8' } as const;
