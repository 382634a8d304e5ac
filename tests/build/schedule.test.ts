/**
 * The built schedule (dist/): the timeline by month, filter pages, unit duties,
 * structured data and the size of the script that corrects dates in the browser.
 * Expected values come from src/content/ through the real schemas, never from the output.
 *
 * Past 250 lines: every schedule page kind shares one build and one set of expectations.
 */
import { eventStatusOf } from '../../src/lib/schedule/activity-change.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastDay, monthsCovered, span } from '../../src/lib/content/dates.ts';
import {
  activities,
  areas,
  campaigns,
  categories,
  currentCampaign,
  notices,
  regions,
  slugOf,
  units,
} from '../support/schedule-content.ts';
import { distDir, page, textOf } from '../support/dist.ts';

/** The months of a timeline page and the activities listed in each, from the markup's data-* hooks. */
function timelineOf(
  html: string,
  prefix = 'm',
): { month: string; items: { id: string; continuing: boolean; status?: string }[] }[] {
  const heads = [
    ...html.matchAll(new RegExp(`<section[^>]*>\\s*<h[23] id="${prefix}-([0-9X]{4}-\\d{2})"`, 'g')),
  ];
  return heads.map((head) => {
    const chunk = html.slice(head.index, html.indexOf('</section>', head.index));
    const items = chunk
      .split('<li')
      .slice(1)
      .flatMap((li) => {
        const id = /^[^>]*data-activity="([^"]+)"/.exec(li)?.[1];
        if (!id) return [];
        const status = /data-status="(\w+)"/.exec(li)?.[1];
        return [
          { id, continuing: /^[^>]*data-continuing/.test(li), ...(status ? { status } : {}) },
        ];
      });
    return { month: head[1] as string, items };
  });
}

const inCampaign = (id: string) => activities.filter((a) => a.data.campaign === id);
const base = (id: string) => (id === currentCampaign ? '/activities/' : `/campaigns/${id}/`);

describe('the timeline at /activities/', () => {
  const timeline = timelineOf(page('/activities/'));
  const expected = inCampaign(currentCampaign);

  it('shows the current campaign, every activity of it and no other', () => {
    expect(expected.length).toBeGreaterThan(0);
    const shown = new Set(timeline.flatMap((m) => m.items.map((i) => i.id)));
    expect([...shown].sort()).toEqual(expected.map((a) => a.id).sort());
  });

  it('lists an activity in every month it covers, marked as continuing after the first', () => {
    for (const a of expected) {
      const months = monthsCovered(a.data.when);
      const where = timeline.filter((m) => m.items.some((i) => i.id === a.id));
      expect(
        where.map((m) => m.month),
        a.id,
      ).toEqual(months);
      where.forEach((m, n) =>
        expect(m.items.find((i) => i.id === a.id)?.continuing, `${a.id} in ${m.month}`).toBe(n > 0),
      );
    }
  });

  it('puts months in calendar order and, within each, new activities in date order', () => {
    const months = timeline.map((m) => m.month);
    expect(months).toEqual([...months].sort());
    const byId = new Map(expected.map((a) => [a.id, a]));
    for (const m of timeline) {
      const fresh = m.items
        .filter((i) => !i.continuing)
        .map((i) => span(byId.get(i.id)!.data.when)!.first!);
      expect(fresh, m.month).toEqual([...fresh].sort());
      const firstFresh = m.items.findIndex((i) => !i.continuing);
      if (firstFresh >= 0)
        expect(
          m.items.slice(firstFresh).every((i) => !i.continuing),
          m.month,
        ).toBe(true);
    }
  });

  it('gives every activity a status and the days the browser script recomputes it from', () => {
    const html = page('/activities/');
    for (const a of expected) {
      // A cancelled activity has no upcoming/ongoing/ended of its own: it is marked instead.
      if (a.data.status === 'cancelled') {
        expect(html, a.id).toMatch(
          new RegExp(`data-activity="${a.id}"(?:(?!</li>)[\\s\\S])*data-change="cancelled"`),
        );
        continue;
      }
      const days = span(a.data.when)!;
      const badge = new RegExp(
        `data-activity="${a.id}"[\\s\\S]*?data-status="(upcoming|ongoing|ended)" data-first="${days.first}" data-last="${days.last}"`,
      );
      expect(html, a.id).toMatch(badge);
    }
  });

  it('reaches every campaign by year, the example one included', () => {
    const html = page('/activities/');
    for (const c of campaigns) expect(html).toContain(`href="${base(c.id)}"`);
    for (const c of campaigns)
      expect(existsSync(join(distDir, base(c.id), 'index.html')), c.id).toBe(true);
  });

  it('shows a plan without a year as written, and says it cannot go on a calendar', () => {
    const example = campaigns.find((c) => c.data.date.end.year === null);
    expect(example).toBeDefined();
    const html = page(`/campaigns/${example!.id}/`);
    const timeline = timelineOf(html);
    expect(timeline.map((m) => m.month).every((m) => m.startsWith('XXXX-'))).toBe(true);
    expect(textOf(html)).toContain('10月10日左右');
    expect(textOf(html)).toContain('9月底');
    expect(textOf(html)).toContain('年份未定的活动不能加入日历');
    expect(html).not.toContain('href="/calendar.ics"');
  });
});

describe('filter pages, one per lead unit, region, category and area', () => {
  const lists = {
    lead: (a: (typeof activities)[number]) =>
      a.data.lead.map((n) => units.find((u) => u.name === n)!.slug),
    region: (a: (typeof activities)[number]) =>
      a.data.regions.map((n) => regions.find((r) => r.name === n)!.slug),
    category: (a: (typeof activities)[number]) => [slugOf(categories, a.data.category)],
    area: (a: (typeof activities)[number]) => a.data.areas.map((n) => slugOf(areas, n)),
  };

  it('has activities with areas in the current campaign, so the area pages are tested', () => {
    expect(inCampaign(currentCampaign).some((a) => a.data.areas.length > 0)).toBe(true);
  });

  for (const c of campaigns) {
    for (const [facet, slugsOf] of Object.entries(lists)) {
      if (facet === 'area' && !inCampaign(c.id).some((a) => a.data.areas.length)) continue;
      it(`${base(c.id)}: every ${facet} in use has its page, linked from the timeline, showing exactly its activities`, () => {
        const all = inCampaign(c.id);
        const values = [...new Set(all.flatMap(slugsOf))];
        expect(values.length).toBeGreaterThan(0);
        const timelineHtml = page(base(c.id));
        for (const slug of values) {
          const path = `${base(c.id)}${facet}/${slug}/`;
          expect(timelineHtml, path).toContain(`href="${path}"`);
          const html = page(path);
          const shown = new Set(timelineOf(html).flatMap((m) => m.items.map((i) => i.id)));
          const kept = all.filter((a) => slugsOf(a).includes(slug)).map((a) => a.id);
          expect([...shown].sort(), path).toEqual(kept.sort());
          expect(html, path).toMatch(new RegExp(`href="${path}"[^>]*aria-current="page"`));
          expect(html, path).toMatch(
            new RegExp(`<a href="${base(c.id)}"[^>]*>[\\s\\S]{0,200}清除筛选`),
          );
          expect(textOf(html), path).toContain(`共 ${kept.length} 项`);
        }
      });
    }
  }

  it('links each activity’s category and areas from its page to its filtered schedule', () => {
    let areaLinks = 0;
    for (const a of activities) {
      const html = page(`/activities/${a.id}/`);
      const category = `${base(a.data.campaign)}category/${slugOf(categories, a.data.category)}/`;
      expect(html, a.id).toContain(`<a href="${category}">${a.data.category}</a>`);
      for (const name of a.data.areas) {
        const path = `${base(a.data.campaign)}area/${slugOf(areas, name)}/`;
        expect(html, a.id).toContain(`<a href="${path}">${name}</a>`);
        areaLinks++;
      }
      if (!a.data.areas.length) expect(textOf(html), a.id).not.toContain('扶贫领域');
    }
    expect(areaLinks).toBeGreaterThan(0);
  });

  it('shows what a category or an area covers on its page', () => {
    for (const [facet, list] of [
      ['category', categories],
      ['area', areas],
    ] as const) {
      const used = list.filter((c) =>
        inCampaign(currentCampaign).some((a) =>
          facet === 'category' ? a.data.category === c.name : a.data.areas.includes(c.name),
        ),
      );
      expect(used.length).toBeGreaterThan(0);
      for (const c of used)
        expect(textOf(page(`/activities/${facet}/${c.slug}/`)), c.name).toContain(c.note);
    }
  });

  it('uses ASCII addresses only', () => {
    const html = page('/activities/');
    const links = [
      ...html.matchAll(/href="(\/activities\/(?:lead|region|category|area)\/[^"]+)"/g),
    ].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^[\x21-\x7e]+$/);
  });
});

describe('unit pages: duties and roles', () => {
  const involved = (noticeId: string) =>
    new Set(
      activities
        .filter((a) => a.data.plan === noticeId)
        .flatMap((a) => [...a.data.lead, ...a.data.partners]),
    );

  it('list the reporting deadlines that bind each unit, soonest first', () => {
    let checked = 0;
    for (const unit of units) {
      const due = notices.flatMap((n) =>
        n.data.deadlines
          .filter((d) => (d.units ? d.units.includes(unit.name) : involved(n.id).has(unit.name)))
          .map((d) => d),
      );
      const html = page(`/units/${unit.slug}/`);
      const duties = html.slice(html.indexOf('id="duties"'), html.indexOf('id="leads"'));
      const tasks = due.map((d) => d.task);
      const positions = tasks.map((task) => textOf(duties).indexOf(task));
      expect(
        positions.every((p) => p >= 0),
        unit.slug,
      ).toBe(true);
      const order = [...due].sort((a, b) =>
        (lastDay(a.due.end) ?? a.due.edtf).localeCompare(lastDay(b.due.end) ?? b.due.edtf),
      );
      expect(
        order.map((d) => textOf(duties).indexOf(d.task)),
        unit.slug,
      ).toEqual([...positions].sort((a, b) => a - b));
      checked += due.length;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('write the deadlines as the plans do: 7月11日前, 10月18日前, 10月底前', () => {
    const lead2020 = units.find((u) =>
      inCampaign(currentCampaign).some((a) => a.data.lead.includes(u.name)),
    )!;
    const text = textOf(page(`/units/${lead2020.slug}/`));
    for (const n of notices.filter((x) => x.data.campaign === currentCampaign)) {
      for (const d of n.data.deadlines) expect(text).toContain(d.task);
    }
    expect(text).toMatch(/7月11日前/);
    expect(text).toMatch(/10月18日前/);
    const exampleUnit = units.find((u) =>
      activities.some((a) => a.data.example && a.data.plan && a.data.lead.includes(u.name)),
    )!;
    expect(textOf(page(`/units/${exampleUnit.slug}/`))).toContain('10月底前');
  });

  it('mark each dated deadline for the browser script, and list what the unit leads and helps with', () => {
    for (const unit of units) {
      const html = page(`/units/${unit.slug}/`);
      const leads = activities.filter((a) => a.data.lead.includes(unit.name)).map((a) => a.id);
      const helps = activities
        .filter((a) => !a.data.lead.includes(unit.name) && a.data.partners.includes(unit.name))
        .map((a) => a.id);
      const ids = (prefix: string) =>
        [...new Set(timelineOf(html, prefix).flatMap((m) => m.items.map((i) => i.id)))].sort();
      expect(ids('lead'), unit.slug).toEqual(leads.sort());
      expect(ids('help'), unit.slug).toEqual(helps.sort());
    }
    const html = page(
      `/units/${units.find((u) => u.name === inCampaign(currentCampaign)[0]?.data.lead[0])!.slug}/`,
    );
    expect(html).toMatch(/data-due="\d{4}-\d{2}-\d{2}" data-state="(past|today|left)"/);
  });
});

describe('activity pages', () => {
  it('carry schema.org Event JSON-LD built from the same fields', () => {
    for (const a of activities) {
      const html = page(`/activities/${a.id}/`);
      const blocks = [
        ...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
      ].map((m) => JSON.parse(m[1] as string));
      const event = blocks.find((b) => b['@type'] === 'Event');
      expect(event, a.id).toBeDefined();
      const days = span(a.data.when);
      expect(event.name).toBe(a.data.title);
      expect(event.eventStatus).toBe(eventStatusOf(a.data.status));
      expect(event.startDate).toBe(days?.first ?? undefined);
      expect(event.endDate).toBe(days?.last);
      const organizers = [event.organizer].flat().map((o: { name: string }) => o.name);
      expect(organizers).toEqual(a.data.lead);
      if (a.data.regions.length) expect(event.location.name).toBe(a.data.regions.join('、'));
      expect(event.url).toMatch(new RegExp(`^https?://[^/]+/activities/${a.id}/$`));
    }
  });

  it('offer 添加到日历 where the year is known, and say why not where it is not', () => {
    for (const a of activities) {
      const html = page(`/activities/${a.id}/`);
      const ics = `/activities/${a.id}/calendar.ics`;
      if (span(a.data.when)) {
        expect(html, a.id).toMatch(new RegExp(`<a href="${ics}"[^>]*>添加到日历</a>`));
        expect(existsSync(join(distDir, ics)), a.id).toBe(true);
      } else {
        expect(textOf(html), a.id).toContain('年份未定，暂时不能加入日历');
        expect(existsSync(join(distDir, ics)), a.id).toBe(false);
      }
    }
  });
});

describe('the page script that corrects dates in the browser (src/client/page.ts)', () => {
  /** The bytes of the script(s) on a page that touch data-status, inline or external with their imports. */
  function statusScriptBytes(path: string): number {
    const html = page(path);
    let total = 0;
    let found = 0;
    for (const m of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
      const attrs = m[1] ?? '';
      if (/type="application\/ld\+json"/.test(attrs)) continue;
      const src = /src="([^"]+)"/.exec(attrs)?.[1];
      const files = src ? [src] : [];
      let code = src ? '' : (m[2] ?? '');
      for (let i = 0; i < files.length; i++) {
        const text = readFileSync(join(distDir, files[i] as string), 'utf8');
        code += text;
        for (const imp of text.matchAll(/import\s*(?:[^'"`]*from\s*)?["'`]\.\/([^"'`]+)["'`]/g))
          files.push(`/_astro/${imp[1]}`);
      }
      if (!code.includes('data-status')) continue;
      found++;
      total += Buffer.byteLength(code);
    }
    expect(found, path).toBe(1);
    return total;
  }

  it.each(['/activities/', '/', `/activities/${activities[0]?.id}/`])(
    'is at most 2 KB on %s',
    (path) => {
      expect(statusScriptBytes(path)).toBeLessThanOrEqual(2048);
    },
  );

  it('gives the home page a countdown the script can recompute', () => {
    const html = page('/');
    expect(html).toMatch(/data-countdown data-template="[^"]*\{n\}[^"]*"/);
    expect(textOf(html)).toMatch(/距\d{4}年扶贫日（10月17日）还有 \d+ 天|今天是扶贫日/);
  });
});
