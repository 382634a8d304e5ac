/**
 * Incremental builds (experimental.incrementalBuild, keys in src/lib/content/page-cache-key.ts)
 * must never serve a stale page. A copy of the project is built once, then changed in
 * ways a page shows without its own file changing (a plan notice's title on its
 * activities' pages, a cover image replaced by one of another size under the same
 * name, a body image) and in ways only lists, feeds and calendars show of an entry (an
 * activity's date, a story's title), rebuilt with its caches on the next day, and the
 * result must equal, byte for byte, a build of the same content and day from nothing
 * (--force); then a unit's address changes in units.yaml and every page linking it must
 * follow; then one activity's title changes on the same day, and the rebuild must render
 * far fewer list pages than the first build did (its summary line says how many) and
 * still equal a forced build. Slow (six builds), so it runs with the browser tests
 * rather than in `npm test`.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { allFiles } from '../support/dist.ts';

const project = process.cwd();
const copy = mkdtempSync(join(tmpdir(), 'fupinri-incremental-'));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** A copy of the project whose node_modules/ links every package but keeps its own caches (.astro, .cache, .vite). */
function makeCopy(): void {
  for (const name of [
    'src',
    'public',
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'package-lock.json',
  ]) {
    cpSync(join(project, name), join(copy, name), { recursive: true });
  }
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(join(project, 'node_modules'))) {
    if (!['.astro', '.cache', '.vite'].includes(name))
      symlinkSync(join(project, 'node_modules', name), join(copy, 'node_modules', name));
  }
}

/** The build's today: the first build's, then the next day's (a daily rebuild). */
let buildDate = '2026-10-01';

/** Builds the copy (into dist/, or another folder) on `buildDate`; returns the log. */
function build(...args: string[]): string {
  const run = spawnSync(join(copy, 'node_modules/.bin/astro'), ['build', ...args], {
    cwd: copy,
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BUILD_DATE: buildDate,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    },
    timeout: 300_000,
  });
  const log = `${run.stdout}\n${run.stderr}`;
  expect(run.status, log).toBe(0);
  return log;
}

const edit = (path: string, from: string, to: string) => {
  const text = readFileSync(join(copy, path), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(copy, path), text.replace(from, to));
};

/** The first file that differs between two build folders, or null. */
function firstDifference(a: string, b: string): string | null {
  const [fa, fb] = [allFiles(a), allFiles(b)];
  if (fa.join('\n') !== fb.join('\n'))
    return `file lists differ: ${fa
      .filter((f) => !fb.includes(f))
      .concat(fb.filter((f) => !fa.includes(f)))
      .slice(0, 5)
      .join(', ')}`;
  return fa.find((f) => !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) ?? null;
}

const page = (path: string) => readFileSync(join(copy, 'dist', path, 'index.html'), 'utf8');
const file = (path: string) => readFileSync(join(copy, 'dist', path), 'utf8');

/** What a build's summary (src/integrations/rebuild-summary.ts) says it copied and rendered, and the list pages it rendered. */
function summary(log: string): { copied: number; rendered: number; lists: number } {
  const line =
    /\[fupinri:rebuild\] ([\d,]+) pages? copied from the last build, ([\d,]+) rendered/.exec(log);
  expect(line, log).not.toBeNull();
  const count = (s: string) => Number(s.replaceAll(',', ''));
  const routes = /\[fupinri:rebuild\] rendered: (.*)/.exec(log)?.[1] ?? '';
  // Numbered lists: the collections', a campaign's schedule and its filters, a unit's, a region's, a programme's.
  const lists = [...routes.matchAll(/([\d,]+) (\S*\[\.\.\.page\]\.astro)/g)].reduce(
    (n, m) => n + count(m[1]!),
    0,
  );
  return { copied: count(line![1]!), rendered: count(line![2]!), lists };
}
const restored = (log: string, path: string) =>
  new RegExp(
    `${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}index\\.html \\((restored|cached)\\)`,
  ).test(log);

describe('an incremental rebuild', () => {
  it(
    'shows every change a page shows, and equals a build from nothing',
    { timeout: 900_000 },
    async () => {
      makeCopy();
      const cold = summary(build());
      expect(cold.copied).toBe(0);
      expect(cold.lists).toBeGreaterThan(20);

      // A plan's title in its notice: printed on its activities' pages, whose own files do not change.
      const newTitle = '塔城地区2020年扶贫日活动方案（修订稿）';
      edit(
        'src/content/notices/2020-tacheng-fupinri-fangan.md',
        'planTitle: 塔城地区2020年扶贫日活动方案\n',
        `planTitle: ${newTitle}\n`,
      );
      // A cover replaced by a smaller picture under the same name: the page's width and height change.
      const cover = join(copy, 'src/content/stories/images/cunlu-tongle.png');
      writeFileSync(cover, await sharp(readFileSync(cover)).resize(800, 450).png().toBuffer());
      // A body image redrawn: its optimized files get new names.
      const body = join(copy, 'src/content/stories/images/fupin-chejian.png');
      writeFileSync(body, await sharp(readFileSync(body)).negate().png().toBuffer());
      // What only lists, feeds and calendars show of an entry: an activity's month (region and
      // unit lists, the schedule, calendars, the feed) and a story's title (the stories list,
      // its region's page, the feed).
      edit(
        'src/content/activities/2020-03-tuopin-gushi.md',
        'when: "2020-07"\n',
        'when: "2020-06"\n',
      );
      const storyTitle = '驻村两年，我看着村里的路通了、产业兴起来了';
      edit(
        'src/content/stories/shili-zhucun-lu-tongle.md',
        'title: 驻村两年，我看着村里的路通了、产业起来了\n',
        `title: ${storyTitle}\n`,
      );

      // The next day: pages that show a status (activities) render again, the rest are copied.
      buildDate = '2026-10-02';
      const warm = build();
      // The cache was used (so this test tests it): an appeal and a commendation show none of the changes and no status.
      expect(warm).toMatch(/\/appeals\/[^/\s]+\/index\.html \((restored|cached)\)/);
      expect(restored(warm, '/commendations/shili-2020-li-xx/')).toBe(true);
      expect(restored(warm, '/activities/shili-05-dazoufang-daweiwen/')).toBe(false);
      expect(restored(warm, '/activities/2020-01-yantaohui/')).toBe(false);
      expect(page('/activities/2020-01-yantaohui/')).toContain(newTitle);
      expect(page('/stories/')).toContain(storyTitle);
      expect(file('/stories/rss.xml')).toContain(storyTitle);
      // The readers step restored the copies of the pages that did not change, and says how many.
      const readers = /\((\d+) converted, (\d+) unchanged and restored from the cache/.exec(warm);
      expect(readers, warm).not.toBeNull();
      expect(Number(readers![2])).toBeGreaterThan(Number(readers![1]));
      const fresh = build('--force', '--outDir', join(copy, 'fresh'));
      // A forced build makes every copy afresh, so the comparison below tests the restored ones.
      expect(fresh).toMatch(/\(\d+ converted, 0 unchanged and restored from the cache/);
      expect(firstDifference(join(copy, 'dist'), join(copy, 'fresh'))).toBeNull();

      // A unit's address, in units.yaml: every page that links the unit.
      edit('src/content/units.yaml', 'slug: diwei-xuanchuanbu\n', 'slug: diwei-xuanchuan-bu\n');
      build();
      expect(page('/activities/2020-01-yantaohui/')).toContain('/units/diwei-xuanchuan-bu/');
      expect(page('/activities/2020-01-yantaohui/')).not.toContain('/units/diwei-xuanchuanbu/');

      // One activity's title, on the same day: only the pages that show it render again.
      const title = '举办“习近平总书记关于扶贫工作的重要论述”理论研讨会';
      edit(
        'src/content/activities/2020-01-yantaohui.md',
        'title: 举办“习近平总书记关于扶贫工作的重要论述”研讨会\n',
        `title: ${title}\n`,
      );
      const one = summary(build());
      expect(page('/activities/')).toContain(title);
      // Far fewer list pages than the first build: the schedule and the filters that show the activity.
      expect(one.lists).toBeGreaterThan(0);
      expect(one.lists * 4).toBeLessThan(cold.lists);
      expect(one.copied).toBeGreaterThan(one.rendered * 2);
      build('--force', '--outDir', join(copy, 'fresh-2'));
      expect(firstDifference(join(copy, 'dist'), join(copy, 'fresh-2'))).toBeNull();
    },
  );
});
