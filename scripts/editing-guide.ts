/**
 * Fills the generated parts of the editor guide (docs/editing.md) from the code
 * they describe: each collection's field table from the schemas, each complete
 * example from docs/examples/, each common mistake's message by running the
 * content check on a broken fixture, and the list of allowed HTML from the
 * sanitizer's allowlist. `node scripts/editing-guide.ts` rewrites the guide;
 * tests/build/editor-docs.test.ts fails when the guide and the code disagree.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionDocs, kindText, type FieldDoc } from '../src/lib/editors/field-docs.ts';
import { allowlist } from '../src/lib/security/html-allowlist.ts';
import { formatProblems } from '../src/lib/content/problems.ts';
import { problemsOf, type Extra } from '../tests/support/content-fixture.ts';

/** The guide's path. */
export const guidePath = 'docs/editing.md';

/** One common mistake: a broken file, and how to put it right. */
export interface Mistake {
  title: string;
  fixture: Extra;
  /** What the broken file looks like, when its bytes cannot be shown as text. */
  shown?: string;
  fix: string;
}

const story = 'src/content/stories/ceshi-gushi.md';
const storyText = (front: string, body = '正文第一段。\n') =>
  `---\ntitle: 驻村两年\ndate: "2020-10-12"\nauthor: 某驻村工作队员\nsummary: 一句话摘要。\n${front}---\n\n${body}`;
const activity = 'src/content/activities/2020-ceshi-huodong.md';
const activityText = (lead: string, category: string) =>
  `---\ntitle: 扶贫日主题宣传活动\ncampaign: "2020"\nwhen: "2020-09-15/2020-10-17"\nlead: [${lead}]\ncategory: ${category}\nsummary: 一句话摘要。\n---\n`;

/** The ten mistakes editors make most, most common first. */
export const mistakes: Mistake[] = [
  {
    title: '文件不是 UTF-8 编码（用记事本“另存为”时选了 ANSI/GBK）',
    fixture: {
      path: story,
      bytes: new Uint8Array([
        0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x69, 0x74, 0x6c, 0x65, 0x3a, 0x20, 0xb7, 0xf6, 0xc6, 0xb6,
        0x0a, 0x2d, 0x2d, 0x2d, 0x0a,
      ]),
    },
    shown: '（内容看起来正常，但文件是用 GBK 编码保存的）',
    fix: '用编辑器重新保存为 UTF-8：VS Code 右下角点编码，选“通过编码保存”→ UTF-8；记事本选“另存为”，编码选 UTF-8。',
  },
  {
    title: '文件名用了汉字或空格',
    fixture: { path: 'src/content/stories/驻村两年.md', text: storyText('') },
    fix: '文件名会成为网址，只能用小写字母、数字和连字符。用 npm run new 新建条目，文件名会按标题拼音自动生成。',
  },
  {
    title: '标题里有英文冒号“: ”却没加引号',
    fixture: {
      path: story,
      text: storyText('').replace('title: 驻村两年', 'title: 驻村两年: 我看着路通了'),
    },
    fix: '给整句加上英文双引号：title: "驻村两年: 我看着路通了"；或改用中文冒号“：”。',
  },
  {
    title: '字段名拼错',
    fixture: { path: story, text: storyText('regoin: 塔城市\n') },
    fix: '字段名区分大小写，照本指南表格中的“字段”一栏书写（这里应为 region）。',
  },
  {
    title: '漏填必填字段',
    fixture: { path: story, text: storyText('').replace('author: 某驻村工作队员\n', '') },
    fix: '补上这个字段。每个栏目哪些字段必填，见本指南的字段表。',
  },
  {
    title: '日期按中文习惯书写',
    fixture: {
      path: story,
      text: storyText('').replace('date: "2020-10-12"', 'date: 2020年10月12日'),
    },
    fix: '日期用 EDTF 写法，并加英文双引号："2020-10-12"。写法见下文“日期怎么写”。',
  },
  {
    title: '单位名称与 units.yaml 不一致',
    fixture: { path: activity, text: activityText('塔城地区扶贫办', '宣传报道') },
    fix: '照提示中的名称书写（一字不差）；确实是新单位的，先在 src/content/units.yaml 中加上它。',
  },
  {
    title: '类别（或其他选项）不在可选范围内',
    fixture: { path: activity, text: activityText('地委宣传部', '宣传') },
    fix: '从提示列出的选项中选一个，原样照抄。',
  },
  {
    title: '图片没写说明文字，或路径写错',
    fixture: {
      path: story,
      text: storyText(
        '',
        '正文第一段。\n\n![](./images/cunlu-tongle.png)\n\n![村里新修的路](./images/cunlu.png)\n',
      ),
    },
    fix: '图片写成 ![图片说明](./images/文件名.png)：方括号里写一句说明（给看不见图片的读者），图片放在本文件旁的 images/ 文件夹，文件名一字不差。',
  },
  {
    title: '从别的网站复制了视频代码或脚本',
    fixture: {
      path: story,
      text: storyText(
        '',
        '正文第一段。\n\n<iframe src="https://video.example.com/embed/1"></iframe>\n',
      ),
    },
    fix: '删除这段 HTML。视频请写成普通链接：[观看视频](https://…)。',
  },
];

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function fieldRows(fields: readonly FieldDoc[]): string[] {
  return fields.flatMap((f) => [
    `| \`${f.path}\` | ${cell(f.label)} | ${f.required ? '必填' : '可选'} | ${cell(kindText(f))} | ${cell(f.hint)} |`,
    ...fieldRows(f.fields ?? []),
  ]);
}

/** Every generated block of the guide, by name. */
export function guideBlocks(root = process.cwd()): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const c of collectionDocs()) {
    blocks.set(
      `fields:${c.name}`,
      [
        '| 字段 | 名称 | 必填 | 写法 | 说明 |',
        '| --- | --- | --- | --- | --- |',
        ...fieldRows(c.fields),
      ].join('\n'),
    );
    const ext = c.shape === 'folder' ? 'md' : 'yaml';
    const example = readFileSync(join(root, 'docs', 'examples', `${c.name}.${ext}`), 'utf8');
    const where =
      c.shape === 'folder' ? `保存为 \`${c.path}/文件名.md\`：` : `加在 \`${c.path}\` 的末尾：`;
    blocks.set(
      `example:${c.name}`,
      [where, '', `\`\`\`${ext === 'md' ? 'markdown' : 'yaml'}`, example.trimEnd(), '```'].join(
        '\n',
      ),
    );
  }
  mistakes.forEach((m, i) => {
    const shown = m.shown ?? m.fixture.text ?? '';
    const report = formatProblems(problemsOf(m.fixture)).trimEnd();
    blocks.set(
      `mistake:${i + 1}`,
      [
        `### ${i + 1}. ${m.title}`,
        '',
        `写成这样（\`${m.fixture.path}\`）：`,
        '',
        '```markdown',
        shown.trimEnd(),
        '```',
        '',
        '`npm run check` 和 `npm run build` 给出的提示：',
        '',
        '```text',
        report,
        '```',
        '',
        `**怎么改**：${m.fix}`,
      ].join('\n'),
    );
  });
  blocks.set('allowlist', (allowlist.tagNames ?? []).map((tag) => `\`<${tag}>\``).join(' '));
  return blocks;
}

/** The guide with every generated block filled in; throws when a marker has no block or a block no marker. */
export function fillGuide(text: string, blocks = guideBlocks()): string {
  const used = new Set<string>();
  const filled = text.replace(
    /(<!-- generated:(\S+) -->)\n(?:[\s\S]*?\n)??(<!-- \/generated -->)/g,
    (_all, open: string, name: string, close: string) => {
      const block = blocks.get(name);
      if (block === undefined) throw new Error(`${guidePath}: no generated block named ${name}`);
      used.add(name);
      return `${open}\n${block}\n${close}`;
    },
  );
  const missing = [...blocks.keys()].filter((name) => !used.has(name));
  if (missing.length) throw new Error(`${guidePath}: no place for ${missing.join(', ')}`);
  return filled;
}

if (import.meta.main) {
  const path = join(process.cwd(), guidePath);
  writeFileSync(path, fillGuide(readFileSync(path, 'utf8')));
  process.stdout.write(`wrote ${guidePath}\n`);
}
