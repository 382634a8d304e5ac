/**
 * The check of one content file on its own (encoding, YAML, schema; Markdown files also
 * their name and body in check-markdown.ts). It depends only on the file and the checker,
 * so its result is kept between builds by the file's bytes (validate.ts, content-files.ts).
 */
import { z } from 'zod';
import { parseYamlSource, type YamlSource } from './frontmatter.ts';
import { closest } from './suggest.ts';
import { checkMarkdown } from './check-markdown.ts';
import { show, valueAt, type ContentFile, type Problem } from './problems.ts';

/** The schemas to check against, by collection (story covers take the image helper). */
export type Schemas = Record<string, z.ZodType | ((ctx: { image: () => z.ZodType }) => z.ZodType)>;

/** Collections kept as one YAML list, and the key that identifies an item. */
export const YAML_COLLECTIONS: Record<string, string> = {
  units: 'slug',
  regions: 'slug',
  campaigns: 'id',
  enterprises: 'slug',
  villages: 'slug',
  categories: 'slug',
  areas: 'slug',
};
/** Collections whose body may not be empty (also read by the new-entry command). */
export const BODY_REQUIRED = new Set([
  'notices',
  'stories',
  'appeals',
  'commendations',
  'programmes',
]);
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
    const markdown = checkMarkdown(file, text, schemas, push);
    if (!markdown) return done();
    source = markdown.source;
    found.push({ id: markdown.id, data: markdown.data, basePath: [] });
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
