/**
 * Plans change (issue 16), read from the built site: every moved or cancelled activity is
 * marked on its page, in the schedule and on its units' pages, its Event JSON-LD and its
 * calendar events carry the change (read back with node-ical), a changed entry's feed item
 * says what changed, and notices that repeal, replace or amend each other link both ways.
 * The expectations come from the content (through the real schemas), never from the output.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ical, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { latestChange, newestFirst } from '../../src/lib/content/changes.ts';
import { formatWhen, span } from '../../src/lib/content/dates.ts';
import { isInvalid, noticeRelations } from '../../src/lib/content/notice-relations.ts';
import { activityChange, eventStatusOf } from '../../src/lib/schedule/activity-change.ts';
import { jsonLdBlocks, decodeEntities } from '../support/head.ts';
import { activities, notices, units } from '../support/schedule-content.ts';
import { distDir, page, simplifiedPages, textOf } from '../support/dist.ts';

const read = (path: string) => readFileSync(join(distDir, path), 'utf8');
const eventsIn = (path: string): VEvent[] =>
  Object.values(ical.sync.parseICS(read(path))).filter((c): c is VEvent => c?.type === 'VEVENT');
const utcDay = (d: Date | undefined) => d?.toISOString().slice(0, 10);

const changed = activities.filter((a) => activityChange(a.data));
const slugOf = (name: string) => units.find((u) => u.name === name)?.slug;

/** The <li> of an activity in a list page, or undefined when the page does not list it. */
function itemOf(html: string, id: string): string | undefined {
  const start = html.indexOf(`data-activity="${id}"`);
  if (start < 0) return undefined;
  return html.slice(start, html.indexOf('</li>', start));
}

describe('moved and cancelled activities', () => {
  it('the content has a postponed, a rescheduled and a cancelled activity', () => {
    expect(new Set(changed.map((a) => a.data.status))).toEqual(
      new Set(['postponed', 'rescheduled', 'cancelled']),
    );
  });

  describe.each(changed.map((a) => [a.id, a] as const))('%s', (id, a) => {
    const change = activityChange(a.data)!;
    const html = page(`/activities/${id}/`);

    it('its page says so, with the old time struck through and the note', () => {
      const text = textOf(html);
      expect(html).toContain(`data-change="${change.status}"`);
      expect(text).toContain(change.label);
      if (change.note) expect(text).toContain(change.note);
      if (change.previous) {
        const struck = /<del>([\s\S]*?)<\/del>/.exec(html)?.[1] ?? '';
        expect(textOf(struck)).toContain(formatWhen(change.previous));
      } else expect(html).not.toContain('<del>');
      // A cancelled activity has no upcoming/ongoing/ended badge of its own.
      expect(html.includes('data-status=')).toBe(change.status !== 'cancelled');
    });

    it('its 更新记录 lists every change, newest first', () => {
      const section = html.slice(html.indexOf('data-changes'));
      const shown = [...section.matchAll(/<time datetime="([^"]+)">/g)].map((m) => m[1]);
      expect(shown).toEqual(newestFirst(a.data.changes).map((c) => c.date));
      for (const c of a.data.changes) expect(textOf(section)).toContain(c.note);
    });

    it('its Event JSON-LD has the eventStatus and the previous start date', () => {
      const event = jsonLdBlocks(html)
        .map((b) => JSON.parse(b) as Record<string, unknown>)
        .find((b) => b['@type'] === 'Event');
      expect(event?.eventStatus).toBe(eventStatusOf(a.data.status));
      const previous = change.previous && span(change.previous);
      expect(event?.previousStartDate).toBe(
        previous ? (previous.first ?? previous.last) : undefined,
      );
      const modified = jsonLdBlocks(html)
        .map((b) => JSON.parse(b) as Record<string, unknown>)
        .find((b) => b.dateModified);
      expect(modified?.dateModified).toBe(latestChange(a.data.changes)?.date);
    });

    it('the schedule and its units’ pages list it, marked, never dropped', () => {
      const schedule = simplifiedPages().filter(
        (p) => /^\/(activities|campaigns)\//.test(p) && itemOf(page(p), id),
      );
      expect(schedule.length).toBeGreaterThan(0);
      const unitPages = a.data.lead.map((name) => `/units/${slugOf(name)}/`);
      for (const path of [...schedule, ...unitPages]) {
        const item = itemOf(page(path), id);
        expect(item, path).toContain(`data-change="${change.status}"`);
        expect(textOf(item ?? ''), path).toContain(change.label);
      }
    });

    it('every calendar it is in keeps its UID, counts its changes and marks a cancellation', () => {
      const files = [
        '/calendar.ics',
        `/activities/${id}/calendar.ics`,
        ...a.data.lead.map((name) => `/units/${slugOf(name)}/calendar.ics`),
      ];
      for (const file of files) {
        const event = eventsIn(file).find((e) => e.uid.startsWith(`activity-${id}@`));
        expect(event, file).toBeDefined();
        expect(Number(event?.sequence ?? 0), file).toBe(a.data.changes.length);
        expect(utcDay(event?.lastmodified), file).toBe(latestChange(a.data.changes)?.date);
        expect(event?.status, file).toBe(change.status === 'cancelled' ? 'CANCELLED' : undefined);
      }
    });
  });

  it('an activity that never changed has SEQUENCE 0, no LAST-MODIFIED and no STATUS', () => {
    const plain = activities.filter((a) => !a.data.changes.length && span(a.data.when));
    expect(plain.length).toBeGreaterThan(0);
    const events = eventsIn('/calendar.ics');
    for (const a of plain) {
      const event = events.find((e) => e.uid.startsWith(`activity-${a.id}@`));
      expect(Number(event?.sequence ?? 0), a.id).toBe(0);
      expect(event?.lastmodified, a.id).toBeUndefined();
      expect(event?.status, a.id).toBeUndefined();
    }
  });
});

describe('the feed item of a changed entry', () => {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false });
  const items = ([] as Record<string, unknown>[]).concat(
    parser.parse(read('/activities/rss.xml')).rss.channel.item ?? [],
  );
  const dated = activities.filter((a) => a.data.changes.length && span(a.data.when));

  it.each(dated.map((a) => [a.id, a] as const))('%s says what changed, same guid', (id, a) => {
    const item = items.find((i) => String(i.link).endsWith(`/activities/${id}/`));
    expect(item).toBeDefined();
    expect(String(item?.title)).toMatch(/（更新）$/);
    const guid = item?.guid as string | Record<string, string>;
    expect(typeof guid === 'string' ? guid : guid['#text']).toBe(item?.link);
    const latest = latestChange(a.data.changes)!;
    const content = decodeEntities(String(item?.['content:encoded']));
    expect(textOf(content).startsWith(`更新（${latest.date}）：${latest.note}`)).toBe(true);
  });
});

describe('notices that lose effect or change each other', () => {
  const linked = notices.filter((n) => noticeRelations(n.id, notices).length);

  it('the content has a repealed notice', () => {
    expect(notices.some((n) => n.data.repealedBy && n.data.validity === '废止')).toBe(true);
  });

  it.each(linked.map((n) => [n.id, n] as const))('%s links every related notice', (id, n) => {
    const html = page(`/notices/${id}/`);
    for (const r of noticeRelations(id, notices)) {
      const item = /<li data-relation="([a-zA-Z]+)">([\s\S]*?)<\/li>/g;
      const found = [...html.matchAll(item)].filter(
        (m) => m[1] === r.kind && m[2]!.includes(`href="/notices/${r.other}/"`),
      );
      expect(found.length, `${r.kind} ${r.other}`).toBe(1);
    }
    expect(html.includes('data-validity-banner')).toBe(isInvalid(n.data.validity));
  });

  it('a repealed notice says so on both sides', () => {
    for (const n of notices.filter((x) => x.data.repealedBy)) {
      const own = textOf(page(`/notices/${n.id}/`));
      const other = notices.find((x) => x.id === n.data.repealedBy)!;
      expect(own).toContain(`本文已被《${other.data.title}》废止`);
      expect(own).toContain('本文件已废止');
      expect(textOf(page(`/notices/${other.id}/`))).toContain(`本文废止《${n.data.title}》`);
    }
  });
});
