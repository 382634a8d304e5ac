/**
 * The editor guide, the field docs and the CMS configuration cannot drift from
 * the schemas: each is compared here with what the code says now.
 *
 * Past 250 lines: one test per generated editor document, each against the schemas.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { collections } from '../../src/content.config.ts';
import {
  cmsConfig,
  cmsSettingsFromEnv,
  PLACEHOLDER_REPO,
} from '../../src/lib/editors/cms-config.ts';
import { collectionDocs, fieldPaths, labelOf } from '../../src/lib/editors/field-docs.ts';
import { fieldComments as generated } from '../../src/lib/editors/field-comments.generated.ts';
import { BODY_REQUIRED } from '../../src/lib/content/check-markdown.ts';
import { allowlist } from '../../src/lib/security/html-allowlist.ts';
import { fieldComments, generatedPath, renderComments } from '../../scripts/field-comments.ts';
import { fillGuide, guidePath, mistakes } from '../../scripts/editing-guide.ts';
import { problemsOf } from '../support/content-fixture.ts';

type Shape = Record<string, z.ZodType>;
type Def = {
  type: string;
  innerType?: z.ZodType;
  shape?: Shape;
  element?: z.ZodType;
  entries?: Record<string, string>;
};
const def = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;
const unwrap = (s: z.ZodType): z.ZodType =>
  ['optional', 'default', 'nullable', 'prefault'].includes(def(s).type)
    ? unwrap(def(s).innerType as z.ZodType)
    : s;
const schemaOf = (name: string) => {
  const raw = collections[name as keyof typeof collections].schema as unknown;
  return typeof raw === 'function'
    ? (raw as (ctx: { image: () => z.ZodType }) => z.ZodType)({ image: () => z.string() })
    : (raw as z.ZodType);
};
/** Every key path of a zod object, read from the schema itself (nested objects and lists of objects too). */
function zodPaths(schema: z.ZodType, prefix = ''): string[] {
  const inner = unwrap(schema);
  const d = def(inner);
  if (d.type === 'array' && d.element) return zodPaths(d.element, prefix);
  if (d.type !== 'object' || !d.shape) return [];
  return Object.entries(d.shape).flatMap(([key, s]) => [
    `${prefix}${key}`,
    ...zodPaths(s, `${prefix}${key}.`),
  ]);
}

const names = Object.keys(collections);
const docs = collectionDocs();

describe('field comments', () => {
  it(`${generatedPath} is up to date with the doc comments in the schemas`, () => {
    expect(readFileSync(generatedPath, 'utf8')).toBe(renderComments(fieldComments(process.cwd())));
  });

  it.each(names)('every field of %s has a doc comment that starts with its label', (name) => {
    for (const path of zodPaths(schemaOf(name))) {
      const comment = generated[`${name}.${path}`];
      expect(
        comment,
        `${name}.${path}: write a /** 中文说明 */ above it in src/content.config.ts`,
      ).toBeTruthy();
      expect(labelOf(comment ?? '')).not.toBe('');
    }
  });
});

describe('field docs', () => {
  it.each(names)("%s: the field docs list exactly the schema's fields", (name) => {
    const doc = docs.find((c) => c.name === name);
    expect(doc).toBeDefined();
    expect(fieldPaths(doc?.fields ?? []).sort()).toEqual(zodPaths(schemaOf(name)).sort());
  });
});

describe('the CMS configuration', () => {
  const config = cmsConfig(docs, cmsSettingsFromEnv({}), {
    siteUrl: 'https://example.gov.cn',
    bodyRequired: BODY_REQUIRED,
  });
  type CmsField = {
    name: string;
    label: string;
    widget: string;
    required?: boolean;
    fields?: CmsField[];
    options?: { value: string }[];
    collection?: string;
    file?: string;
    value_field?: string;
    multiple?: boolean;
    root?: boolean;
  };
  type CmsCollection = {
    name: string;
    label: string;
    folder?: string;
    fields?: CmsField[];
    files?: { file: string; fields: CmsField[] }[];
  };
  const cms = config.collections as unknown as CmsCollection[];
  const fieldsOf = (c: CmsCollection): CmsField[] =>
    (c.fields ?? c.files?.[0]?.fields[0]?.fields ?? []).filter((f) => f.name !== 'body');
  const cmsPaths = (fields: CmsField[], prefix = ''): string[] =>
    fields.flatMap((f) => [
      `${prefix}${f.name}`,
      ...cmsPaths(f.fields ?? [], `${prefix}${f.name}.`),
    ]);

  it('is valid for Sveltia CMS (its own JSON schema, shipped in the package)', () => {
    const schema = JSON.parse(
      readFileSync('node_modules/@sveltia/cms/schema/sveltia-cms.json', 'utf8'),
    );
    const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false, logger: false });
    const valid = ajv.validate(schema, config);
    expect(ajv.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('has every collection, and only those', () => {
    expect(cms.map((c) => c.name).sort()).toEqual([...names].sort());
  });

  it.each(names)(
    '%s: same fields as the schema, with the same labels and required flags as the guide',
    (name) => {
      const c = cms.find((x) => x.name === name) as CmsCollection;
      expect(cmsPaths(fieldsOf(c)).sort()).toEqual(zodPaths(schemaOf(name)).sort());
      const doc = docs.find((d) => d.name === name);
      const flat = (
        fields: {
          path?: string;
          name?: string;
          label: string;
          required?: boolean;
          fields?: unknown[];
        }[],
        prefix = '',
      ): [string, string, boolean][] =>
        fields.flatMap((f) => {
          const key = f.path ?? `${prefix}${f.name}`;
          return [
            [key, f.label, f.required !== false] as [string, string, boolean],
            ...flat((f.fields ?? []) as never, `${key}.`),
          ];
        });
      expect(flat(fieldsOf(c) as never)).toEqual(flat((doc?.fields ?? []) as never));
    },
  );

  it("offers exactly the schema's choices in every select", () => {
    const check = (fields: CmsField[], schema: z.ZodType) => {
      const shape = def(unwrap(schema)).shape ?? {};
      for (const f of fields) {
        const s = shape[f.name];
        if (!s) continue;
        const inner = unwrap(s);
        if (f.widget === 'select')
          expect(f.options?.map((o) => o.value)).toEqual(Object.values(def(inner).entries ?? {}));
        if (f.fields)
          check(f.fields, def(inner).type === 'array' ? (def(inner).element as z.ZodType) : inner);
      }
    };
    for (const name of names)
      check(fieldsOf(cms.find((c) => c.name === name) as CmsCollection), schemaOf(name));
  });

  it('points every relation at a collection and a list that exist', () => {
    const relations = cms.flatMap((c) => {
      const walk = (fields: CmsField[]): CmsField[] =>
        fields.flatMap((f) => [...(f.widget === 'relation' ? [f] : []), ...walk(f.fields ?? [])]);
      return walk(fieldsOf(c));
    });
    expect(relations.length).toBeGreaterThan(10);
    for (const r of relations) {
      const target = cms.find((c) => c.name === r.collection);
      expect(target, r.name).toBeDefined();
      if (r.file) {
        expect(target?.files?.[0]?.fields[0]).toMatchObject({
          name: r.file,
          widget: 'list',
          root: true,
        });
        const [list, , key] = String(r.value_field).split('.');
        expect(list).toBe(r.file);
        expect(target?.files?.[0]?.fields[0]?.fields?.map((f) => f.name)).toContain(key);
      }
    }
  });

  it('is served at /admin/config.yml by the build, with the placeholder repository unless the office sets its own', () => {
    const built = parseYaml(readFileSync('dist/admin/config.yml', 'utf8'));
    expect(built.collections).toEqual(JSON.parse(JSON.stringify(config.collections)));
    expect(built.backend.repo).toBe(process.env.CMS_REPO || PLACEHOLDER_REPO);
    expect(
      cmsSettingsFromEnv({
        CMS_REPO: 'tacheng/fupinri',
        CMS_BACKEND: 'gitea',
        CMS_API_ROOT: 'https://git.example/api/v1',
      }),
    ).toMatchObject({
      backend: 'gitea',
      repo: 'tacheng/fupinri',
      apiRoot: 'https://git.example/api/v1',
    });
  });
});

describe(`the editor guide (${guidePath})`, () => {
  const guide = readFileSync(guidePath, 'utf8');

  it('quotes the current field tables, examples and checker messages (node scripts/editing-guide.ts regenerates them)', () => {
    expect(fillGuide(guide)).toBe(guide);
  });

  it('lists ten mistakes, each of which the checker reports', () => {
    expect(mistakes).toHaveLength(10);
    for (const m of mistakes) expect(problemsOf(m.fixture).length, m.title).toBeGreaterThan(0);
  });

  it.each(docs.map((c) => [c.name, c] as const))(
    'the complete %s example passes the check and uses every field',
    (name, c) => {
      const ext = c.shape === 'folder' ? 'md' : 'yaml';
      const text = readFileSync(`docs/examples/${name}.${ext}`, 'utf8');
      if (c.shape === 'folder') {
        expect(problemsOf({ path: `${c.path}/shili-zhinan-${name}.md`, text })).toEqual([]);
        const front = parseYaml(text.split(/^---$/m)[1] ?? '');
        const used = (value: unknown, prefix = ''): string[] =>
          Array.isArray(value)
            ? value.flatMap((v) => used(v, prefix))
            : value && typeof value === 'object'
              ? Object.entries(value).flatMap(([k, v]) => [
                  `${prefix}${k}`,
                  ...used(v, `${prefix}${k}.`),
                ])
              : [];
        expect(new Set(used(front))).toEqual(new Set(zodPaths(schemaOf(name))));
      } else {
        const real = readFileSync(c.path, 'utf8');
        expect(problemsOf({ path: c.path, text: `${real.trimEnd()}\n${text}` })).toEqual([]);
        const keys = new Set(Object.keys(parseYaml(text)[0]));
        expect(keys).toEqual(new Set(zodPaths(schemaOf(name))));
      }
    },
  );

  it('names every HTML tag the allowlist lets through', () => {
    for (const tag of allowlist.tagNames ?? []) expect(guide).toContain(`\`<${tag}>\``);
  });
});
