/**
 * `npm run new -- <collection> "<标题>"`: creates src/content/<collection>/<slug>.md
 * with every key of the collection, a Chinese comment above each, the title and
 * today's date (China time) filled in. Refuses to overwrite an existing entry.
 * Options for tests and scripts: --date YYYY-MM-DD, --root <project folder>.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { todayInShanghai } from '../src/lib/content/dates.ts';
import { collectionDocs } from '../src/lib/editors/field-docs.ts';
import { newEntryText } from '../src/lib/editors/new-entry.ts';
import { entrySlug } from '../src/lib/editors/slug.ts';
import { t } from '../src/lib/site/ui.ts';
import { BODY_REQUIRED } from '../src/lib/content/check-markdown.ts';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

const docs = collectionDocs();
const folders = docs.filter((c) => c.shape === 'folder');
const usage = `用法：npm run new -- <栏目> "<标题>"\n栏目可写：${folders.map((c) => `${c.name}（${c.label}）`).join('、')}\n例如：npm run new -- stories "驻村两年，我看着村里的路通了"`;

let parsed: {
  values: { date?: string | undefined; root?: string | undefined };
  positionals: string[];
} = { values: {}, positionals: [] };
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { date: { type: 'string' }, root: { type: 'string' } },
  });
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
}
const { values, positionals } = parsed;
const [which, ...titleParts] = positionals;
const title = titleParts.join(' ').trim();
if (!which || !title) fail(usage);
const kindLabel = (name: string) => {
  try {
    return t(`kind.${name}` as Parameters<typeof t>[0]);
  } catch {
    return undefined;
  }
};
const collection = docs.find(
  (c) => c.name === which || c.label === which || kindLabel(c.name) === which,
);
if (!collection) fail(`没有名为“${which}”的栏目。\n${usage}`);
if (collection.shape === 'list')
  fail(
    `${collection.label}不是一篇一个文件：请直接在 ${collection.path} 里加一项（照着已有的项写）。`,
  );

const today = values.date ?? todayInShanghai();
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) fail(`--date 应为 YYYY-MM-DD，写的是：${today}`);
const slug = entrySlug(collection.name, title, today);
if (!slug) fail(`无法从标题“${title}”生成文件名：标题里需要有汉字、字母或数字。`);

const root = resolve(values.root ?? '.');
const folder = join(root, collection.path);
for (const ext of ['md', 'mdx']) {
  const existing = `${collection.path}/${slug}.${ext}`;
  if (existsSync(join(root, existing)))
    fail(`已有同名条目：${existing}\n没有覆盖它。请换一个标题，或直接编辑这个文件。`);
}
const year = slug.slice(0, 4).match(/^\d{4}$/)?.[0] ?? today.slice(0, 4);
const file = `${collection.path}/${slug}.md`;
mkdirSync(folder, { recursive: true });
writeFileSync(
  join(root, file),
  newEntryText(collection, { title, today, year }, BODY_REQUIRED.has(collection.name)),
  { flag: 'wx' },
);
process.stdout.write(
  [
    `已创建：${file}`,
    '下一步：',
    '  1. 打开这个文件，填写标为“必填”的字段，在最后一行 --- 之后写正文；',
    '  2. 运行 npm run check，按提示改到没有问题为止；',
    '  3. 运行 npm run dev，在浏览器里预览。',
    '',
  ].join('\n'),
);
