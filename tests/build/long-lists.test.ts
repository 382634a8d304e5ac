/**
 * Unit and region pages stay a bounded size however much content there is: one real
 * `astro build` of a copy of the project whose content is the seed plus enough extra
 * activities, deadlines, commendations and stories for one unit and one region that
 * their lists are longer than the page shows. Read from that build's dist/: the page
 * shows at most previewSize items of each list, links to the whole list, and the whole
 * list's numbered pages hold every item (compared with the content files themselves),
 * with titles, canonical links and sitemap entries of their own.
 *
 * Past 250 lines: one generated project and one build serve every bounded-list check.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareSite } from '../../scripts/bench/workspace.ts';
import type { CorpusFile } from '../../scripts/bench/corpus.ts';
import { splitMarkdown } from '../../src/lib/content/frontmatter.ts';
import { previewSize, timelinePageSize } from '../../src/lib/content/long-lists.ts';
import { site } from '../../src/lib/site/site.ts';
import { elements } from '../support/head.ts';

const project = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'fupinri-long-lists-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const unit = { name: '地区扶贫办', slug: 'diqu-fupinban' };
const partner = { name: '地区网信办', slug: 'diqu-wangxinban' };
const region = { name: '塔城市', slug: 'tacheng-shi' };
const today = '2020-08-15';
/** Extra stories, commendations and deadlines; extra activities (all in the 2020 campaign, with the seed's: over a schedule page). */
const EXTRA = 23;
const ACTIVITIES = 62;
const ONGOING = 12;
const OPEN_APPEALS = 12;
const pad = (n: number) => String(n).padStart(2, '0');
/** The i-th extra day of 2020: from 5 January, 5 days apart. */
const day = (i: number) => new Date(Date.UTC(2020, 0, 5 + 5 * i)).toISOString().slice(0, 10);

function extraFiles(): CorpusFile[] {
  const files: CorpusFile[] = [];
  const md = (path: string, lines: string[]) =>
    files.push({ path, data: ['---', ...lines, '---', '', '测试内容。', ''].join('\n') });
  for (let i = 0; i < ACTIVITIES; i++) {
    md(`activities/2020-ceshi-${pad(i)}.md`, [
      `title: 测试活动第${i + 1}项`,
      'campaign: "2020"',
      `when: "${day(i)}"`,
      `lead: [${unit.name}]`,
      `partners: [${partner.name}]`,
      'category: 主题活动',
      `regions: [${region.name}]`,
      `summary: 第${i + 1}项测试活动。`,
    ]);
  }
  // Under way on the build day: more than the home page shows.
  for (let i = 0; i < ONGOING; i++) {
    md(`activities/2020-jinxing-${pad(i)}.md`, [
      `title: 进行中的测试活动第${i + 1}项`,
      'campaign: "2020"',
      'when: "2020-08/2020-09"',
      'lead: [地区文明办]',
      'category: 宣传报道',
      `summary: 第${i + 1}项进行中的测试活动。`,
    ]);
  }
  for (let i = 0; i < EXTRA; i++) {
    md(`stories/ceshi-gushi-${pad(i)}.md`, [
      `title: 测试故事第${i + 1}篇`,
      `date: "${day(i)}"`,
      'author: 测试作者',
      `region: ${region.name}`,
      `summary: 第${i + 1}篇测试故事。`,
    ]);
    md(`commendations/ceshi-biaozhang-${pad(i)}.md`, [
      `name: 测试先进个人${i + 1}`,
      'kind: individual',
      'award: 测试奖',
      'campaign: "2020"',
      `region: ${region.name}`,
      'conferredBy: 塔城地区扶贫开发领导小组',
      `summary: 第${i + 1}位测试先进个人。`,
    ]);
  }
  for (let i = 0; i < OPEN_APPEALS; i++) {
    md(`appeals/2020-ceshi-mujuan-${pad(i)}.md`, [
      `title: 测试募捐第${i + 1}项`,
      'kind: donation',
      'campaign: "2020"',
      `date: "${day(i)}"`,
      'organizers: [地区扶贫办]',
      'status: open',
      `summary: 第${i + 1}项正在进行的测试募捐。`,
    ]);
  }
  md('notices/2020-ceshi-baosong.md', [
    'title: 关于按期报送测试材料的通知',
    'campaign: "2020"',
    'date: "2020-01-02"',
    'publisher: 塔城地区扶贫开发领导小组办公室',
    'summary: 测试用的报送期限。',
    'deadlines:',
    ...Array.from({ length: EXTRA }, (_, i) => [
      `  - task: 报送第${i + 1}期测试材料`,
      `    due: "[..${day(i)}]"`,
      `    units: [${unit.name}]`,
    ]).flat(),
  ]);
  return files;
}

/** Every file of the project's own src/content, as corpus files. */
function seedFiles(dir = join(project, 'src', 'content')): CorpusFile[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? seedFiles(join(dir, e.name))
      : [
          {
            path: relative(join(project, 'src', 'content'), join(dir, e.name)),
            data: readFileSync(join(dir, e.name)),
          },
        ],
  );
}

const dist = join(copy, 'dist');
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(async () => {
  await prepareSite(project, project, copy, [...seedFiles(), ...extraFiles()]);
  const run = spawnSync(join(copy, 'node_modules/.bin/astro'), ['build', '--silent'], {
    cwd: copy,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BUILD_DATE: today,
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    timeout: 230_000,
  });
  expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
}, 240_000);

/** The front matter of every published entry of a collection in the copy's content. */
function entries(collection: string): { id: string; data: Record<string, unknown> }[] {
  const dir = join(copy, 'src', 'content', collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({
      id: f.replace(/\.md$/, ''),
      data: (splitMarkdown(readFileSync(join(dir, f), 'utf8')).frontmatter?.data ?? {}) as Record<
        string,
        unknown
      >,
    }))
    .filter((e) => !e.data.draft);
}
const names = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);

/** Links to entry pages of one kind in a piece of HTML. */
const entryLinks = (part: string, kind: string) =>
  [...part.matchAll(new RegExp(`href="(/${kind}/[^"/]+/)"`, 'g'))].map((m) => m[1]!);

/** The HTML of one part of a page: from a text (its heading) to the next level-2 heading. */
function section(page: string, heading: string): string {
  const start = page.indexOf(heading);
  expect(start, heading).toBeGreaterThan(-1);
  const end = page.indexOf('<h2', start + heading.length);
  return page.slice(start, end === -1 ? undefined : end);
}

/**
 * Follows a whole list's pages from its first by rel="next", checking each page's title,
 * canonical link (the page's own path, or `canonicalOf` it for an alias) and prev link.
 */
function listPages(first: string, title: string, canonicalOf = (path: string) => path): string[] {
  const pages: string[] = [];
  let path: string | undefined = first;
  while (path) {
    const page = html(path);
    const n = pages.length + 1;
    expect(page).toContain(`<title>${title}${n > 1 ? `（第${n}页）` : ''} - `);
    expect(elements(page, 'link').find((l) => l.rel === 'canonical')?.href).toBe(
      `${site.url}${canonicalOf(path)}`,
    );
    const prev = elements(page, 'a').find((a) => a.rel === 'prev')?.href;
    expect(prev).toBe(n === 1 ? undefined : n === 2 ? first : `${first}${n - 1}/`);
    pages.push(page);
    path = elements(page, 'a').find((a) => a.rel === 'next')?.href;
    if (path) expect(path).toBe(`${first}${n + 1}/`);
  }
  return pages;
}

const sitemap = () =>
  readdirSync(dist)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(join(dist, f), 'utf8'))
    .join('');

describe('a unit with more activities and deadlines than its page shows', () => {
  const activities = () => entries('activities');
  const leads = () =>
    activities()
      .filter((a) => names(a.data.lead).includes(unit.name))
      .map((a) => `/activities/${a.id}/`);
  const helps = () =>
    activities()
      .filter(
        (a) =>
          !names(a.data.lead).includes(partner.name) &&
          names(a.data.partners).includes(partner.name),
      )
      .map((a) => `/activities/${a.id}/`);
  /** The deadlines that bind the unit, read from the notices: those naming it, or those of a plan whose activities name it. */
  const duties = () =>
    entries('notices').flatMap((n) =>
      ((n.data.deadlines as { task: string; units?: string[] }[] | undefined) ?? []).filter((d) =>
        d.units
          ? d.units.includes(unit.name)
          : activities().some(
              (a) =>
                a.data.plan === n.id &&
                [...names(a.data.lead), ...names(a.data.partners)].includes(unit.name),
            ),
      ),
    );

  it('shows at most previewSize activities it leads, the ones nearest the build day, and links to all', () => {
    const part = section(html(`/units/${unit.slug}`), '牵头负责的活动（');
    const shown = new Set(entryLinks(part, 'activities'));
    expect(leads().length).toBeGreaterThan(previewSize);
    expect(shown.size).toBe(previewSize);
    expect(part).toContain(`（${leads().length}）`);
    // The first extra activity after the build day is shown; the January one, long past, is not.
    const next = Array.from({ length: ACTIVITIES }, (_, i) => i).find((i) => day(i) >= today)!;
    expect(shown).toContain(`/activities/2020-ceshi-${pad(next)}/`);
    expect(shown).not.toContain('/activities/2020-ceshi-00/');
    expect(part).toContain(`href="/units/${unit.slug}/leads/"`);
  });

  it.each([
    ['leads', '牵头负责的活动', unit, leads],
    ['helps', '配合参与的活动', partner, helps],
  ] as const)(
    'has every activity of its %s list on numbered pages of %s items at most',
    (list, title, who, expected) => {
      const pages = listPages(`/units/${who.slug}/${list}/`, `${who.name}：${title}`);
      expect(pages).toHaveLength(Math.ceil(expected().length / site.pageSize));
      const found = pages.map((p) => entryLinks(p.slice(p.indexOf('<main')), 'activities'));
      for (const links of found) expect(links.length).toBeLessThanOrEqual(site.pageSize);
      expect(found.flat().sort()).toEqual(expected().sort());
      expect(html(`/units/${who.slug}`)).toContain(`href="/units/${who.slug}/${list}/"`);
    },
  );

  it('shows at most previewSize deadlines and has every one on numbered pages', () => {
    const onPage = (page: string) =>
      (
        page.slice(page.indexOf('<main'), page.indexOf('</main>')).match(/<li[^>]* data-due=/g) ??
        []
      ).length;
    expect(duties().length).toBeGreaterThan(previewSize);
    expect(onPage(html(`/units/${unit.slug}`))).toBe(previewSize);
    const pages = listPages(`/units/${unit.slug}/deadlines/`, `${unit.name}：报送期限`);
    expect(pages.map((p) => onPage(p)).reduce((a, b) => a + b, 0)).toBe(duties().length);
    const tasks = pages.flatMap((p) =>
      [...p.matchAll(/报送第(\d+)期测试材料/g)].map((m) => Number(m[1])),
    );
    expect(new Set(tasks).size).toBe(EXTRA);
  });

  it('keeps short lists whole on the page, with no list pages', () => {
    const small = '/units/diwei-xuanchuanbu';
    expect(html(small)).not.toMatch(/href="\/units\/diwei-xuanchuanbu\/(leads|helps|deadlines)\/"/);
    expect(() => html(`${small}/leads`)).toThrow();
  });
});

describe('a region with more entries than its page shows', () => {
  const expected = {
    activities: () =>
      entries('activities')
        .filter((a) => names(a.data.regions).includes(region.name))
        .map((a) => `/activities/${a.id}/`),
    commendations: () =>
      entries('commendations')
        .filter((c) => c.data.region === region.name)
        .map((c) => `/commendations/${c.id}/`),
    stories: () =>
      entries('stories')
        .filter((s) => s.data.region === region.name)
        .map((s) => `/stories/${s.id}/`),
  };
  const titles = {
    activities: '涉及本地的活动',
    commendations: '本地受表彰者',
    stories: '本地故事',
  } as const;

  it.each(Object.keys(expected) as (keyof typeof expected)[])(
    '%s: the newest previewSize on the page, every one on numbered pages',
    (list) => {
      const page = html(`/regions/${region.slug}`);
      const part = page.slice(page.indexOf(`>${titles[list]}</h2>`));
      const shown = entryLinks(part.slice(0, part.indexOf('</section>')), list);
      expect(expected[list]().length).toBeGreaterThan(previewSize);
      expect(shown).toHaveLength(previewSize);
      expect(part).toContain(`href="/regions/${region.slug}/${list}/"`);
      const pages = listPages(
        `/regions/${region.slug}/${list}/`,
        `${region.name}：${titles[list]}`,
      );
      const all = pages.flatMap((p) => entryLinks(p.slice(p.indexOf('<main')), list));
      expect(all.sort()).toEqual(expected[list]().sort());
      expect(all).toEqual(expect.arrayContaining(shown));
    },
  );
});

describe('the whole lists in the sitemap', () => {
  it.each([
    `/units/${unit.slug}/leads/`,
    `/units/${unit.slug}/leads/2/`,
    `/units/${unit.slug}/deadlines/`,
    `/units/${partner.slug}/helps/`,
    `/regions/${region.slug}/activities/`,
    `/regions/${region.slug}/stories/2/`,
  ])('%s', (path) => {
    expect(sitemap()).toContain(`<loc>${site.url}${path}</loc>`);
  });
});

describe('a schedule longer than one page', () => {
  const campaign = (category?: string) =>
    entries('activities')
      .filter((a) => a.data.campaign === '2020' && (!category || a.data.category === category))
      .map((a) => `/activities/${a.id}/`);
  const rows = (page: string) => (page.match(/<li[^>]* data-activity=/g) ?? []).length;

  it.each([
    ['/activities/', '2020年扶贫日活动安排'],
    ['/campaigns/2020/', '2020年扶贫日活动安排'],
    ['/activities/category/zhutihuodong/', '类别：主题活动 - 2020年扶贫日活动安排'],
  ])('%s: every activity on numbered pages of timelinePageSize rows at most', (first, title) => {
    // /activities/… is the current campaign's schedule; its canonical is the campaign's own address.
    const pages = listPages(first, title, (path) =>
      path.replace(/^\/activities\//, '/campaigns/2020/'),
    );
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(rows(p)).toBeLessThanOrEqual(timelinePageSize);
    expect(rows(pages[0]!)).toBe(timelinePageSize);
    const found = new Set(
      pages.flatMap((p) =>
        [...p.matchAll(/data-activity="([^"]+)"/g)].map((m) => `/activities/${m[1]}/`),
      ),
    );
    expect([...found].sort()).toEqual(
      campaign(first.includes('category') ? '主题活动' : undefined).sort(),
    );
  });

  it('jumps to each month on the page it begins on', () => {
    const jumps = (page: string) =>
      [...page.matchAll(/<a href="([^"]*#m-[^"]+)"/g)].map((m) => m[1]!);
    for (const from of ['/activities/', '/activities/2/']) {
      const links = jumps(html(from));
      expect(links.length).toBeGreaterThan(1);
      for (const link of links) {
        const [path, id] = link.split('#');
        expect(html(path || from), link).toContain(`id="${id}"`);
      }
    }
  });

  it('indexes only the first page of a campaign for the site search, and lists every page in the sitemap under the campaign’s own address', () => {
    expect(html('/campaigns/2020')).toContain('data-pagefind-body');
    expect(html('/campaigns/2020/2')).not.toContain('data-pagefind-body');
    for (const path of ['/campaigns/2020/', '/campaigns/2020/2/'])
      expect(sitemap()).toContain(`<loc>${site.url}${path}</loc>`);
    for (const path of ['/activities/', '/activities/2/'])
      expect(sitemap()).not.toContain(`<loc>${site.url}${path}</loc>`);
  });
});

describe('the home page with more activities under way than it shows', () => {
  it('shows at most previewSize of them and says how many there are, with a link to the schedule', () => {
    const home = html('/');
    const part = home.slice(home.indexOf('id="now"'), home.indexOf('id="notices"'));
    const shown = new Set(
      [...part.matchAll(/data-activity="(2020-jinxing-\d+)"/g)].map((m) => m[1]),
    );
    expect(shown.size).toBeGreaterThan(0);
    expect(shown.size).toBeLessThanOrEqual(previewSize);
    const total = Number(/正在进行的活动共 (\d+) 项/.exec(part)?.[1]);
    expect(total).toBeGreaterThanOrEqual(ONGOING);
    expect(part).toContain('href="/activities/"');
  });

  it('shows at most previewSize open donation appeals, with a link to all appeals', () => {
    const home = html('/');
    const part = home.slice(home.indexOf('id="appeals"'), home.indexOf('id="stories"'));
    const shown = new Set(
      [...part.matchAll(/href="(\/appeals\/2020-ceshi-mujuan-\d+\/)"/g)].map((m) => m[1]),
    );
    expect(shown.size).toBe(previewSize);
    expect(part).toContain('href="/appeals/"');
    const all = new Set(
      listPages('/appeals/', '倡议与募捐').flatMap((p) =>
        entryLinks(p.slice(p.indexOf('<main')), 'appeals'),
      ),
    );
    for (let i = 0; i < OPEN_APPEALS; i++)
      expect(all).toContain(`/appeals/2020-ceshi-mujuan-${pad(i)}/`);
  });
});
