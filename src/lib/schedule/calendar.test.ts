import { describe, expect, it } from 'vitest';
import ical, { type VEvent } from 'node-ical';
import {
  activityEvent,
  allDayRange,
  calendarText,
  dayAfter,
  deadlineEvent,
  isPlaceable,
  precisionNote,
  uidOf,
  type CalendarActivity,
} from './calendar.ts';
import { parseWhen } from '../content/dates.ts';

const siteUrl = 'https://fupinri.example.gov.cn';

const activity = (
  id: string,
  edtf: string,
  extra: Partial<CalendarActivity['data']> = {},
): CalendarActivity => ({
  id,
  data: {
    title: `活动${id}`,
    when: parseWhen(edtf),
    lead: ['地委宣传部'],
    partners: [],
    regions: ['塔城地区'],
    category: '宣传报道',
    summary: '一句话摘要',
    example: false,
    ...extra,
  },
});

const eventOf = (id: string, edtf: string, extra: Partial<CalendarActivity['data']> = {}) =>
  activityEvent(activity(id, edtf, extra), {
    siteUrl,
    path: `/activities/${id}/`,
    stamp: '2020-10-14',
    planTitle: '塔城地区2020年扶贫日活动方案',
  });

const meta = {
  name: '扶贫日活动安排',
  description: '测试',
  url: `${siteUrl}/activities/`,
  source: `${siteUrl}/calendar.ics`,
  siteUrl,
};

/** The events of an .ics text, read back by node-ical (an independent parser). */
function parsed(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

/** A date-only value as node-ical returns it (local midnight), as YYYY-MM-DD. */
const ymd = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

describe('allDayRange: the exclusive end of every date form', () => {
  it.each([
    ['2020-08', '2020-08-01', '2020-09-01'],
    ['2020-02', '2020-02-01', '2020-03-01'],
    ['2020-10-17', '2020-10-17', '2020-10-18'],
    ['2020-09-15/2020-10-17', '2020-09-15', '2020-10-18'],
    ['2020-07/2020-10', '2020-07-01', '2020-11-01'],
    ['2020-10-10~', '2020-10-10', '2020-10-11'],
    ['2020-09-30~', '2020-09-30', '2020-10-01'],
    ['[..2020-07-11]', '2020-07-11', '2020-07-12'],
    ['2020', '2020-01-01', '2021-01-01'],
    ['2020-12-20/2020-12-31', '2020-12-20', '2021-01-01'],
  ])('%s → %s up to (not including) %s', (edtf, start, end) => {
    expect(allDayRange(parseWhen(edtf))).toEqual({ start, end });
    expect(isPlaceable(parseWhen(edtf))).toBe(true);
  });

  it.each(['20XX-10-17', '20XX-09/20XX-10', '20XX-10-10~', '[..20XX-10-31~]'])(
    '%s cannot be placed: the year is unknown',
    (edtf) => {
      expect(allDayRange(parseWhen(edtf))).toBeNull();
      expect(isPlaceable(parseWhen(edtf))).toBe(false);
      expect(eventOf('x', edtf)).toBeNull();
    },
  );

  it.each([
    ['2020-02-28', '2020-02-29'],
    ['2021-02-28', '2021-03-01'],
    ['2020-12-31', '2021-01-01'],
  ])('the day after %s is %s', (day, next) => {
    expect(dayAfter(day)).toBe(next);
  });
});

describe('what an event says about its date', () => {
  it.each([
    ['2020-10-17', null],
    ['2020-09-15/2020-10-17', null],
    ['2020-10-10~', '时间为大约，以正式通知为准'],
    ['2020-09-30~', '时间为大约，以正式通知为准'],
    ['2020-08', '方案只写到月份，具体日期以正式通知为准'],
    ['2020-07/2020-10', '方案只写到月份，具体日期以正式通知为准'],
    ['2020', '方案只写到年份，具体日期以正式通知为准'],
  ])('%s → %s', (edtf, note) => {
    expect(precisionNote(parseWhen(edtf))).toBe(note);
  });

  it.each([
    ['2020-10-10~', '活动a（10月10日左右）'],
    ['2020-09-30~', '活动a（9月底）'],
    ['[..2020-10-17]', '活动a（10月17日前）'],
    ['2020-10-17', '活动a'],
    ['2020-08', '活动a'],
  ])('summary of %s: %s', (edtf, summary) => {
    expect(eventOf('a', edtf)?.summary).toBe(summary);
  });

  it('says so in the description when the date is approximate, and links the page', () => {
    const event = eventOf('a', '2020-10-10~');
    expect(event?.description).toContain('时间：2020年10月10日左右（时间为大约，以正式通知为准）');
    expect(event?.description).toContain(`详情：${siteUrl}/activities/a/`);
    expect(event?.url).toBe(`${siteUrl}/activities/a/`);
  });

  it('labels example content', () => {
    const event = eventOf('a', '2020-10-17', { example: true });
    expect(event?.summary).toBe('［示例］活动a');
    expect(event?.description).toContain('示例内容');
  });
});

describe('calendarText, read back by node-ical', () => {
  const events = [
    eventOf('month', '2020-08'),
    eventOf('range', '2020-09-15/2020-10-17', { partners: ['塔城日报'], regions: [] }),
    eventOf('around', '2020-10-10~', { areas: ['消费扶贫', '电商扶贫'] }),
    deadlineEvent(
      { task: '上报活动总结', due: parseWhen('[..2020-10-18]'), to: '地区扶贫办' },
      { siteUrl, path: '/notices/p/', stamp: '2020-10-14', noticeId: 'p', index: 1 },
    ),
  ].filter((e) => e !== null);
  const text = calendarText(meta, events);

  it('holds one all-day event per item, with the right first day and exclusive end', () => {
    const read = parsed(text);
    expect(read.map((e) => [e.uid, ymd(e.start), ymd(e.end as Date), e.datetype])).toEqual([
      [uidOf(siteUrl, 'activity', 'month'), '2020-08-01', '2020-09-01', 'date'],
      [uidOf(siteUrl, 'activity', 'range'), '2020-09-15', '2020-10-18', 'date'],
      [uidOf(siteUrl, 'activity', 'around'), '2020-10-10', '2020-10-11', 'date'],
      [uidOf(siteUrl, 'deadline', 'p', '2'), '2020-10-18', '2020-10-19', 'date'],
    ]);
  });

  it('carries summary, description, URL, location, category and areas', () => {
    const around = parsed(text).find((e) => e.uid === uidOf(siteUrl, 'activity', 'around'));
    expect(around?.summary).toBe('活动around（10月10日左右）');
    expect(String(around?.description)).toContain('时间为大约');
    expect(around?.location).toBe('塔城地区');
    expect(around?.url).toMatchObject({ val: `${siteUrl}/activities/around/` });
    expect(around?.categories).toEqual(['宣传报道', '消费扶贫', '电商扶贫']);
    const range = parsed(text).find((e) => e.uid === uidOf(siteUrl, 'activity', 'range'));
    expect(range?.location).toBeUndefined();
    expect(String(range?.description)).toContain('配合单位：塔城日报');
  });

  it('stamps every event with the content’s date in UTC, never the clock', () => {
    expect(text.match(/^DTSTAMP:.*$/gm)).toEqual(Array(4).fill('DTSTAMP:20201014T000000Z'));
    for (const e of parsed(text)) expect(e.dtstamp?.toISOString()).toBe('2020-10-14T00:00:00.000Z');
  });

  it('names the calendar and its zone, escaping what RFC 5545 requires', () => {
    const named = calendarText({ ...meta, name: '甲, 乙; 丙' }, events);
    expect(named).toMatch(/^X-WR-CALNAME:甲\\, 乙\\; 丙$/m);
    expect(text).toMatch(/^X-WR-TIMEZONE:Asia\/Shanghai$/m);
    expect(text).toMatch(/^REFRESH-INTERVAL;VALUE=DURATION:P1D$/m);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
  });

  it('is the same text whatever order events come in and whatever zone the machine is in', () => {
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = calendarText(meta, [...events].reverse());
      process.env.TZ = 'Asia/Shanghai';
      const east = calendarText(meta, events);
      process.env.TZ = 'Pacific/Kiritimati';
      const far = calendarText(meta, events);
      expect(west).toBe(text);
      expect(east).toBe(text);
      expect(far).toBe(text);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('changed activities in a calendar', () => {
  const changes = [
    { date: '2020-10-09', note: '改期至10月24日' },
    { date: '2020-10-20', note: '取消' },
  ];
  it.each([
    { name: 'never changed', extra: {}, sequence: 0, modified: undefined, status: undefined },
    {
      name: 'postponed once',
      extra: {
        status: 'postponed' as const,
        previousWhen: parseWhen('2020-10-17'),
        changes: changes.slice(0, 1),
      },
      sequence: 1,
      modified: '2020-10-09',
      status: undefined,
    },
    {
      name: 'cancelled after a move',
      extra: { status: 'cancelled' as const, statusNote: '因故取消', changes },
      sequence: 2,
      modified: '2020-10-20',
      status: 'CANCELLED',
    },
  ])('$name: SEQUENCE $sequence, STATUS $status', ({ extra, sequence, modified, status }) => {
    const event = eventOf('x', '2020-10-24', extra);
    if (!event) throw new Error('placeable');
    const text = calendarText(meta, [event]);
    const [read] = parsed(text);
    expect(read?.uid).toBe(uidOf(siteUrl, 'activity', 'x'));
    expect(Number(read?.sequence ?? 0)).toBe(sequence);
    expect(read?.status).toBe(status);
    expect(read?.lastmodified && read.lastmodified.toISOString().slice(0, 10)).toBe(modified);
    // DTSTAMP never earlier than the latest change.
    const stamp = read?.dtstamp?.toISOString().slice(0, 10);
    expect(stamp).toBe(modified && modified > '2020-10-14' ? modified : '2020-10-14');
    expect(calendarText(meta, [event])).toBe(text);
  });

  it('says what changed first in the description and marks the summary', () => {
    const event = eventOf('x', '2020-10-24', {
      status: 'rescheduled',
      previousWhen: parseWhen('2020-10-17'),
      statusNote: '因天气原因',
    });
    expect(event?.summary).toBe('［已改期］活动x');
    expect(event?.description.split('\n')[0]).toBe(
      '改期至10月24日（原定2020年10月17日）：因天气原因',
    );
  });
});
