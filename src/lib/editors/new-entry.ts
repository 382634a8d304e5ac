/**
 * The text of a new entry for `npm run new`: every key of its collection with a
 * Chinese comment from the schema's doc comments. The title, today's date and the
 * year are filled in; the names only the editor knows are left empty, so that
 * `npm run check` lists exactly what is still to write.
 */
import { stringify } from 'yaml';
import type { CollectionDoc, FieldDoc } from './field-docs.ts';
import { kindText } from './field-docs.ts';
import { referenceText } from '../content/references.ts';

/** What the editor gave and the day it is. */
export interface NewEntryInput {
  title: string;
  /** Today in China, YYYY-MM-DD. */
  today: string;
  /** The campaign year the entry belongs to, e.g. "2024". */
  year: string;
}

/** One YAML value on one line, quoted where YAML would misread it. */
const inline = (value: unknown) =>
  stringify(value, {
    collectionStyle: 'flow',
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
  }).trim();

function comment(f: FieldDoc): string {
  const must = f.required ? '必填' : '可选';
  const ref = f.ref ?? f.item?.ref;
  const what = ref
    ? `须是 ${referenceText(ref)}${f.kind === 'list' ? '，可写多个' : ''}`
    : kindText(f);
  const hint = f.hint.replace(/（可选）|，可选(?=）)/g, '');
  return `# ${hint || f.label}（${must}；${what}）`;
}

/** A placeholder an editor can read: an example item for lists of objects. */
function exampleItem(fields: readonly FieldDoc[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f.key, f.label]));
}

function valueFor(
  f: FieldDoc,
  input: NewEntryInput,
  identifier: string,
): { value?: unknown; commented?: string[] } {
  if (f.key === identifier) return { value: input.title };
  if (f.ref === 'campaign') return { value: input.year };
  if (f.kind === 'boolean') return { value: f.default ?? false };
  if (f.kind === 'date' && f.required) return { value: input.today };
  if (f.kind === 'list') {
    if (f.fields)
      return { value: [], commented: [`#   例如：${f.key}: [${inline(exampleItem(f.fields))}]`] };
    return { value: [] };
  }
  if (f.kind === 'object') {
    return {
      commented: [
        `# ${f.key}:`,
        ...(f.fields ?? []).map(
          (x) => `#   ${x.key}: ${inline(x.kind === 'date' ? input.today : '')}   # ${x.label}`,
        ),
      ],
    };
  }
  if (!f.required && typeof f.default === 'string')
    return { commented: [`# ${f.key}: ${f.default}`] };
  if (!f.required)
    return {
      commented: [
        `# ${f.key}: ${inline(f.kind === 'date' ? input.today : f.kind === 'amount' || f.kind === 'number' ? 0 : '')}`,
      ],
    };
  return { value: '' };
}

/** The whole new file: front matter with a comment above every key, then an empty body. */
export function newEntryText(
  collection: CollectionDoc,
  input: NewEntryInput,
  bodyRequired: boolean,
): string {
  const identifier = collection.fields.some((f) => f.key === 'title') ? 'title' : 'name';
  const lines = [
    '---',
    `# ${collection.label}。每个字段上一行是说明；“可选”的字段去掉行首的 # 即可启用。`,
  ];
  for (const f of collection.fields) {
    lines.push(comment(f));
    const { value, commented } = valueFor(f, input, identifier);
    if (value !== undefined) lines.push(`${f.key}: ${inline(value)}`);
    if (commented) lines.push(...commented);
  }
  lines.push(
    bodyRequired
      ? '# 正文写在下面一行 --- 之后（必填），用 Markdown 书写。'
      : '# 正文写在下面一行 --- 之后（可选），用 Markdown 书写。',
  );
  lines.push('---', '', '');
  return lines.join('\n');
}
