/**
 * Bad input, one broken fixture per case: each must give a message that names the
 * file, the key and what is expected (and never a stack trace alone). The cases
 * are the content model's list and the editors' issue's.
 *
 * Past 250 lines: one case per bad input of the content model's list.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { contentCheck } from '../../src/integrations/content-check.ts';
import { formatProblems } from '../../src/lib/content/problems.ts';
import { reasons } from '../../src/lib/security/html-allowlist.ts';
import { goodStory, problemsOf, problemsWith, tempProject } from '../support/content-fixture.ts';

const story = 'src/content/stories/ceshi-gushi.md';
const appeal = (extra: string) =>
  `---\ntitle: 测试募捐\nkind: donation\ncampaign: "2020"\ndate: "2020-10-01"\norganizers: [塔城地区扶贫开发领导小组]\nstatus: open\nsummary: 摘要。\n${extra}---\n\n正文。\n`;

describe('the real content', () => {
  it('passes the check', () => {
    expect(formatProblems(problemsWith())).toBe(formatProblems([]));
    expect(problemsWith()).toEqual([]);
  });
});

describe('a file that cannot be read as intended', () => {
  it('not UTF-8 (saved as GBK)', () => {
    // “扶贫” in GBK
    const bytes = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0xb7, 0xf6, 0xc6, 0xb6, 0x0a]);
    const [p] = problemsOf({ path: story, bytes });
    expect(p).toMatchObject({ file: story, line: 1, key: '', expected: 'UTF-8 编码的文本文件' });
    expect(p?.fix).toContain('UTF-8');
  });

  it('front matter that is not valid YAML', () => {
    const problems = problemsOf({
      path: story,
      text: '---\ntitle: 测试\ndate: "2020-10-12\nauthor: x\n---\n\n正文\n',
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: story, key: '', expected: '合法的 YAML 前言' });
    expect(problems[0]?.line).toBeGreaterThanOrEqual(3);
  });

  it('a colon inside an unquoted title', () => {
    const [p] = problemsOf({
      path: story,
      text: goodStory().replace('title: 测试故事', 'title: 通知: 关于扶贫日'),
    });
    expect(p).toMatchObject({ file: story, line: 2, expected: '合法的 YAML 前言' });
  });

  it('no front matter at all', () => {
    const [p] = problemsOf({ path: story, text: '只有正文。\n' });
    expect(p).toMatchObject({ file: story, line: 1, key: '' });
    expect(p?.expected).toContain('前言');
  });

  it('a file name that is not ASCII kebab-case', () => {
    const path = 'src/content/stories/扶贫故事.md';
    const [p] = problemsOf({ path, text: goodStory() });
    expect(p).toMatchObject({ file: path, key: '' });
    expect(p?.expected).toContain('小写字母、数字和连字符');
    expect(p?.fix).toContain('npm run new');
  });
});

describe('identity', () => {
  it('two entries with one slug (a .md and an .mdx)', () => {
    const problems = problemsOf(
      { path: story, text: goodStory() },
      { path: story.replace(/\.md$/, '.mdx'), text: goodStory() },
    );
    const dup = problems.find((p) => p.expected.includes('唯一'));
    expect(dup).toMatchObject({ written: 'ceshi-gushi' });
    expect(dup?.fix).toContain(story);
  });

  it('two units with one slug', () => {
    const path = 'src/content/units.yaml';
    const text = `- name: 甲单位\n  slug: jia\n  kind: other\n- name: 乙单位\n  slug: jia\n  kind: other\n`;
    const problems = problemsOf({ path, text });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: path, line: 5, key: 'slug', written: 'jia' }),
    );
  });
});

describe('fields', () => {
  it('a required field left out', () => {
    const p = problemsOf({ path: story, text: goodStory().replace('author: 测试作者\n', '') }).find(
      (x) => x.key === 'author',
    );
    expect(p).toMatchObject({
      file: story,
      written: '（未填写）',
      expected: '应填写作者（文字）',
      fix: '加上字段 author',
    });
  });

  it('a misspelled key', () => {
    const [p] = problemsOf({ path: story, text: goodStory('summery: 拼错了\n') });
    expect(p).toMatchObject({ file: story, written: 'summery' });
    expect(p?.expected).toContain('不认识的字段');
  });

  it('a date that does not parse', () => {
    const [p] = problemsOf({
      path: story,
      text: goodStory().replace('date: "2020-10-12"', 'date: 2020年10月12日'),
    });
    expect(p).toMatchObject({ file: story, line: 3, key: 'date', written: '“2020年10月12日”' });
    expect(p?.expected).toContain('EDTF');
  });

  it('an end before its start', () => {
    const path = 'src/content/activities/ceshi-huodong.md';
    const text = `---\ntitle: 测试活动\ncampaign: "2020"\nwhen: "2020-10-17/2020-09-01"\nlead: [塔城地区扶贫开发领导小组]\ncategory: 主题活动\nsummary: 摘要。\n---\n`;
    const [p] = problemsOf({ path, text });
    expect(p).toMatchObject({ file: path, line: 4, key: 'when' });
    expect(p?.expected).toContain('EDTF');
  });

  it('a value outside its list of choices', () => {
    const path = 'src/content/activities/ceshi-huodong.md';
    const text = `---\ntitle: 测试活动\ncampaign: "2020"\nwhen: "2020-10"\nlead: [塔城地区扶贫开发领导小组]\ncategory: 主题活动\nstatus: delayed\nsummary: 摘要。\n---\n`;
    const [p] = problemsOf({ path, text });
    expect(p).toMatchObject({ file: path, line: 7, key: 'status', written: '“delayed”' });
    expect(p?.expected).toContain('postponed');
  });

  it('a category that is not in categories.yaml, with the closest names', () => {
    const path = 'src/content/activities/ceshi-huodong.md';
    const text = `---\ntitle: 测试活动\ncampaign: "2020"\nwhen: "2020-10"\nlead: [塔城地区扶贫开发领导小组]\ncategory: 宣传\nareas: [消费扶贫, 教育帮扶]\nsummary: 摘要。\n---\n`;
    const problems = problemsOf({ path, text });
    expect(problems.map((p) => [p.key, p.line, p.written])).toEqual([
      ['category', 6, '“宣传”'],
      ['areas.1', 7, '“教育帮扶”'],
    ]);
    expect(problems[0]?.expected).toContain('categories.yaml');
    expect(problems[0]?.fix).toContain('是否想写：宣传报道');
    expect(problems[1]?.expected).toContain('areas.yaml');
    expect(problems[1]?.fix).toContain('是否想写：教育扶贫');
  });

  it('an unknown unit name, with the closest known names', () => {
    const path = 'src/content/activities/ceshi-huodong.md';
    const text = `---\ntitle: 测试活动\ncampaign: "2020"\nwhen: "2020-10"\nlead: [塔城地区扶贫开发领导小组办]\ncategory: 主题活动\nsummary: 摘要。\n---\n`;
    const [p] = problemsOf({ path, text });
    expect(p).toMatchObject({
      file: path,
      line: 5,
      key: 'lead.0',
      written: '“塔城地区扶贫开发领导小组办”',
    });
    expect(p?.expected).toContain('units.yaml');
    expect(p?.fix).toContain('是否想写：塔城地区扶贫开发领导小组');
  });

  it('a campaign year that is not in campaigns.yaml', () => {
    const path = 'src/content/activities/ceshi-huodong.md';
    const text = `---\ntitle: 测试活动\ncampaign: "2021"\nwhen: "2021-10"\nlead: [塔城地区扶贫开发领导小组]\ncategory: 主题活动\nsummary: 摘要。\n---\n`;
    const [p] = problemsOf({ path, text });
    expect(p).toMatchObject({ file: path, line: 3, key: 'campaign', written: '“2021”' });
    expect(p?.expected).toContain('campaigns.yaml');
  });

  it('a negative amount', () => {
    const path = 'src/content/appeals/ceshi-mujuan.md';
    const [p] = problemsOf({ path, text: appeal('raised: -100\n') });
    expect(p).toMatchObject({ file: path, key: 'raised', written: '-100' });
    expect(p?.expected).toContain('不能为负数');
  });

  it('a ledger that spends more than was raised', () => {
    const path = 'src/content/appeals/ceshi-mujuan.md';
    const ledger =
      'raised: 1000\nledger:\n  - date: "2020-10-20"\n    item: 购买物资\n    amount: 1500\n    recipient: 某村\n';
    const [p] = problemsOf({ path, text: appeal(ledger) });
    expect(p).toMatchObject({ file: path, key: 'ledger', written: '支出合计 1500 元' });
    expect(p?.expected).toContain('不能超过已筹金额 1000 元');
  });
});

describe('bodies', () => {
  it('an empty body where one is required', () => {
    const [p] = problemsOf({ path: story, text: goodStory('', '') });
    expect(p).toMatchObject({
      file: story,
      line: 7,
      written: '正文为空',
      expected: '前言之后的正文',
    });
  });

  it('an image without alt text', () => {
    const [p] = problemsOf({
      path: story,
      text: goodStory('', '正文。\n\n![](./images/cunlu-tongle.png)\n'),
    });
    expect(p).toMatchObject({
      file: story,
      line: 10,
      key: '正文',
      expected: '每张图片都要有说明文字（alt）',
    });
  });

  it('an image path that does not exist', () => {
    const [p] = problemsOf({ path: story, text: goodStory('', '![村路](./images/meiyou.png)\n') });
    expect(p).toMatchObject({
      file: story,
      line: 8,
      key: '正文',
      written: './images/meiyou.png',
      expected: '存在的图片文件',
    });
  });

  it('a cover that does not exist', () => {
    const [p] = problemsOf({
      path: story,
      text: goodStory('cover:\n  src: ./images/meiyou.png\n  alt: 说明\n'),
    });
    expect(p).toMatchObject({ file: story, key: 'cover.src', written: '“./images/meiyou.png”' });
  });

  it('a cover without alt text', () => {
    const [p] = problemsOf({
      path: story,
      text: goodStory('cover:\n  src: ./images/cunlu-tongle.png\n'),
    });
    expect(p).toMatchObject({ file: story, key: 'cover.alt', written: '（未填写）' });
  });

  it('an <img> written as HTML', () => {
    const [p] = problemsOf({
      path: story,
      text: goodStory('', '<img src="./images/cunlu-tongle.png" alt="村路">\n'),
    });
    expect(p).toMatchObject({ file: story, line: 8, key: '正文', expected: reasons.image });
  });

  // Every unsafe construct stops the check with the file, the body and what was found.
  it.each([
    ['<script>alert(1)</script>', reasons.script, '<script>'],
    ['<p onclick="alert(1)">点我</p>', reasons.handler, '<p onclick="alert(1)">'],
    ['<img src=x onerror=alert(1)>', reasons.handler, '<img src=x onerror=alert(1)>'],
    ['<svg onload=alert(1)></svg>', reasons.handler, '<svg onload=alert(1)>'],
    ['[点我](javascript:alert(1))', reasons.javascript, '[点我](javascript:alert(1)'],
    [
      '<a href="jav&#x61;script:alert(1)">点我</a>',
      reasons.javascript,
      '<a href="jav&#x61;script:alert(1)">',
    ],
    ['[点我](data:text/html,hi)', reasons.data, '[点我](data:text/html,hi)'],
    [
      '<iframe src="https://example.com/"></iframe>',
      reasons.embed,
      '<iframe src="https://example.com/">',
    ],
    ['<object data="x.swf"></object>', reasons.embed, '<object data="x.swf">'],
    ['<font color="red">红字</font>', reasons.tag, '<font color="red">'],
  ])('unsafe: %s', (payload, expected, written) => {
    const problems = problemsOf({ path: story, text: goodStory('', `第一段。\n\n${payload}\n`) });
    expect(problems).toContainEqual(
      expect.objectContaining({ file: story, line: 10, key: '正文', written, expected }),
    );
  });
});

describe('every problem at once', () => {
  it('lists problems of several files and fields together, sorted by file and line', () => {
    const problems = problemsWith(
      {
        path: story,
        text: goodStory()
          .replace('date: "2020-10-12"', 'date: 明天')
          .replace('author: 测试作者\n', ''),
      },
      { path: 'src/content/stories/ceshi-er.md', text: goodStory('', '<script>x</script>\n') },
    );
    expect(problems.map((p) => [p.file, p.line, p.key])).toEqual([
      ['src/content/stories/ceshi-er.md', 8, '正文'],
      [story, 2, 'author'],
      [story, 3, 'date'],
    ]);
    const report = formatProblems(problems);
    expect(report).toContain('内容检查发现 3 处问题');
    expect(report).toContain(`${story}:3  字段 date`);
    expect(report).not.toMatch(/\bat \S+:\d+:\d+/);
  });
});

describe('npm run check and npm run build', () => {
  it('npm run check passes on the real content', () => {
    const out = execFileSync('node_modules/.bin/node', ['scripts/check.ts'], { encoding: 'utf8' });
    expect(out).toMatch(/^内容检查通过：\d+ 个文件/);
  });

  it('npm run check lists every problem and exits 1; the build stops with the same report', async () => {
    const project = tempProject();
    try {
      project.write(
        'src/content/stories/ceshi-gushi.md',
        goodStory('', '<iframe src="https://x.example/"></iframe>\n').replace(
          'author: 测试作者\n',
          '',
        ),
      );
      const run = spawnSync('node_modules/.bin/node', ['scripts/check.ts', project.root], {
        encoding: 'utf8',
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('内容检查发现 2 处问题');
      expect(run.stderr).toContain('src/content/stories/ceshi-gushi.md:7  字段 正文');
      expect(run.stderr).toContain(`应为：${reasons.embed}`);
      expect(run.stderr).toContain('字段 author');
      expect(run.stderr).not.toMatch(/\bat \S+:\d+:\d+/);

      const hook = contentCheck().hooks['astro:config:setup'] as (o: unknown) => Promise<void>;
      const setup = hook({
        config: { root: new URL(`file://${project.root}/`) },
        command: 'build',
        logger: { error: () => {}, warn: () => {} },
      });
      await expect(setup).rejects.toBeInstanceOf(Error);
      const error = await setup.catch((e: Error) => e);
      expect((error as Error).message).toBe(run.stderr);
      expect((error as Error).stack).toBe('');
    } finally {
      project.remove();
    }
  });
});
