/**
 * `npm run import`: run as an editor runs it, on a copy of the project's content. What it
 * writes passes `npm run check` once the report is answered, it never overwrites, and bad
 * input writes nothing.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkContentDir } from '../../src/lib/content/content-files.ts';
import { tempProject } from '../support/content-fixture.ts';

const seedsDir = join(process.cwd(), '..', 'shared', 'seeds');
const seed = (prefix: string) =>
  join(
    seedsDir,
    readdirSync(seedsDir).find((f) => f.startsWith(prefix))!,
  );

const runImport = (root: string, args: string[], input?: string | Buffer) =>
  spawnSync(
    'node_modules/.bin/node',
    ['scripts/import.ts', ...args, '--root', root, '--date', '2026-12-06'],
    { encoding: 'utf8', ...(input !== undefined && { input }) },
  );

/** Every file under src/content of a project, with its text. */
const snapshot = (root: string) =>
  new Map(
    (readdirSync(join(root, 'src/content'), { recursive: true }) as string[])
      .filter((p) => /\.(md|ya?ml)$/.test(p))
      .map((p) => [p, readFileSync(join(root, 'src/content', p), 'utf8')]),
  );
const added = (before: Map<string, string>, after: Map<string, string>) =>
  [...after.keys()].filter((p) => !before.has(p)).sort();
const frontMatter = (text: string) => parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;

describe('npm run import -- <seed 000 as text>', () => {
  const project = tempProject();
  afterAll(() => project.remove());
  const before = snapshot(project.root);
  const run = runImport(project.root, [seed('000_')]);
  const after = snapshot(project.root);
  const files = added(before, after);

  it('writes the notice, ten activities and the report beside the notice, and says so', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(files.filter((p) => p.startsWith('activities/'))).toHaveLength(10);
    const notices = files.filter((p) => p.startsWith('notices/'));
    expect(notices).toHaveLength(2);
    const report = notices.find((p) => p.includes('导入报告'))!;
    const notice = notices.find((p) => p !== report)!;
    expect(report).toBe(notice.replace(/([^/]+)\.md$/, '_$1-导入报告.md'));
    expect(run.stdout).toContain(`导入报告已保存：src/content/${report}`);
    expect(after.get(report)).toBe(run.stdout.split('\n导入报告已保存')[0]);
    for (const p of files.filter((f) => !f.includes('导入报告')))
      expect(frontMatter(after.get(p)!).draft).toBe(true);
  });

  it('changes no file that was there', () => {
    for (const [p, text] of before) expect(after.get(p)).toBe(text);
  });

  it('passes npm run check as written', async () => {
    const { problems } = await checkContentDir(project.root);
    expect(problems).toEqual([]);
  });

  it('run again, writes new names (…-2) and still overwrites nothing', () => {
    const again = runImport(project.root, [seed('000_')]);
    expect(again.status).toBe(0);
    const third = snapshot(project.root);
    const more = added(after, third);
    expect(more).toHaveLength(files.length);
    for (const p of more) expect(p).toMatch(/-2(?:-导入报告)?\.md$/);
    for (const [p, text] of after) expect(third.get(p)).toBe(text);
  });
});

describe('npm run import, seed 001 pasted on standard input', () => {
  const project = tempProject();
  afterAll(() => project.remove());
  const before = snapshot(project.root);
  const run = runImport(project.root, [], readFileSync(seed('001_')));
  const files = added(before, snapshot(project.root));

  it('reads it, cleans it as the content model says, and reports what it did', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('来源：标准输入（粘贴的文字，UTF-8 编码）');
    expect(run.stdout).toContain('原文为繁体字，已转换为简体字');
    expect(run.stdout).toMatch(/已删去夹在字词后的拼音注音 \d+ 处/);
    expect(run.stdout).toContain('已删去网页侧栏中与方案无关的 10 行');
    expect(files.filter((p) => p.startsWith('activities/'))).toHaveLength(6);
    // The plan gives no year: its entries are named and filed under 20xx.
    for (const p of files) expect(p).toMatch(/^(?:activities|notices)\/_?20xx-/);
  });

  it('passes npm run check as written', async () => {
    expect((await checkContentDir(project.root)).problems).toEqual([]);
  });
});

describe('npm run import: what the report leaves to do is what the check finds', () => {
  const project = tempProject();
  afterAll(() => project.remove());
  // A plan of a year campaigns.yaml does not have, naming a unit units.yaml does not have,
  // an item without a date, and two items no category's clue word fits (one names an area).
  const plan = [
    '关于印发《2021年扶贫日活动方案》的通知',
    '各有关单位：现将方案印发给你们，请认真执行。',
    '2021年扶贫日活动方案',
    '一、活动内容',
    '(一)举办消费扶贫展销会(开展时间:2021年10月中旬)。地区乡村振兴局负责，地区商务局配合。',
    '(二)开展扶贫志愿服务。组织志愿者走进贫困村。(地区文明办负责)',
    '二、工作要求',
    '各单位于2021年10月20日前报送活动总结。',
    '地区扶贫办',
    '2021年9月1日',
  ].join('\n');
  const path = join(project.root, 'plan.txt');
  writeFileSync(path, plan);
  const before = snapshot(project.root);
  const run = runImport(project.root, [path]);
  const files = added(before, snapshot(project.root));

  it('writes what it read, and numbers the things left: the unknown unit, the date, the year, two categories', () => {
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('## 需要处理的事项（5 项）');
    expect(run.stdout.match(/没有判断出类别/g)).toHaveLength(2);
    expect(run.stdout).toContain(
      '请在 category 填写 src/content/categories.yaml 中的一个类别：理论研讨、',
    );
    expect(run.stdout).toContain('- 扶贫领域：消费扶贫　←　读自原文：“消费扶贫”');
    expect(run.stdout).toContain('单位“地区乡村振兴局”不在 src/content/units.yaml 中');
    expect(run.stdout).toMatch(/最接近的已有名称：[^\n]*地区/);
    expect(run.stdout).toContain('     - name: 地区乡村振兴局');
    expect(run.stdout).toMatch(/没有读出开展时间/);
    expect(run.stdout).toContain('年度“2021”不在 src/content/campaigns.yaml 中');
    expect(files.filter((p) => p.startsWith('activities/'))).toHaveLength(2);
  });

  it('the check finds exactly those, and passes once they are answered as the report says', async () => {
    const { problems } = await checkContentDir(project.root);
    const found = problems.map((p) => `${p.file.replace(/^src\/content\//, '')} ${p.key}`).sort();
    const activity = files.find((p) => p.startsWith('activities/') && p.includes('zhiyuan'))!;
    const fair = files.find((p) => p.startsWith('activities/') && p !== activity)!;
    const notice = files.find((p) => /^notices\/[^_]/.test(p))!;
    expect(found).toEqual(
      [
        `${notice} campaign`,
        `${fair} campaign`,
        `${fair} category`,
        `${fair} lead.0`,
        `${activity} campaign`,
        `${activity} category`,
        `${activity} when`,
      ].sort(),
    );

    // Answer the report: the lines it gives for units.yaml and campaigns.yaml, and a date.
    const block = (start: string) =>
      run.stdout
        .split('\n')
        .filter(
          (l, i, all) => l.startsWith('     ') && all.slice(0, i).some((s) => s.includes(start)),
        )
        .slice(0, 3)
        .map((l) => l.slice(5))
        .join('\n');
    appendFileSync(join(project.root, 'src/content/units.yaml'), `${block('地区乡村振兴局')}\n`);
    appendFileSync(join(project.root, 'src/content/campaigns.yaml'), `${block('年度“2021”')}\n`);
    const activityPath = join(project.root, 'src/content', activity);
    writeFileSync(
      activityPath,
      readFileSync(activityPath, 'utf8').replace(/^when: ""$/m, 'when: "2021-10"'),
    );
    for (const item of [activity, fair]) {
      const itemPath = join(project.root, 'src/content', item);
      writeFileSync(
        itemPath,
        readFileSync(itemPath, 'utf8').replace(/^category: ""$/m, 'category: 主题活动'),
      );
    }
    expect((await checkContentDir(project.root)).problems).toEqual([]);
  });
});

describe('npm run import: bad input writes nothing', () => {
  const project = tempProject();
  afterAll(() => project.remove());
  const file = (name: string, bytes: Uint8Array | string) => {
    const p = join(project.root, name);
    writeFileSync(p, bytes);
    return p;
  };
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Buffer.alloc(504)]);

  it.each([
    ['no such file', () => join(project.root, 'missing.docx'), /找不到文件/],
    ['an empty file', () => file('empty.txt', ''), /是空的/],
    ['an old .doc', () => file('plan.doc', OLE), /旧版 Word 文档/],
    [
      'a password-protected .docx',
      () => file('secret.docx', Buffer.concat([OLE, Buffer.from('EncryptionInfo', 'utf16le')])),
      /设置了打开密码/,
    ],
    ['a broken .docx', () => file('broken.docx', 'PK\u0003\u0004 cut short'), /文件已损坏/],
    [
      'text with no plan in it',
      () =>
        file(
          'note.txt',
          '今天下午三点在三楼会议室开会，请大家准时参加，带好笔记本和笔，会后还有座谈交流。',
        ),
      /没有认出活动方案/,
    ],
  ])('%s', (_, make, message) => {
    const before = snapshot(project.root);
    const run = runImport(project.root, [make()]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
    expect(snapshot(project.root)).toEqual(before);
  });

  it('a plan whose items cannot be split writes the notice alone and says why', () => {
    const before = snapshot(project.root);
    const run = runImport(project.root, [
      file(
        'short.txt',
        '关于开展2020年扶贫日活动的通知\n各单位：\n请各单位结合实际开展扶贫日宣传活动，营造浓厚氛围。\n地区扶贫办\n2020年9月1日',
      ),
    ]);
    expect(run.status).toBe(0);
    const files = added(before, snapshot(project.root));
    expect(files.filter((p) => p.startsWith('activities/'))).toEqual([]);
    expect(files.filter((p) => p.startsWith('notices/'))).toHaveLength(2);
    expect(run.stdout).toContain('没有拆分出活动：没有找到“活动内容”或“活动安排”一节');
  });
});
