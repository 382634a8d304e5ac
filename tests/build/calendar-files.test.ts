/**
 * The built calendar files, read back with node-ical (an independent parser, not the
 * library that wrote them): one event per published activity with the right days.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { span } from '../../src/lib/content/dates.ts';
import { activities, campaigns, notices, units } from '../support/schedule-content.ts';
import { allFiles, distDir } from '../support/dist.ts';

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const eventsIn = (path: string): VEvent[] =>
  Object.values(ical.sync.parseICS(read(path))).filter((c): c is VEvent => c?.type === 'VEVENT');

/** A date-only value as node-ical gives it (local midnight), as YYYY-MM-DD. */
const ymd = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const placeable = activities.filter((a) => span(a.data.when) !== null);
const activityUid = (e: VEvent) => /^activity-(.+)@/.exec(e.uid)?.[1];

/** Checks an event against the activity it stands for. */
function expectMatches(event: VEvent, id: string) {
  const a = activities.find((x) => x.id === id);
  expect(a, event.uid).toBeDefined();
  const days = span(a!.data.when)!;
  expect(event.datetype, id).toBe('date');
  expect(ymd(event.start), id).toBe(days.first ?? days.last);
  expect(ymd(event.end as Date), id).toBe(nextDay(days.last));
  expect(event.summary, id).toContain(a!.data.title);
  expect(String(event.description), id).toContain(a!.data.summary);
  const url = (event.url as unknown as { val: string }).val;
  expect(url, id).toMatch(new RegExp(`^https?://[^/]+/activities/${id}/$`));
  expect(existsSync(join(distDir, new URL(url).pathname, 'index.html')), id).toBe(true);
}

describe('/calendar.ics', () => {
  const events = eventsIn('/calendar.ics');

  it('holds one event per published activity whose year is known, and nothing else', () => {
    expect(placeable.length).toBeGreaterThan(0);
    expect(events.map(activityUid).sort()).toEqual(placeable.map((a) => a.id).sort());
  });

  it('places each on the right days as all-day events with an exclusive end', () => {
    for (const e of events) expectMatches(e, activityUid(e)!);
  });

  it('leaves out activities whose year is unknown', () => {
    const unknown = activities.filter((a) => span(a.data.when) === null);
    expect(unknown.length).toBeGreaterThan(0);
    const text = read('/calendar.ics');
    for (const a of unknown) expect(text).not.toContain(`activity-${a.id}@`);
  });

  it('names its zone and pins DTSTAMP to the content, in UTC', () => {
    const text = read('/calendar.ics');
    expect(text).toMatch(/^X-WR-TIMEZONE:Asia\/Shanghai\r$/m);
    const stamps = [...text.matchAll(/^DTSTAMP:(\S+)\r$/gm)].map((m) => m[1]);
    expect(stamps).toHaveLength(events.length);
    for (const s of stamps) expect(s).toMatch(/^\d{8}T000000Z$/);
    // A plan's publication day, the campaign's day (an activity with no plan), or a later change.
    const published = new Set(
      [
        ...notices.map((n) => span(n.data.date)?.last),
        ...campaigns.map((c) => span(c.data.date)?.last),
        ...activities.flatMap((a) => a.data.changes.map((c) => c.date)),
      ].map((day) => day?.replaceAll('-', '')),
    );
    for (const s of stamps) expect(published.has(s!.slice(0, 8)), s).toBe(true);
  });
});

describe('one calendar per unit', () => {
  const involved = (noticeId: string) =>
    new Set(
      activities
        .filter((a) => a.data.plan === noticeId)
        .flatMap((a) => [...a.data.lead, ...a.data.partners]),
    );

  it('exists for every unit with something of known year, holding its activities and the deadlines that bind it', () => {
    let files = 0;
    for (const unit of units) {
      const mine = placeable.filter(
        (a) => a.data.lead.includes(unit.name) || a.data.partners.includes(unit.name),
      );
      const due = notices.flatMap((n) =>
        n.data.deadlines
          .map((d, i) => ({ d, uid: `deadline-${n.id}-${i + 1}` }))
          .filter(
            ({ d }) =>
              span(d.due) !== null &&
              (d.units ? d.units.includes(unit.name) : involved(n.id).has(unit.name)),
          ),
      );
      const path = `/units/${unit.slug}/calendar.ics`;
      if (!mine.length && !due.length) {
        expect(existsSync(join(distDir, path)), path).toBe(false);
        continue;
      }
      files++;
      const events = eventsIn(path);
      expect(events.filter(activityUid).map(activityUid).sort(), path).toEqual(
        mine.map((a) => a.id).sort(),
      );
      for (const e of events.filter(activityUid)) expectMatches(e, activityUid(e)!);
      const deadlines = events.filter((e) => e.uid.startsWith('deadline-'));
      expect(deadlines.map((e) => e.uid.split('@')[0]).sort(), path).toEqual(
        due.map((x) => x.uid).sort(),
      );
      for (const e of deadlines) {
        const { d } = due.find((x) => e.uid.startsWith(`${x.uid}@`))!;
        expect(ymd(e.start), e.uid).toBe(span(d.due)!.last);
        expect(ymd(e.end as Date), e.uid).toBe(nextDay(span(d.due)!.last));
        expect(e.summary).toContain(d.task);
      }
    }
    expect(files).toBeGreaterThan(0);
  });

  it('is linked from the unit page', () => {
    for (const file of allFiles().filter((f) => /^\/units\/[^/]+\/calendar\.ics$/.test(f))) {
      const html = read(file.replace('calendar.ics', 'index.html'));
      expect(html, file).toContain(`href="${file}"`);
    }
  });
});

describe('one calendar per activity', () => {
  it('holds exactly that activity', () => {
    for (const a of placeable) {
      const events = eventsIn(`/activities/${a.id}/calendar.ics`);
      expect(events).toHaveLength(1);
      expect(activityUid(events[0]!)).toBe(a.id);
      expectMatches(events[0]!, a.id);
    }
  });

  it('uses the same UID as the site calendar, so a rebuild or a second import does not duplicate it', () => {
    const all = new Map(eventsIn('/calendar.ics').map((e) => [activityUid(e), e.uid]));
    for (const a of placeable)
      expect(eventsIn(`/activities/${a.id}/calendar.ics`)[0]?.uid).toBe(all.get(a.id));
  });
});
