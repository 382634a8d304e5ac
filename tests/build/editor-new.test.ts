/** `npm run new`: the file it writes, its refusal to overwrite, and the check it must then pass. */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContentDir } from '../../src/lib/content/content-files.ts';
import { collectionDocs } from '../../src/lib/editors/field-docs.ts';
import { tempProject } from '../support/content-fixture.ts';

const project = tempProject();
afterAll(() => project.remove());

const runNew = (...args: string[]) =>
  spawnSync(
    'node_modules/.bin/node',
    ['scripts/new.ts', ...args, '--root', project.root, '--date', '2020-10-09'],
    { encoding: 'utf8' },
  );

/** Fills what only the editor knows: the empty names, choices and the body. */
const names: Record<string, string> = {
  author: 'author: 某驻村工作队员',
  summary: 'summary: 一句话摘要。',
  publisher: 'publisher: 地区扶贫办',
  lead: 'lead: [地区扶贫办]',
  category: 'category: 主题活动',
  kind: '',
  award: 'award: 脱贫攻坚奖',
  conferredBy: 'conferredBy: 塔城地区扶贫开发领导小组',
  organizers: 'organizers: [地区扶贫办]',
  status: 'status: open',
  target: 'target: 243',
  regions: 'regions: [示例甲县]',
  programme: 'programme: shili-baiqi-bangbaicun',
  region: 'region: 示例甲县',
  pairings:
    'pairings: [{enterprise: 示例国企乙, village: 示例甲县第九村, signed: "20XX-10-01", help: 产业帮扶}]',
};
function fill(text: string, collection: string): string {
  let out = text;
  for (const [key, line] of Object.entries(names)) {
    const filled =
      key === 'kind'
        ? `kind: ${collection === 'commendations' ? 'individual' : 'initiative'}`
        : line;
    out = out.replace(new RegExp(`^${key}: (""|\\[\\])$`, 'm'), filled);
  }
  return `${out.trimEnd()}\n\n正文第一段。\n`;
}

const folders = collectionDocs().filter((c) => c.shape === 'folder');

describe.each(folders.map((c) => [c.name, c] as const))('npm run new -- %s', (name, collection) => {
  const title = '2020年扶贫日：驻村两年，我看着村里的路通了';
  let created = '';
  beforeAll(() => {
    const run = runNew(name, title);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    created = /已创建：(\S+)/.exec(run.stdout)?.[1] ?? '';
  });

  it("names the file with the year and the title's pinyin", () => {
    expect(created).toBe(`${collection.path}/2020-fupin-ri-zhucun-liangnian-wokan-cunli.md`);
  });

  it('writes every key of the contract, each under a Chinese comment, and the title and date', () => {
    const text = readFileSync(join(project.root, created), 'utf8');
    const lines = text.split('\n');
    for (const f of collection.fields) {
      const at = lines.findIndex((l) => new RegExp(`^(# )?${f.key}:`).test(l));
      expect(at, f.key).toBeGreaterThan(0);
      expect(lines[at - 1], f.key).toMatch(/^# .*[\u4e00-\u9fff].*（(必填|可选)；/);
    }
    const front = parseYaml(text.split(/^---$/m)[1] ?? '');
    expect(front[collection.fields.some((f) => f.key === 'title') ? 'title' : 'name']).toBe(title);
    const dated = collection.fields.find((f) => f.kind === 'date' && f.required);
    if (dated) expect(front[dated.key]).toBe('2020-10-09');
  });

  it('lists only the names still to write, then passes the check once they are written', async () => {
    const { problems } = await checkContentDir(project.root);
    const mine = problems.filter((p) => p.file === created);
    expect(mine.length).toBeGreaterThan(0);
    // Nothing else in the project is affected (entries made for the collections before were filled in).
    expect(problems.filter((p) => p.file !== created)).toEqual([]);
    for (const p of mine)
      expect(['', ...Object.keys(names)]).toContain(p.key.replace(/\.\d+$/, ''));
    const path = join(project.root, created);
    writeFileSync(path, fill(readFileSync(path, 'utf8'), name));
    const after = await checkContentDir(project.root);
    expect(after.problems.filter((p) => p.file === created)).toEqual([]);
  });
});

describe('npm run new, refusals', () => {
  it('refuses to overwrite an existing entry, and says which file', () => {
    const path = 'src/content/stories/2020-cunli-xinlu.md';
    project.write(path, 'written by hand\n');
    const run = runNew('stories', '村里的新路');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`已有同名条目：${path}`);
    expect(readFileSync(join(project.root, path), 'utf8')).toBe('written by hand\n');
  });

  it.each([
    [['huodong', '标题'], '没有名为“huodong”的栏目'],
    [['units', '某单位'], '请直接在 src/content/units.yaml 里加一项'],
  ])('%j', (args, message) => {
    const run = runNew(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(message);
  });

  it("takes the collection's Chinese name too", () => {
    const run = runNew('故事', '扶贫车间');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('已创建：src/content/stories/2020-fupin-chejian.md');
  });
});
