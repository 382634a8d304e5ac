/**
 * What an editor needs to know about every field of every collection, read from
 * the zod schemas themselves (type, required, choices, references) and from the
 * doc comment a developer wrote above each field (label and hint, through
 * field-comments.generated.ts). The `new` command, the editor guide and the CMS
 * configuration are all made from this, so none of them can drift from the schemas.
 */
import { z } from 'zod';
import { collections } from '../../content.config.ts';
import { fieldComments } from './field-comments.generated.ts';
import type { EditorMeta } from '../content/fields.ts';
import { YAML_COLLECTIONS } from '../content/check-file.ts';
import { REFERENCES, type RefKind } from '../content/references.ts';
import { t } from '../site/ui.ts';

/** How a field is written. */
export type FieldKind =
  'text' | 'date' | 'number' | 'amount' | 'boolean' | 'select' | 'image' | 'list' | 'object';

/** A reference to another list an editor keeps. */
export type FieldRef = RefKind;

/** One field as an editor sees it. */
export interface FieldDoc {
  /** The front-matter key. */
  key: string;
  /** Dotted path from the entry, e.g. contact.name. */
  path: string;
  /** Short Chinese label, e.g. 发文日期. */
  label: string;
  /** The whole doc comment, e.g. 发文日期（可选）. */
  hint: string;
  kind: FieldKind;
  /** true: an entry without it does not pass the check. */
  required: boolean;
  /** The value the schema fills in when the key is left out. */
  default?: unknown;
  /** The allowed values of a select. */
  options?: readonly string[];
  /** For text (or a list of text): the list the name must come from. */
  ref?: FieldRef;
  /** For a list: what one item is. */
  item?: FieldDoc;
  /** For an object (or a list of objects): its fields. */
  fields?: FieldDoc[];
}

/** One collection as an editor sees it. */
export interface CollectionDoc {
  name: string;
  label: string;
  /** "folder": one Markdown file an entry; "list": one YAML file, an item per entry. */
  shape: 'folder' | 'list';
  /** The folder or file, relative to the project root. */
  path: string;
  fields: FieldDoc[];
}

/** The YAML-list collections and the key that names an item (the content check's own table). */
export const listCollections = YAML_COLLECTIONS;

/** Labels of the collections, as the site's navigation names them. */
const COLLECTION_LABELS: Record<string, string> = {
  notices: t('nav.notices'),
  activities: t('nav.activities'),
  commendations: t('nav.commendations'),
  stories: t('nav.stories'),
  appeals: t('nav.appeals'),
  units: t('nav.units'),
  regions: t('nav.regions'),
  campaigns: '扶贫日年度',
  enterprises: t('nav.enterprises'),
  villages: t('nav.villages'),
  categories: t('facet.category'),
  areas: t('facet.area'),
  programmes: t('nav.programmes'),
  pairings: '结对名单',
};

/** The label in a doc comment: the words before the first bracket, comma or colon. */
export function labelOf(comment: string): string {
  return comment.split(/[（(，,：:；;]/)[0]?.trim() ?? '';
}

type Def = {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  in?: z.ZodType;
  out?: z.ZodType;
};
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
type Meta = { editor?: Extract<EditorMeta, { editor: string }>['editor']; ref?: FieldRef };
const metaOf = (schema: z.ZodType) => z.globalRegistry.get(schema) as Meta | undefined;

function describe(
  schema: z.ZodType,
  path: string,
  comments: Record<string, string>,
  collection: string,
): FieldDoc {
  let required = true;
  let fallback: unknown;
  let meta = metaOf(schema);
  let inner = schema;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'nullable') required = false;
    else if (def.type === 'default' || def.type === 'prefault') {
      required = false;
      fallback =
        typeof def.defaultValue === 'function'
          ? (def.defaultValue as () => unknown)()
          : def.defaultValue;
    } else break;
    inner = def.innerType as z.ZodType;
    meta ??= metaOf(inner);
  }
  const def = defOf(inner);
  const hint = comments[`${collection}.${path}`] ?? '';
  const doc: FieldDoc = {
    key: path.split('.').at(-1) ?? path,
    path,
    label: labelOf(hint) || path,
    hint,
    kind: 'text',
    required,
  };
  if (fallback !== undefined) doc.default = fallback;
  if (meta?.ref) doc.ref = meta.ref;
  if (meta?.editor) doc.kind = meta.editor;
  else if (def.type === 'boolean') doc.kind = 'boolean';
  else if (def.type === 'number') doc.kind = 'number';
  else if (def.type === 'enum') {
    doc.kind = 'select';
    doc.options = Object.values(def.entries ?? {});
  } else if (def.type === 'array' && def.element) {
    doc.kind = 'list';
    doc.item = describe(def.element, path, comments, collection);
    if (doc.item.fields) doc.fields = doc.item.fields;
  } else if (def.type === 'object' && def.shape) {
    doc.kind = 'object';
    doc.fields = Object.entries(def.shape).map(([key, s]) =>
      describe(s, `${path}.${key}`, comments, collection),
    );
  }
  return doc;
}

/** The image helper Astro hands a schema, as a plain path for describing it. */
const image = () => z.string().meta({ editor: 'image' } satisfies EditorMeta);

/** Every collection, Markdown folders first, each with its fields in schema order. */
export function collectionDocs(comments: Record<string, string> = fieldComments): CollectionDoc[] {
  return Object.entries(collections)
    .map(([name, c]) => {
      const raw = c.schema as z.ZodType | ((ctx: { image: () => z.ZodType }) => z.ZodType);
      const schema = typeof raw === 'function' ? raw({ image }) : raw;
      const shape = defOf(schema).shape ?? {};
      const list = name in listCollections;
      return {
        name,
        label: COLLECTION_LABELS[name] ?? name,
        shape: list ? ('list' as const) : ('folder' as const),
        path: list ? `src/content/${name}.yaml` : `src/content/${name}`,
        fields: Object.entries(shape).map(([key, s]) => describe(s, key, comments, name)),
      };
    })
    .sort((a, b) => Number(a.shape === 'list') - Number(b.shape === 'list'));
}

/** Every field path of a collection, nested ones included (contact.name, ledger.amount …). */
export function fieldPaths(fields: readonly FieldDoc[]): string[] {
  return fields.flatMap((f) => [f.path, ...fieldPaths(f.fields ?? [])]);
}

/** How a field's value is written, in Chinese, for the guide's tables. */
export function kindText(f: FieldDoc): string {
  if (f.ref) return `${REFERENCES[f.ref].short}${f.kind === 'list' ? '列表' : ''}`;
  switch (f.kind) {
    case 'date':
      return 'EDTF 日期';
    case 'number':
      return '整数';
    case 'amount':
      return '金额（元）';
    case 'boolean':
      return 'true 或 false';
    case 'select':
      return `以下之一：${(f.options ?? []).join('、')}`;
    case 'image':
      return '图片路径';
    case 'object':
      return `包含 ${(f.fields ?? []).map((x) => x.key).join('、')}`;
    case 'list':
      return f.item?.kind === 'object'
        ? `列表，每项包含 ${(f.fields ?? []).map((x) => x.key).join('、')}`
        : `${kindText(f.item as FieldDoc)}列表`;
    default:
      return '文字';
  }
}
