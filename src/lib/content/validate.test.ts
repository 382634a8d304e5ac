/**
 * The content checker on broken entries an editor could write: each case is a small
 * project under tests/fixtures/bad-content/<case>/src/content/, checked together with
 * the real content in src/content (so references resolve as they do in a build).
 *
 * Past 250 lines: one case per broken entry an editor could write, all against one fixture
 * tree.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { contentSchemas, readContentFiles } from './content-files.ts';
import { type Schemas } from './check-file.ts';
import { formatProblems, type ContentFile, type Problem } from './problems.ts';
import { validateContent } from './validate.ts';

const root = process.cwd();
const fixtures = 'tests/fixtures/bad-content';

let schemas: Schemas;
let real: ContentFile[];
beforeAll(async () => {
  schemas = await contentSchemas();
  real = await readContentFiles(root);
});

/** The files of one fixture case, with paths relative to the project root. */
async function caseFiles(name: string): Promise<ContentFile[]> {
  const dir = `${fixtures}/${name}`;
  return (await readContentFiles(join(root, dir))).map((f) => ({ ...f, path: `${dir}/${f.path}` }));
}

const isMarkdown = (f: ContentFile) => /\.mdx?$/.test(f.path);

/** The real content plus some files; a YAML list among them replaces the real one. */
function withReal(extra: readonly ContentFile[]): ContentFile[] {
  const replaced = new Set(extra.filter((f) => !isMarkdown(f)).map((f) => f.collection));
  return [...real.filter((f) => isMarkdown(f) || !replaced.has(f.collection)), ...extra];
}

/** The problems of one case checked with the real content, computed once per case. */
const checked = new Map<string, Promise<Problem[]>>();
function checkCase(name: string): Promise<Problem[]> {
  let result = checked.get(name);
  if (!result) {
    result = caseFiles(name).then((files) => validateContent(withReal(files), schemas, root));
    checked.set(name, result);
  }
  return result;
}

const fromText = (collection: string, path: string, text: string): ContentFile => ({
  collection,
  path,
  bytes: new TextEncoder().encode(text),
});

/** The report block of one problem, as formatProblems prints it. */
const blockOf = (p: Problem) => formatProblems([p]).split('\n\n').slice(1).join('\n\n');

interface Case {
  /** Folder under tests/fixtures/bad-content. */
  name: string;
  /** The broken file, relative to the case's src/content. */
  file: string;
  line: number;
  /** '' for a problem of the whole file. */
  key: string;
  written: string;
  expected: string;
  /** Something the fix must say (the closest known names, the right key). */
  fix?: string;
  /** How many problems the file has in all. */
  count?: number;
}

const cases: Case[] = [
  {
    name: 'unknown-unit',
    file: 'activities/2020-91-unknown-unit.md',
    line: 6,
    key: 'lead.0',
    written: '地委宣传处',
    expected: 'units.yaml',
    fix: '地委宣传部',
  },
  {
    name: 'unknown-region',
    file: 'activities/2020-92-unknown-region.md',
    line: 7,
    key: 'regions.1',
    written: '塔城县',
    expected: 'regions.yaml',
    fix: '塔城市',
  },
  {
    name: 'unknown-category',
    file: 'activities/2020-95-unknown-category.md',
    line: 6,
    key: 'category',
    written: '理论研究',
    expected: 'categories.yaml 中的类别名称',
    fix: '理论研讨',
  },
  {
    name: 'unknown-area',
    file: 'activities/2020-96-unknown-area.md',
    line: 7,
    key: 'areas.1',
    written: '电商帮扶',
    expected: 'areas.yaml 中的扶贫领域名称',
    fix: '电商扶贫',
  },
  {
    name: 'category-without-note',
    file: 'categories.yaml',
    line: 5,
    key: 'note',
    written: '（未填写）',
    expected: '说明',
  },
  {
    name: 'unknown-campaign',
    file: 'activities/2020-93-unknown-campaign.md',
    line: 3,
    key: 'campaign',
    written: '2002',
    expected: 'campaigns.yaml',
    fix: '2020',
  },
  {
    name: 'unknown-plan',
    file: 'activities/2020-94-unknown-plan.md',
    line: 7,
    key: 'plan',
    written: '2020-tacheng-fangan',
    expected: 'notices',
    fix: '2020-tacheng-fupinri-fangan',
  },
  {
    name: 'unknown-notice-relation',
    file: 'notices/2020-ceshi-feizhi.md',
    line: 7,
    key: 'repealedBy',
    written: '2020-tacheng-fupinri-fangan-xiuding',
    expected: 'notices',
    fix: '2020-tacheng-fupinri-fangan',
  },
  {
    name: 'previous-when-not-moved',
    file: 'activities/2020-96-previous-when.md',
    line: 7,
    key: 'previousWhen',
    written: '“2020-09-01/2020-10-17”',
    expected: '延期（postponed）或改期（rescheduled）',
    fix: 'status',
  },
  {
    name: 'cancelled-without-note',
    file: 'activities/2020-97-cancelled.md',
    line: 7,
    key: 'statusNote',
    written: '（未填写）',
    expected: '状态说明 statusNote',
    fix: '取消的原因',
  },
  {
    name: 'change-without-note',
    file: 'activities/2020-98-change.md',
    line: 8,
    key: 'changes.0.note',
    written: '（未填写）',
    expected: '更改说明',
  },
  {
    name: 'bad-date',
    file: 'activities/2020-95-bad-date.md',
    line: 4,
    key: 'when',
    written: '2020年8月',
    expected: 'EDTF',
  },
  {
    name: 'end-before-start',
    file: 'activities/2020-96-end-before-start.md',
    line: 5,
    key: 'when',
    written: '2020-10-17/2020-09-15',
    expected: '结束日期早于开始日期',
  },
  {
    name: 'negative-amount',
    file: 'appeals/2020-negative-amount.md',
    line: 9,
    key: 'raised',
    written: '-500',
    expected: '不能为负数',
  },
  {
    name: 'overspent-ledger',
    file: 'appeals/2020-overspent-ledger.md',
    line: 9,
    key: 'ledger',
    written: '1300',
    expected: '1000',
  },
  {
    name: 'image-without-alt',
    file: 'stories/2020-image-without-alt.md',
    line: 10,
    key: '正文',
    written: '![](./images/dot.png)',
    expected: 'alt',
  },
  {
    name: 'cover-without-alt',
    file: 'stories/2020-cover-without-alt.md',
    line: 6,
    key: 'cover.alt',
    written: '未填写',
    expected: '图片说明 alt',
  },
  {
    name: 'image-missing',
    file: 'stories/2020-image-missing.md',
    line: 10,
    key: '正文',
    written: './images/lu.jpg',
    expected: '存在的图片文件',
  },
  {
    name: 'cover-missing',
    file: 'stories/2020-cover-missing.md',
    line: 7,
    key: 'cover.src',
    written: './images/fengmian.jpg',
    expected: '存在的图片文件',
  },
  {
    name: 'duplicate-id',
    file: 'activities/2020-01-yantaohui.md',
    line: 1,
    key: '',
    written: '2020-01-yantaohui',
    expected: '唯一',
    fix: 'src/content/activities/2020-01-yantaohui.md',
  },
  {
    name: 'script-tag',
    file: 'activities/2020-97-script-tag.md',
    line: 12,
    key: '正文',
    written: '<script src="https://tongji.example.com/t.js"',
    expected: '<script>',
  },
  {
    name: 'javascript-link',
    file: 'activities/2020-98-javascript-link.md',
    line: 10,
    key: '正文',
    written: 'javascript:',
    expected: 'javascript:',
  },
  {
    name: 'entity-javascript',
    file: 'activities/2020-99-entity-javascript.md',
    line: 12,
    key: '正文',
    written: 'jav&#x61;script:',
    expected: 'javascript:',
  },
  {
    name: 'img-onerror',
    file: 'stories/2020-img-onerror.md',
    line: 9,
    key: '正文',
    written: 'onerror="alert(1)"',
    expected: 'onerror',
  },
  {
    name: 'iframe',
    file: 'stories/2020-iframe.md',
    line: 10,
    key: '正文',
    written: '<iframe src="https://video.example.com/embed/123"',
    expected: '嵌入',
  },
  {
    name: 'missing-key',
    file: 'activities/2020-90-missing-key.md',
    line: 2,
    key: 'lead',
    written: '未填写',
    expected: '单位名称列表',
    fix: '加上字段 lead',
  },
  {
    name: 'unknown-key',
    file: 'activities/2020-89-unknown-key.md',
    line: 6,
    key: 'partner',
    written: 'partner',
    expected: '不认识的字段',
    fix: 'partners',
  },
  {
    name: 'unknown-nested-key',
    file: 'notices/2020-unknown-nested-key.md',
    line: 8,
    key: 'contact.mail',
    written: 'mail',
    expected: '可用的字段：name、phone、email',
    fix: 'email',
  },
  {
    name: 'bad-yaml',
    file: 'activities/2020-88-bad-yaml.md',
    line: 6,
    key: '',
    written: '',
    expected: '合法的 YAML',
  },
  {
    name: 'not-utf8',
    file: 'activities/2020-87-not-utf8.md',
    line: 1,
    key: '',
    written: 'UTF-8',
    expected: 'UTF-8 编码',
    fix: 'UTF-8',
  },
  {
    name: 'empty-body',
    file: 'notices/2020-empty-body.md',
    line: 8,
    key: '',
    written: '正文为空',
    expected: '正文',
  },
  {
    name: 'non-ascii-filename',
    file: 'activities/研讨会.md',
    line: 1,
    key: '',
    written: '研讨会.md',
    expected: '小写字母、数字和连字符',
  },
  {
    name: 'subfolder',
    file: 'activities/2021/2021-01-yantaohui.md',
    line: 1,
    key: '',
    written: '子文件夹',
    expected: 'src/content/activities/ 下',
  },
  {
    name: 'wrong-extension',
    file: 'activities/2020-86-yantaohui.markdown',
    line: 1,
    key: '',
    written: '2020-86-yantaohui.markdown',
    expected: '.md',
    fix: '2020-86-yantaohui.md',
  },
  {
    name: 'unknown-folder',
    file: 'activity/2020-85-yantaohui.md',
    line: 1,
    key: '',
    written: 'activity',
    expected: 'activities',
    fix: 'activities',
  },
  {
    name: 'no-frontmatter',
    file: 'stories/2020-no-frontmatter.md',
    line: 1,
    key: '',
    written: '没有前言',
    expected: '---',
  },
];

describe('each broken file gets a message naming file, line, key, what was written and what is expected', () => {
  it.each(cases)('$name', async (c) => {
    const problems = await checkCase(c.name);
    const path = `${fixtures}/${c.name}/src/content/${c.file}`;
    // Only the broken file has problems: the real content around it stays valid.
    expect(problems.map((p) => p.file).filter((f) => f !== path)).toEqual([]);
    expect(problems).toHaveLength(c.count ?? 1);
    const p = problems.find((x) => x.key === c.key);
    expect(p, JSON.stringify(problems, null, 1)).toBeDefined();
    if (!p) return;
    expect(p.line).toBe(c.line);
    expect(p.written).toContain(c.written);
    expect(p.expected).toContain(c.expected);
    if (c.fix) expect(p.fix).toContain(c.fix);
    // The report an editor reads says all of it, in Chinese.
    const block = blockOf(p);
    expect(block).toContain(`${path}:${c.line}`);
    if (c.key) expect(block).toContain(`字段 ${c.key}`);
    expect(block).toContain(`写的是：${p.written}`);
    expect(block).toContain(`应为：${p.expected}`);
    expect(block).toContain(`修改：${p.fix}`);
    expect(block).toMatch(/[\u4e00-\u9fff]/);
  });

  it('every case folder has a row in the table', async () => {
    const { readdir } = await import('node:fs/promises');
    expect((await readdir(join(root, fixtures))).filter((n) => !n.startsWith('.')).sort()).toEqual(
      cases.map((c) => c.name).sort(),
    );
  });
});

describe('the real content', () => {
  it('has no problem at all', () => {
    expect(formatProblems(validateContent(real, schemas, root))).toBe(formatProblems([]));
  });

  it('covers every collection', () => {
    expect(new Set(real.map((f) => f.collection))).toEqual(new Set(Object.keys(schemas)));
  });
});

describe('all problems at once', () => {
  it('lists every problem of every broken file in one report, in file and line order', async () => {
    const each = await Promise.all(cases.map((c) => checkCase(c.name)));
    const all = validateContent(
      withReal((await Promise.all(cases.map((c) => caseFiles(c.name)))).flat()),
      schemas,
      root,
    );
    expect(all).toHaveLength(each.flat().length);
    // The same problems (suggested names may differ: the broken files add names of their own).
    const what = (p: Problem) => JSON.stringify([p.file, p.line, p.key, p.written, p.expected]);
    expect(new Set(all.map(what))).toEqual(new Set(each.flat().map(what)));
    const order = all.map((p) => `${p.file}\u0000${String(p.line).padStart(6, '0')}`);
    expect(order).toEqual(
      [...order].sort(
        (a, b) => a.split('\u0000')[0]!.localeCompare(b.split('\u0000')[0]!) || a.localeCompare(b),
      ),
    );
    const report = formatProblems(all);
    expect(report).toContain(`内容检查发现 ${all.length} 处问题`);
    for (const c of cases)
      expect(report).toContain(`${fixtures}/${c.name}/src/content/${c.file}:${c.line}`);
  });

  it('reports a missing key and an unknown name in one file together', () => {
    const file = fromText(
      'activities',
      'src/content/activities/2020-x.md',
      [
        '---',
        'title: 两处错误',
        'campaign: "2020"',
        'when: "2020-08"',
        'lead: [地委宣传处]',
        'regions: [塔城县]',
        'summary: 缺少 category，牵头单位和地区都写错。',
        '---',
        '',
        '正文。',
      ].join('\n'),
    );
    const problems = validateContent(withReal([file]), schemas, root);
    expect(problems.map((p) => [p.key, p.line])).toEqual([
      ['category', 2],
      ['lead.0', 5],
      ['regions.0', 6],
    ]);
  });

  it('reports a wrongly typed value once, not again as an unknown name', () => {
    const file = fromText(
      'activities',
      'src/content/activities/2020-x.md',
      '---\ntitle: x\ncampaign: "2020"\nwhen: "2020-08"\nlead: [""]\ncategory: 理论研讨\nsummary: y\n---\n\n正文。',
    );
    const problems = validateContent(withReal([file]), schemas, root);
    expect(problems.map((p) => p.key)).toEqual(['lead.0']);
  });
});

describe('two entries with one id', () => {
  it('the same name as .md and .mdx', () => {
    const text =
      '---\ntitle: 故事\ndate: "2020-10-12"\nauthor: 作者\nsummary: 摘要\n---\n\n正文。\n';
    const problems = validateContent(
      withReal([
        fromText('stories', 'src/content/stories/2020-gushi.md', text),
        fromText('stories', 'src/content/stories/2020-gushi.mdx', text),
      ]),
      schemas,
      root,
    );
    expect(problems).toMatchObject([
      { file: 'src/content/stories/2020-gushi.mdx', line: 1, key: '', written: '2020-gushi' },
    ]);
    expect(problems[0]?.fix).toContain('src/content/stories/2020-gushi.md');
  });
});

describe('units and regions: one slug and one name each', () => {
  it.each([
    [
      'a duplicated slug',
      'units',
      '- name: 地委宣传部（重复）\n  slug: diwei-xuanchuanbu\n  kind: party\n',
      'slug',
      'diwei-xuanchuanbu',
      '唯一',
    ],
    [
      'a duplicated name',
      'units',
      '- name: 地委宣传部\n  slug: diwei-xuanchuanbu-2\n  kind: party\n',
      'name',
      '地委宣传部',
      '唯一',
    ],
    [
      'a slug that is not ASCII',
      'units',
      '- name: 地区新单位\n  slug: 地区新单位\n  kind: party\n',
      'slug',
      '地区新单位',
      '小写字母',
    ],
    [
      'an unknown kind',
      'units',
      '- name: 地区新单位\n  slug: diqu-xin-danwei\n  kind: bureau\n',
      'kind',
      'bureau',
      'party',
    ],
    [
      'an unknown parent',
      'units',
      '- name: 地区新单位\n  slug: diqu-xin-danwei\n  kind: party\n  parent: 地委宣传处\n',
      'parent',
      '地委宣传处',
      'units.yaml',
    ],
    [
      'a duplicated region slug',
      'regions',
      '- name: 塔城市（重复）\n  slug: tacheng-shi\n',
      'slug',
      'tacheng-shi',
      '唯一',
    ],
    [
      'a duplicated campaign',
      'campaigns',
      '- id: "2020"\n  date: "2020-10-17"\n  theme: 重复的年度\n',
      'id',
      '2020',
      '唯一',
    ],
  ])('%s', async (_, collection, added, key, written, expected) => {
    const path = `src/content/${collection}.yaml`;
    const text = `${await readFile(join(root, path), 'utf8')}\n${added}`;
    const problems = validateContent(withReal([fromText(collection, path, text)]), schemas, root);
    const addedAt = text.split('\n').length - added.split('\n').length + 1;
    const keyLine =
      addedAt +
      added.split('\n').findIndex((l) => l.replace(/^- /, '  ').trim().startsWith(`${key}:`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: path, key, line: keyLine });
    expect(problems[0]?.written).toContain(written);
    expect(problems[0]?.expected).toContain(expected);
  });

  it('refuses a YAML list that is not a list', () => {
    const problems = validateContent(
      withReal([
        fromText('regions', 'src/content/regions.yaml', 'name: 塔城市\nslug: tacheng-shi\n'),
      ]),
      schemas,
      root,
    );
    expect(problems.filter((p) => p.file === 'src/content/regions.yaml')).toMatchObject([
      { line: 1, expected: '以“- ”开头的列表' },
    ]);
  });
});

describe('image paths in a body', () => {
  const story = (body: string) =>
    fromText(
      'stories',
      'src/content/stories/2020-x.md',
      `---\ntitle: 图\ndate: "2020-10-12"\nauthor: 作者\nsummary: 摘要\n---\n\n${body}\n`,
    );
  it.each([
    ['a file in public/, from the site root', '![站点图标](/favicon.svg)', []],
    ['a remote image', '![远处的图](https://www.example.gov.cn/a.jpg)', []],
    ['a protocol-relative image', '![远处的图](//www.example.gov.cn/a.jpg)', []],
    ['a missing file in public/', '![图](/images/none.png)', ['/images/none.png']],
    ['a missing path in angle brackets', '![图](<./images/my pic.png>)', ['./images/my pic.png']],
    ['a missing path with a title', '![图](./images/none.png "标题")', ['./images/none.png']],
  ])('%s', (_, body, written) => {
    const problems = validateContent(withReal([story(body)]), schemas, root);
    expect(problems.map((p) => p.written)).toEqual(written);
    for (const p of problems)
      expect(p).toMatchObject({ line: 8, key: '正文', expected: '存在的图片文件' });
  });
});
