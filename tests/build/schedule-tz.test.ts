/**
 * Two builds of the site with "today" pinned (BUILD_DATE) under America/Los_Angeles and
 * Asia/Shanghai: the schedule pages and calendars must be byte-identical, and the build-time
 * statuses, deadline marks and countdown must be right for that day with JavaScript off.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastDay, statusOn } from '../../src/lib/content/dates.ts';
import { activities, currentCampaign, notices, units } from '../support/schedule-content.ts';
import { textOf } from '../support/dist.ts';

/** A day inside the 2020 campaign, when some activities are over, some on and some to come. */
const DAY = '2020-09-20';
const zones = ['America/Los_Angeles', 'Asia/Shanghai'] as const;
const root = mkdtempSync(join(tmpdir(), 'fupinri-tz-'));
const out = (zone: string) => join(root, zone.replace('/', '-'));

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}
/** What this test compares: every schedule page and calendar (and the home page's countdown). */
const isSchedule = (f: string) =>
  /^(activities|campaigns|units)\//.test(f) || f === 'calendar.ics' || f === 'index.html';
const read = (zone: string, file: string) => readFileSync(join(out(zone), file), 'utf8');

beforeAll(() => {
  for (const zone of zones) {
    execFileSync('node_modules/.bin/astro', ['build', '--silent', '--outDir', out(zone)], {
      env: { ...process.env, TZ: zone, BUILD_DATE: DAY, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
}, 240_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe(`builds under ${zones.join(' and ')}`, () => {
  it('produce the same schedule pages and calendars, byte for byte', () => {
    const [west, east] = zones.map((z) => files(out(z)).filter(isSchedule));
    expect(west!.length).toBeGreaterThan(activities.length);
    expect(west!.filter((f) => f.endsWith('.ics')).length).toBeGreaterThan(1);
    expect(east).toEqual(west);
    const differing = west!.filter(
      (f) => !readFileSync(join(out(zones[0]), f)).equals(readFileSync(join(out(zones[1]), f))),
    );
    expect(differing).toEqual([]);
  });
});

describe(`with today pinned to ${DAY}, JavaScript off`, () => {
  const html = () => read('America/Los_Angeles', 'activities/index.html');

  it('shows each activity’s status for that day', () => {
    const statuses = new Set<string>();
    for (const a of activities.filter((x) => x.data.campaign === currentCampaign)) {
      const status = statusOn(a.data.when, DAY)!;
      statuses.add(status);
      const badges = [
        ...html().matchAll(
          new RegExp(
            `data-activity="${a.id}"[^>]*>[\\s\\S]*?data-status="(\\w+)"[^>]*>([^<]*)<`,
            'g',
          ),
        ),
      ];
      expect(badges.length, a.id).toBeGreaterThan(0);
      for (const [, attr, text] of badges) {
        expect(attr, a.id).toBe(status);
        expect(text, a.id).toBe(
          { upcoming: '即将开始', ongoing: '进行中', ended: '已结束' }[status],
        );
      }
    }
    expect([...statuses].sort()).toEqual(['ended', 'ongoing', 'upcoming']);
  });

  it('marks the deadlines already past and counts the days to the others', () => {
    const unit = units.find((u) =>
      activities.some((a) => a.data.campaign === currentCampaign && a.data.lead.includes(u.name)),
    )!;
    const page = read('America/Los_Angeles', `units/${unit.slug}/index.html`);
    const dated = notices
      .filter((n) => n.data.campaign === currentCampaign)
      .flatMap((n) => n.data.deadlines);
    expect(dated.length).toBeGreaterThan(0);
    for (const d of dated) {
      const due = lastDay(d.due.end)!;
      const left = Math.round((Date.parse(due) - Date.parse(DAY)) / 86_400_000);
      const mark = left < 0 ? '已过期' : left === 0 ? '今天截止' : `还剩 ${left} 天`;
      expect(page, d.task).toMatch(
        new RegExp(
          `data-due="${due}" data-state="${left < 0 ? 'past' : left ? 'left' : 'today'}"[\\s\\S]*?data-left[^>]*>${mark}<`,
        ),
      );
    }
  });

  it('counts down to 17 October on the home page', () => {
    const left = Math.round((Date.parse('2020-10-17') - Date.parse(DAY)) / 86_400_000);
    expect(textOf(read('Asia/Shanghai', 'index.html'))).toContain(
      `距2020年扶贫日（10月17日）还有 ${left} 天`,
    );
  });
});
