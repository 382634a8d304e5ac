/**
 * Bad input in the books the public checks: pairing lists of a programme (百企帮百村) and
 * appeals' ledgers. Each gives a Chinese message naming file, line and field; a quiet
 * ledger is a warning for the editor, never an error.
 */
import { describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content/content-files.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import type { Problem } from '../../src/lib/content/problems.ts';
import { problemsOf, problemsWith, schemas } from '../support/content-fixture.ts';

const files = await readContentFiles(process.cwd());
const path = 'src/content/pairings/ceshi-mingdan.md';
const row = (enterprise: string, village: string, signed = '20XX-10-01', extra = '') =>
  `  - enterprise: ${enterprise}\n    village: ${village}\n    signed: "${signed}"\n    help: 产业帮扶\n${extra}`;
const pairingList = (
  rows: string,
  head = 'programme: shili-baiqi-bangbaicun\nregion: 示例甲县\n',
) => `---\ntitle: 测试名单\n${head}pairings:\n${rows}---\n`;

describe('pairing lists', () => {
  it('a good list passes', () => {
    expect(problemsOf({ path, text: pairingList(row('示例国企乙', '示例甲县第九村')) })).toEqual(
      [],
    );
  });

  it('an unknown enterprise, with the closest known names', () => {
    const [p] = problemsOf({ path, text: pairingList(row('示例国企已', '示例甲县第九村')) });
    expect(p).toMatchObject({ file: path, line: 6, key: 'pairings.0.enterprise' });
    expect(p?.expected).toContain('enterprises.yaml');
    expect(p?.fix).toMatch(/是否想写：.*示例国企乙/);
  });

  it('an unknown village, with the closest known names', () => {
    const [p] = problemsOf({ path, text: pairingList(row('示例国企乙', '示例甲县第十村')) });
    expect(p).toMatchObject({ file: path, line: 7, key: 'pairings.0.village' });
    expect(p?.expected).toContain('villages.yaml');
    expect(p?.fix).toMatch(/是否想写：示例甲县第.村/);
  });

  it('a list for a county outside the programme', () => {
    const text = pairingList(
      row('示例国企乙', '塔城示例村'),
      'programme: shili-baiqi-bangbaicun\nregion: 塔城市\n',
    );
    const problems = problemsOf({ path, text });
    const p = problems.find((x) => x.key === 'region');
    expect(p).toMatchObject({ file: path, line: 4, written: '“塔城市”' });
    expect(p?.expected).toContain('示例甲县、示例乙县、示例丙区');
  });

  it('a village of another county than the list', () => {
    const [p] = problemsOf({ path, text: pairingList(row('示例国企乙', '示例乙县第八村')) });
    expect(p).toMatchObject({ file: path, line: 7, key: 'pairings.0.village' });
    expect(p?.expected).toContain('属于示例乙县');
  });

  it('a pair written twice, in another file', () => {
    const [p] = problemsOf({ path, text: pairingList(row('示例国企甲', '示例甲县第一村')) });
    expect(p).toMatchObject({
      file: path,
      line: 6,
      key: 'pairings.0',
      written: '示例国企甲 帮扶 示例甲县第一村',
    });
    expect(p?.fix).toContain('src/content/pairings/shili-jia-xian.md');
  });

  it('a negative amount', () => {
    const text = pairingList(
      row('示例国企乙', '示例甲县第九村', '20XX-10-01', '    pledged: -5\n'),
    );
    const [p] = problemsOf({ path, text });
    expect(p).toMatchObject({ file: path, line: 10, key: 'pairings.0.pledged', written: '-5' });
    expect(p?.expected).toContain('不能为负数');
  });

  it('a signing after the build day', () => {
    const [p] = problemsOf({
      path,
      text: pairingList(row('示例国企乙', '示例甲县第九村', '2099-01-01')),
    });
    expect(p).toMatchObject({
      file: path,
      line: 8,
      key: 'pairings.0.signed',
      written: '“2099-01-01”',
    });
    expect(p?.expected).toContain('不晚于今天');
  });

  it('an unknown programme', () => {
    const text = pairingList(
      row('示例国企乙', '示例甲县第九村'),
      'programme: baiqi\nregion: 示例甲县\n',
    );
    const [p] = problemsOf({ path, text });
    expect(p).toMatchObject({ file: path, line: 3, key: 'programme', written: '“baiqi”' });
    expect(p?.fix).toContain('shili-baiqi-bangbaicun');
  });
});

const appealPath = 'src/content/appeals/ceshi-mujuan.md';
const appeal = (extra: string) =>
  `---\ntitle: 测试募捐\nkind: donation\ncampaign: "2020"\ndate: "2020-10-01"\norganizers: [塔城地区扶贫开发领导小组]\nstatus: open\nsummary: 摘要。\n${extra}---\n\n正文。\n`;
const ledger = (date: string, amount = 500) =>
  `raised: 1000\nledger:\n  - date: "${date}"\n    item: 购买物资\n    amount: ${amount}\n    recipient: 某村\n`;

describe('ledgers', () => {
  it('a ledger line dated after the build day', () => {
    const [p] = problemsOf({ path: appealPath, text: appeal(ledger('2099-01-01')) });
    expect(p).toMatchObject({ file: appealPath, line: 11, key: 'ledger.0.date' });
    expect(p?.expected).toContain('不晚于今天');
  });

  it('a ledger line without a recipient', () => {
    const text = appeal(ledger('2020-10-20').replace('    recipient: 某村\n', ''));
    const [p] = problemsOf({ path: appealPath, text });
    expect(p).toMatchObject({ file: appealPath, key: 'ledger.0.recipient' });
  });

  const check = (text: string, today: string) => {
    const warnings: Problem[] = [];
    const extra = {
      collection: 'appeals',
      path: appealPath,
      bytes: new TextEncoder().encode(text),
    };
    const problems = validateContent([...files, extra], schemas, process.cwd(), undefined, {
      today,
      warnings,
    });
    return {
      problems: problems.filter((p) => p.file === appealPath),
      warnings: warnings.filter((w) => w.file === appealPath),
    };
  };

  it.each([
    ['on the day three months on: nothing', '2021-01-20', 0],
    ['the day after: a warning', '2021-01-21', 1],
  ])('money unspent and the last line old, %s', (_, today, count) => {
    const { problems, warnings } = check(appeal(ledger('2020-10-20')), today);
    expect(problems).toEqual([]);
    expect(warnings).toHaveLength(count);
    if (count)
      expect(warnings[0]).toMatchObject({
        line: 11,
        key: 'ledger.0',
        written: '最后一笔公示在 2020-10-20',
      });
  });

  it('all money spent: no warning however old', () => {
    expect(check(appeal(ledger('2020-10-20', 1000)), '2030-01-01').warnings).toEqual([]);
  });

  it('the real content has no problem, and warns of the example ledger gone quiet', () => {
    const warnings: Problem[] = [];
    expect(
      validateContent(files, schemas, process.cwd(), undefined, { today: '2026-12-06', warnings }),
    ).toEqual([]);
    expect(warnings.map((w) => w.file)).toEqual([
      'src/content/appeals/shili-xiaofei-fupin-renggou.md',
    ]);
    expect(problemsWith()).toEqual([]);
  });
});
