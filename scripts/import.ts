/**
 * `npm run import -- <file>`: reads a plan document (.docx, or .txt/.md in UTF-8 or GBK), or
 * text pasted on standard input (`npm run import` with no file, or `-`), and writes its notice
 * and one activity per numbered item as drafts, plus a review report beside the notice
 * (src/content/notices/_<name>-导入报告.md). Never overwrites a file; bad input writes nothing.
 * Options for tests and scripts: --date YYYY-MM-DD, --root <project folder>.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { todayInShanghai } from '../src/lib/content/dates.ts';
import { ImportError, importPlan } from '../src/lib/import/import-plan.ts';
import type { KnownUnit } from '../src/lib/import/units.ts';
import type { Classifier } from '../src/lib/import/plan.ts';

const usage = [
  '用法：npm run import -- <方案文件>',
  '  方案文件可以是 Word 文档（.docx），或 .txt、.md 文本（UTF-8 或 GBK 编码）；',
  '  不写文件名（或写 -）时，读取粘贴的文字（粘贴后按 Ctrl+D 结束）。',
  '例如：npm run import -- 扶贫日活动方案.docx',
].join('\n');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

let parsed: { values: { date?: string; root?: string; help?: boolean }; positionals: string[] };
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { date: { type: 'string' }, root: { type: 'string' }, help: { type: 'boolean' } },
  }) as typeof parsed;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
}
const { values, positionals } = parsed;
if (values.help || positionals.length > 1) fail(usage);
const today = values.date ?? todayInShanghai();
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--date 应为 YYYY-MM-DD，写的是：${today}`);
const root = resolve(values.root ?? '.');

const file = positionals[0] && positionals[0] !== '-' ? positionals[0] : null;
if (!file && process.stdin.isTTY)
  process.stderr.write('请粘贴方案的文字，粘贴完按 Ctrl+D（Windows 上按 Ctrl+Z 再回车）：\n');
let bytes: Uint8Array;
try {
  bytes = readFileSync(file ? resolve(file) : 0);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  fail(
    code === 'ENOENT'
      ? `找不到文件：${file}\n${usage}`
      : code === 'EISDIR'
        ? `${file} 是文件夹，不是文件。\n${usage}`
        : `无法读取 ${file ?? '标准输入'}：${(error as Error).message}`,
  );
}

const yamlList = <T>(name: string): T[] =>
  (parse(readFileSync(join(root, 'src', 'content', name), 'utf8')) as T[] | null) ?? [];
const refs = {
  units: yamlList<KnownUnit>('units.yaml'),
  regions: yamlList<{ name: string }>('regions.yaml').map((r) => r.name),
  campaigns: yamlList<{ id: string }>('campaigns.yaml').map((c) => String(c.id)),
  categories: yamlList<Classifier>('categories.yaml'),
  areas: yamlList<Classifier>('areas.yaml'),
};

try {
  const imported = await importPlan(bytes, file ?? '标准输入', refs, {
    today,
    exists: (path) => existsSync(join(root, path)),
  });
  for (const f of imported.files) {
    mkdirSync(dirname(join(root, f.path)), { recursive: true });
    // 'wx': fail rather than overwrite, even if a file appeared since the names were chosen.
    writeFileSync(join(root, f.path), f.text, { flag: 'wx' });
  }
  process.stdout.write(`${imported.report.text}\n导入报告已保存：${imported.report.path}\n`);
} catch (error) {
  if (error instanceof ImportError) fail(error.message);
  throw error;
}
