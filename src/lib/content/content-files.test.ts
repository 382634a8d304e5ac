/**
 * The content check's cache (node_modules/.cache): a run that takes earlier results
 * reports exactly what a fresh run reports, bad files included, and still sees what
 * changed between files (a renamed unit, a deleted image).
 */
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  checkContentDir,
  contentSchemas,
  loadCheckCache,
  readContentFiles,
} from './content-files.ts';
import { checkKey, validateContent } from './validate.ts';

const projects: string[] = [];
afterEach(() => {
  for (const p of projects.splice(0)) rmSync(p, { recursive: true, force: true });
});

/** A copy of the real content in a folder with node_modules/ (so the check keeps a cache), plus some files. */
function project(files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'fupinri-check-cache-'));
  projects.push(root);
  cpSync(join(process.cwd(), 'src', 'content'), join(root, 'src', 'content'), { recursive: true });
  mkdirSync(join(root, 'node_modules'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  return root;
}

const badActivity = 'src/content/activities/2020-99-cuowu.md';
const badText =
  '---\ntitle: 举办研讨会\ncampaign: "2020"\nwhen: "2020-08"\nlead: [地委宣传处]\ncategory: 理论研讨\nsummary: 牵头单位写错，还缺地区的写法。\nregions: 塔城地区\n---\n\n![](./images/none.png)\n';

describe('the content check cache', () => {
  it('a run from the cache reports the same problems as a fresh run, every time', async () => {
    const root = project({ [badActivity]: badText });
    const fresh = validateContent(await readContentFiles(root), await contentSchemas(), root);
    // One problem of each kind: schema (regions), reference (lead), body (alt, missing image).
    expect(fresh.map((p) => p.key).sort()).toEqual(['lead.0', 'regions', '正文', '正文']);
    const first = await checkContentDir(root);
    const cache = await loadCheckCache(root);
    // The bad file's own result is now kept, so the next runs take it from the cache.
    const bad = (await readContentFiles(root)).find((f) => f.path === badActivity);
    expect(bad && cache.results.get(checkKey(bad, cache.version))?.problems.length).toBeGreaterThan(
      0,
    );
    const second = await checkContentDir(root);
    const third = await checkContentDir(root);
    for (const run of [first, second, third]) {
      expect(run.problems).toEqual(fresh);
      expect(run.report).toContain(`${badActivity}:5  字段 lead.0`);
    }
  });

  it.each([
    [
      'a fixed file',
      (root: string) =>
        writeFileSync(join(root, badActivity), badText.replace('地委宣传处', '地委宣传部')),
      ['regions', '正文', '正文'],
    ],
    [
      'a unit renamed in units.yaml',
      (root: string) => {
        const path = join(root, 'src/content/units.yaml');
        writeFileSync(
          path,
          readFileSync(path, 'utf8').replace('name: 地委宣传部\n', 'name: 地委宣传处\n'),
        );
      },
      null,
    ],
    [
      'the image added',
      (root: string) => {
        mkdirSync(join(root, 'src/content/activities/images'));
        writeFileSync(join(root, 'src/content/activities/images/none.png'), '');
      },
      ['lead.0', 'regions', '正文'],
    ],
  ] as const)('sees %s on the next run', async (_, change, keys) => {
    const root = project({ [badActivity]: badText });
    await checkContentDir(root);
    change(root);
    const cached = await checkContentDir(root);
    const fresh = validateContent(await readContentFiles(root), await contentSchemas(), root);
    expect(cached.problems).toEqual(fresh);
    if (keys)
      expect(
        cached.problems
          .filter((p) => p.file === badActivity)
          .map((p) => p.key)
          .sort(),
      ).toEqual([...keys].sort());
    else expect(cached.problems.some((p) => p.file !== badActivity)).toBe(true);
  });

  it('sees an image deleted after a clean run', async () => {
    const root = project();
    expect((await checkContentDir(root)).problems).toEqual([]);
    unlinkSync(join(root, 'src/content/stories/images/fupin-chejian.png'));
    const after = await checkContentDir(root);
    expect(after.problems).toMatchObject([
      {
        file: 'src/content/stories/shili-fupin-chejian-jiuye.md',
        key: '正文',
        expected: '存在的图片文件',
      },
    ]);
  });

  it('keeps no cache for a project without node_modules/', async () => {
    const root = project();
    rmSync(join(root, 'node_modules'), { recursive: true });
    expect((await checkContentDir(root)).problems).toEqual([]);
    expect((await loadCheckCache(root)).results.size).toBe(0);
  });
});
