/**
 * Checks every content file before a build: its schema, the names it refers to
 * (units, regions, campaigns, plans), the rules between fields, and the safety of
 * its Markdown. Returns every problem at once, each with file, line, key, what was
 * written, what is expected and how to fix it, in Chinese.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { findUnsafe } from '../security/unsafe-markup.ts';
import { checkBody } from '../security/html-allowlist.ts';
import { parseYamlSource, splitMarkdown, type YamlSource } from './frontmatter.ts';
import { closest } from './suggest.ts';

/** One content file as read from disk. */
export interface ContentFile {
  /** Collection folder or YAML file name: activities, units, … */
  collection: string;
  /** Path relative to the project root, with forward slashes. */
  path: string;
  /** Raw bytes: the checker itself finds files that are not UTF-8. */
  bytes: Uint8Array;
}

/** One thing an editor must fix. */
export interface Problem {
  file: string;
  line: number;
  /** The front-matter key (dotted for nested keys); empty for the file as a whole. */
  key: string;
  /** What was written, as text. */
  written: string;
  /** What is expected. */
  expected: string;
  /** How to fix it. */
  fix: string;
}

/** The schemas to check against, by collection (story covers take the image helper). */
export type Schemas = Record<string, z.ZodType | ((ctx: { image: () => z.ZodType }) => z.ZodType)>;

/** Collections kept as one YAML list, and the key that identifies an item. */
const YAML_COLLECTIONS: Record<string, string> = {
  units: 'slug',
  regions: 'slug',
  campaigns: 'id',
};
/** Collections whose body may not be empty (also read by the new-entry command). */
export const BODY_REQUIRED = new Set(['notices', 'stories', 'appeals', 'commendations']);
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * What the check of one file found on its own, before the names it refers to are
 * looked up: kept between builds by a hash of the file's bytes (src/lib/content/content-files.ts).
 * Plain data only (no YAML document), so it survives serialization.
 */
export interface FileCheck {
  /** Problems of the file alone, in order; `ifMissing` ones only when that image is not on disk. */
  problems: { problem: Problem; ifMissing?: string }[];
  /** The entries the file holds (one for Markdown, one per item of a YAML list). */
  entries: {
    id: string;
    data: Record<string, unknown>;
    basePath: (string | number)[];
    flagged: string[];
  }[];
}

/** File results from earlier runs by key, and the checker's version that every key includes. */
export interface CheckCache {
  /** A hash of the checker's own code and schemas: a new version makes every result stale. */
  version: string;
  /** Results by key (see checkKey); entries used by a run are marked in `used`. */
  results: Map<string, FileCheck>;
  /** Keys used by the last run, so stale results can be dropped before saving. */
  used: Set<string>;
}

/** The cache key of one file's result: its path, collection and bytes, and the checker's version. */
export function checkKey(file: ContentFile, version: string): string {
  return createHash('sha256')
    .update(`${version}\u0000${file.collection}\u0000${file.path}\u0000`)
    .update(file.bytes)
    .digest('hex');
}

interface Entry {
  file: ContentFile;
  id: string;
  data: Record<string, unknown>;
  basePath: (string | number)[];
  flagged: Set<string>;
  /** The 1-based line of a key path (the YAML is parsed again only when a problem needs a line). */
  lineOf: (path: readonly (string | number)[]) => number;
}

const show = (value: unknown): string => {
  if (value === undefined) return '（未填写）';
  if (typeof value === 'string') return `“${value}”`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value);
};

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path)
    v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

/** The file an image path in a content file points to: relative to the file, or from public/ when it starts with /. */
function localPath(root: string, file: string, src: string): string {
  let path = src.replace(/[?#].*$/, '');
  try {
    path = decodeURI(path);
  } catch {
    // A stray % stays as written.
  }
  return path.startsWith('/')
    ? resolve(root, 'public', `.${path}`)
    : resolve(root, dirname(file), path);
}

/** The shape of a zod schema as far as keysAt needs it. */
interface SchemaNode {
  _zod?: {
    def?: {
      type?: string;
      shape?: Record<string, SchemaNode>;
      innerType?: SchemaNode;
      element?: SchemaNode;
      in?: SchemaNode;
      out?: SchemaNode;
    };
  };
}

/** The keys an object schema takes at a path (through optional, default, array and preprocess). */
function keysAt(schema: unknown, path: readonly (string | number)[]): string[] {
  const unwrap = (node: SchemaNode | undefined): SchemaNode | undefined => {
    const def = node?._zod?.def;
    if (!def) return node;
    if (def.innerType) return unwrap(def.innerType);
    if (def.type === 'pipe')
      return unwrap(def.in?._zod?.def?.type === 'transform' ? def.out : def.in);
    return node;
  };
  let node = unwrap(schema as SchemaNode);
  for (const key of path) {
    const def = node?._zod?.def;
    node = unwrap(
      def?.type === 'object'
        ? def.shape?.[String(key)]
        : def?.type === 'array'
          ? def.element
          : undefined,
    );
  }
  return Object.keys(node?._zod?.def?.type === 'object' ? (node._zod.def.shape ?? {}) : {});
}

const made = new WeakMap<object, z.ZodType>();
const imageHelper = () => z.string({ error: '应为图片路径，例如 ./images/cover.jpg' });

/** A schema made by a function is made once: zod compiles a schema on its first use. */
function schemaOf(schemas: Schemas, collection: string): z.ZodType | undefined {
  const schemaOrFn = schemas[collection];
  if (!schemaOrFn || typeof schemaOrFn !== 'function') return schemaOrFn;
  let schema = made.get(schemaOrFn);
  if (!schema) made.set(schemaOrFn, (schema = schemaOrFn({ image: imageHelper })));
  return schema;
}

/** The parsed YAML of a file (the front matter of Markdown), for line numbers. */
function yamlOf(file: ContentFile): YamlSource | null {
  const text = new TextDecoder('utf-8').decode(file.bytes);
  return YAML_COLLECTIONS[file.collection]
    ? parseYamlSource(text)
    : splitMarkdown(text).frontmatter;
}

/** Checks one file on its own: encoding, name, YAML, schema and body. Depends only on the file and the checker. */
export function checkFile(file: ContentFile, schemas: Schemas): FileCheck {
  const problems: FileCheck['problems'] = [];
  const found: { data: Record<string, unknown>; id: string; basePath: (string | number)[] }[] = [];
  const push = (problem: Problem, ifMissing?: string) =>
    problems.push(ifMissing === undefined ? { problem } : { problem, ifMissing });
  const done = (): FileCheck => ({ problems, entries: [] });
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    push({
      file: file.path,
      line: 1,
      key: '',
      written: '非 UTF-8 编码的文件',
      expected: 'UTF-8 编码的文本文件',
      fix: '用编辑器“另存为 UTF-8”后再提交',
    });
    return done();
  }
  let source: YamlSource;
  const idKey = YAML_COLLECTIONS[file.collection];
  if (idKey) {
    source = parseYamlSource(text);
    for (const e of source.errors)
      push({
        file: file.path,
        line: e.line,
        key: '',
        written: e.message,
        expected: '合法的 YAML',
        fix: '检查缩进、冒号后的空格和引号是否成对',
      });
    if (source.errors.length) return done();
    if (!Array.isArray(source.data)) {
      push({
        file: file.path,
        line: 1,
        key: '',
        written: show(source.data),
        expected: '以“- ”开头的列表',
        fix: '每一项以“- name: …”开头',
      });
      return done();
    }
    source.data.forEach((item, i) => {
      const data = (item ?? {}) as Record<string, unknown>;
      found.push({ id: String(data[idKey] ?? ''), data, basePath: [i] });
    });
  } else {
    const name = file.path.split('/').pop() ?? file.path;
    const id = name.replace(/\.(md|mdx)$/, '');
    // Files Astro would not load, or would load under another address: say so rather than drop them.
    if (!schemas[file.collection]) {
      const folders = Object.keys(schemas);
      push({
        file: file.path,
        line: 1,
        key: '',
        written: `文件夹“${file.collection}”`,
        expected: `src/content/ 下的栏目文件夹之一：${folders.join('、')}`,
        fix: `是否想放在：${closest(file.collection, folders).join('、')}？把文件移到正确的文件夹`,
      });
      return done();
    }
    if (!/\.mdx?$/.test(name)) {
      push({
        file: file.path,
        line: 1,
        key: '',
        written: `文件名“${name}”`,
        expected: '扩展名为 .md 的 Markdown 文件',
        fix: `把文件改名为 ${name.replace(/\.[^.]*$/, '')}.md`,
      });
      return done();
    }
    if ((file.path.split(`/${file.collection}/`).pop() ?? '').includes('/')) {
      push({
        file: file.path,
        line: 1,
        key: '',
        written: `放在子文件夹中的“${name}”`,
        expected: `直接放在 src/content/${file.collection}/ 下的文件`,
        fix: `把文件移到 src/content/${file.collection}/，用文件名区分年份，例如 2021-yantaohui.md`,
      });
      return done();
    }
    if (!ID.test(id)) {
      push({
        file: file.path,
        line: 1,
        key: '',
        written: `文件名“${name}”`,
        expected: '文件名只用小写字母、数字和连字符，例如 2020-yantaohui.md',
        fix: '把文件改名；可用 npm run new 生成',
      });
    }
    const md = splitMarkdown(text);
    if (!md.frontmatter) {
      push({
        file: file.path,
        line: 1,
        key: '',
        written: '文件开头没有前言',
        expected: '以 --- 开始、以 --- 结束的前言（front matter）',
        fix: '在文件第一行写 ---，写好字段后再写一行 ---',
      });
      return done();
    }
    for (const e of md.frontmatter.errors)
      push({
        file: file.path,
        line: e.line,
        key: '',
        written: e.message,
        expected: '合法的 YAML 前言',
        fix: '检查缩进、冒号后的空格和引号是否成对',
      });
    if (md.frontmatter.errors.length) return done();
    source = md.frontmatter;
    const data = (md.frontmatter.data ?? {}) as Record<string, unknown>;
    if (BODY_REQUIRED.has(file.collection) && !md.body.trim()) {
      push({
        file: file.path,
        line: md.bodyLine,
        key: '',
        written: '正文为空',
        expected: '前言之后的正文',
        fix: '在第二个 --- 之后写正文',
      });
    }
    // Markdown: the rendered tree against the allowlist (src/lib/security/html-allowlist.ts); MDX is code, checked by pattern only.
    for (const f of file.path.endsWith('.mdx') ? findUnsafe(md.body) : checkBody(md.body)) {
      const fix =
        'refusal' in f && f.refusal === 'image'
          ? '改用 Markdown 图片写法，图片放在本文件旁的 images/ 文件夹'
          : '删除这段 HTML；链接请用 Markdown 写法 [文字](https://…)';
      push({
        file: file.path,
        line: md.bodyLine + f.line - 1,
        key: '正文',
        written: f.found,
        expected: f.reason,
        fix,
      });
    }
    // Markdown images: ![说明](路径 "标题") or ![说明](<路径 with spaces>). Whether a local image exists is asked on every run.
    for (const m of md.body.matchAll(/!\[([^\]]*)\]\(\s*(?:<([^>\n]*)>|([^)\s]+))[^)\n]*\)/g)) {
      const line = md.bodyLine + md.body.slice(0, m.index).split('\n').length - 1;
      if (!m[1]?.trim())
        push({
          file: file.path,
          line,
          key: '正文',
          written: m[0],
          expected: '每张图片都要有说明文字（alt）',
          fix: '写成 ![图片说明](路径)',
        });
      const src = m[2] ?? m[3] ?? '';
      if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) {
        push(
          {
            file: file.path,
            line,
            key: '正文',
            written: src,
            expected: '存在的图片文件',
            fix: '检查路径和文件名，图片放在本文件旁的 images/ 文件夹',
          },
          src,
        );
      }
    }
    found.push({ id, data, basePath: [] });
  }

  // Schemas: every issue of every entry. Paths with a schema issue are flagged, not checked again by validateContent.
  const schema = schemaOf(schemas, file.collection);
  const entries = found.map(({ id, data, basePath }) => {
    const flagged: string[] = [];
    const add = (
      path: (string | number)[],
      expected: string,
      fix: string,
      written = show(valueAt(data, path)),
    ) =>
      push({
        file: file.path,
        line: source.lineOf([...basePath, ...path]),
        key: path.join('.'),
        written,
        expected,
        fix,
      });
    const result = schema?.safeParse(data);
    for (const issue of result && !result.success ? result.error.issues : []) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const missing = valueAt(data, path) === undefined;
      if (issue.code === 'unrecognized_keys') {
        const knownKeys = keysAt(schema, path);
        for (const key of issue.keys) {
          const near = closest(key, knownKeys);
          add(
            [...path, key],
            `不认识的字段“${key}”；可用的字段：${knownKeys.join('、')}`,
            `${near.length ? `是否想写：${near.join('、')}？` : ''}改正拼写或删除这一行（字段名区分大小写）`,
            key,
          );
        }
        continue;
      }
      flagged.push([...basePath, ...path].join('.'));
      add(path, issue.message, missing ? `加上字段 ${path.join('.')}` : '按“应为”改正');
    }
    return { id, data, basePath, flagged };
  });
  return { problems, entries };
}

/**
 * Checks all content files together; the result is empty when everything may be
 * published. With a cache, a file whose bytes (and the checker) are unchanged takes its
 * earlier result, problems included: only the checks between files run again.
 */
export function validateContent(
  files: readonly ContentFile[],
  schemas: Schemas,
  root = '.',
  cache?: CheckCache,
): Problem[] {
  const problems: Problem[] = [];
  const entries: Entry[] = [];

  for (const file of files) {
    let result: FileCheck | undefined;
    if (cache) {
      const key = checkKey(file, cache.version);
      result = cache.results.get(key);
      if (!result) cache.results.set(key, (result = checkFile(file, schemas)));
      cache.used.add(key);
    } else result = checkFile(file, schemas);
    for (const { problem, ifMissing } of result.problems) {
      if (ifMissing === undefined || !existsSync(localPath(root, file.path, ifMissing)))
        problems.push(problem);
    }
    let source: YamlSource | null | undefined;
    for (const e of result.entries) {
      const lineOf = (path: readonly (string | number)[]) =>
        (source ??= yamlOf(file))?.lineOf([...e.basePath, ...path]) ?? 1;
      entries.push({
        file,
        id: e.id,
        data: e.data,
        basePath: e.basePath,
        flagged: new Set(e.flagged),
        lineOf,
      });
    }
  }

  const add = (
    e: Entry,
    path: (string | number)[],
    expected: string,
    fix: string,
    written = show(valueAt(e.data, path)),
  ) =>
    problems.push({
      file: e.file.path,
      line: e.lineOf(path),
      key: [...path].join('.'),
      written,
      expected,
      fix,
    });
  const isFlagged = (e: Entry, path: readonly (string | number)[]) =>
    path.some((_, i) => e.flagged.has([...e.basePath, ...path.slice(0, i + 1)].join('.')));

  // Identity: one id per entry, one name per unit and region.
  const seen = new Map<string, Entry>();
  for (const e of entries) {
    const key = `${e.file.collection}/${e.id.toLowerCase()}`;
    const first = seen.get(key);
    if (first && e.id) {
      const idKey = YAML_COLLECTIONS[e.file.collection];
      if (idKey)
        add(
          e,
          [idKey],
          `每一项的 ${idKey} 唯一`,
          `与 ${first.file.path} 第 ${first.lineOf([idKey])} 行重复，请改用另一个 ${idKey}`,
          e.id,
        );
      else
        problems.push({
          file: e.file.path,
          line: 1,
          key: '',
          written: e.id,
          expected: '每条内容的名称（文件名）唯一',
          fix: `与 ${first.file.path} 重名，请改文件名`,
        });
    } else seen.set(key, e);
  }
  const namesOf = (collection: string) =>
    entries.filter((e) => e.file.collection === collection).map((e) => String(e.data.name ?? ''));
  for (const collection of ['units', 'regions']) {
    const names = new Set<string>();
    for (const e of entries.filter((x) => x.file.collection === collection)) {
      const name = String(e.data.name ?? '');
      if (names.has(name)) add(e, ['name'], '名称唯一', '删除重复的一项', name);
      names.add(name);
    }
  }

  // References: names that must exist elsewhere.
  const known = {
    unit: namesOf('units'),
    region: namesOf('regions'),
    campaign: entries.filter((e) => e.file.collection === 'campaigns').map((e) => e.id),
    plan: entries.filter((e) => e.file.collection === 'notices').map((e) => e.id),
  };
  const label = {
    unit: 'src/content/units.yaml 中的单位名称',
    region: 'src/content/regions.yaml 中的地区名称',
    campaign: 'src/content/campaigns.yaml 中的年度',
    plan: 'src/content/notices/ 中某个通知的文件名（不含 .md）',
  };
  const refer = (e: Entry, path: (string | number)[], kind: keyof typeof known) => {
    const value = valueAt(e.data, path);
    if (value === undefined || value === null || isFlagged(e, path)) return;
    const name = String(value);
    if (known[kind].includes(name)) return;
    const near = closest(name, known[kind]);
    add(
      e,
      path,
      label[kind],
      near.length ? `是否想写：${near.join('、')}？若是新的，请先在列表中添加` : '请先在列表中添加',
    );
  };
  const referAll = (e: Entry, key: string, kind: keyof typeof known) => {
    const list = e.data[key];
    if (Array.isArray(list)) list.forEach((_, i) => refer(e, [key, i], kind));
  };
  for (const e of entries) {
    switch (e.file.collection) {
      case 'units':
        refer(e, ['parent'], 'unit');
        break;
      case 'notices':
        refer(e, ['campaign'], 'campaign');
        refer(e, ['publisher'], 'unit');
        refer(e, ['signedBy'], 'unit');
        (Array.isArray(e.data.deadlines) ? e.data.deadlines : []).forEach((d, i) => {
          refer(e, ['deadlines', i, 'to'], 'unit');
          const units = (d as Record<string, unknown>).units;
          if (Array.isArray(units))
            units.forEach((_, j) => refer(e, ['deadlines', i, 'units', j], 'unit'));
        });
        break;
      case 'activities':
        refer(e, ['campaign'], 'campaign');
        referAll(e, 'lead', 'unit');
        referAll(e, 'partners', 'unit');
        referAll(e, 'regions', 'region');
        refer(e, ['plan'], 'plan');
        break;
      case 'commendations':
        refer(e, ['campaign'], 'campaign');
        refer(e, ['region'], 'region');
        refer(e, ['conferredBy'], 'unit');
        break;
      case 'stories':
        refer(e, ['region'], 'region');
        if (e.data.cover && typeof e.data.cover === 'object' && !isFlagged(e, ['cover', 'src'])) {
          const src = String((e.data.cover as Record<string, unknown>).src ?? '');
          if (src && !existsSync(localPath(root, e.file.path, src)))
            add(
              e,
              ['cover', 'src'],
              '存在的图片文件（相对于本文件的路径）',
              '检查路径和文件名，图片放在本文件旁的 images/ 文件夹',
            );
        }
        break;
      case 'appeals': {
        refer(e, ['campaign'], 'campaign');
        referAll(e, 'organizers', 'unit');
        if (isFlagged(e, ['ledger']) || isFlagged(e, ['raised'])) break;
        const ledger = Array.isArray(e.data.ledger) ? (e.data.ledger as { amount?: number }[]) : [];
        const spent = ledger.reduce((sum, row) => sum + (Number(row.amount) || 0), 0);
        const raised = typeof e.data.raised === 'number' ? e.data.raised : undefined;
        if (ledger.length && raised === undefined)
          add(e, ['raised'], '有资金使用公示时须填写已筹金额 raised', '填写已筹金额（元）');
        if (raised !== undefined && spent > raised)
          add(
            e,
            ['ledger'],
            `支出合计 ${spent} 元不能超过已筹金额 ${raised} 元`,
            '核对每笔支出金额或已筹金额',
            `支出合计 ${spent} 元`,
          );
        break;
      }
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** The problems as an editor reads them: one block each, in Chinese. */
export function formatProblems(problems: readonly Problem[]): string {
  const blocks = problems.map((p) =>
    [
      `${p.file}:${p.line}${p.key ? `  字段 ${p.key}` : ''}`,
      `  写的是：${p.written}`,
      `  应为：${p.expected}`,
      `  修改：${p.fix}`,
    ].join('\n'),
  );
  return `内容检查发现 ${problems.length} 处问题，请逐一修改：\n\n${blocks.join('\n\n')}\n`;
}
