/**
 * The Sveltia CMS configuration served at /admin/config.yml, made from the same
 * field docs as the `new` command and the editor guide (src/lib/editors/field-docs.ts),
 * so the CMS offers exactly the fields and labels the schemas accept.
 * The Git backend is the office's own: set CMS_BACKEND, CMS_REPO, CMS_BRANCH
 * (and CMS_BASE_URL, CMS_APP_ID, CMS_API_ROOT for its sign-in) when building.
 */
import type { CmsConfig, Field } from '@sveltia/cms';
import type { CollectionDoc, FieldDoc } from './field-docs.ts';
import { listCollections } from './field-docs.ts';
import { REFERENCES } from '../content/references.ts';

/** Where the office keeps the site's repository, and how editors sign in to it. */
export interface CmsSettings {
  backend: 'github' | 'gitlab' | 'gitea';
  /** owner/name of the repository. */
  repo: string;
  branch: string;
  /** OAuth client's base URL (the office's own sign-in service), if any. */
  baseUrl?: string | undefined;
  /** OAuth application id, for PKCE sign-in, if any. */
  appId?: string | undefined;
  /** API root of a self-hosted GitLab or Gitea, if any. */
  apiRoot?: string | undefined;
}

/** Placeholder repository: the CMS needs the office's own (see docs/editing.md). */
export const PLACEHOLDER_REPO = 'your-office/fupinri-site';

/** The settings from the environment of the build, with placeholders. */
export function cmsSettingsFromEnv(
  env: Record<string, string | undefined> = process.env,
): CmsSettings {
  const backend =
    env.CMS_BACKEND === 'gitlab' || env.CMS_BACKEND === 'gitea' ? env.CMS_BACKEND : 'github';
  return {
    backend,
    repo: env.CMS_REPO || PLACEHOLDER_REPO,
    branch: env.CMS_BRANCH || 'main',
    baseUrl: env.CMS_BASE_URL || undefined,
    appId: env.CMS_APP_ID || undefined,
    apiRoot: env.CMS_API_ROOT || undefined,
  };
}

/** Choices written "value 说明" in a doc comment (party 党委部门, open 进行中 …), as select options. */
function optionsOf(f: FieldDoc): { label: string; value: string }[] {
  const named = new Map<string, string>();
  for (const m of f.hint.matchAll(/([a-z]+) ([^\s,，、;；]+)/g))
    if (m[1] && m[2]) named.set(m[1], m[2]);
  return (f.options ?? []).map((value) => ({
    value,
    label: named.has(value) ? `${named.get(value)}（${value}）` : value,
  }));
}

/** The relation a reference field picks from: a folder's entries by file name, or a list's items by name. */
function relation(ref: NonNullable<FieldDoc['ref']>): Record<string, unknown> {
  const { collection, key } = REFERENCES[ref];
  if (!(collection in listCollections))
    return {
      collection,
      value_field: '{{slug}}',
      search_fields: ['title'],
      display_fields: ['title'],
    };
  return {
    collection,
    file: collection,
    value_field: `${collection}.*.${key}`,
    search_fields: [`${collection}.*.${key}`],
    display_fields: [`${collection}.*.${key}`],
  };
}

/** One schema field as a CMS field. */
export function cmsField(f: FieldDoc): Field {
  const base = { name: f.key, label: f.label, hint: f.hint, required: f.required };
  const ref = f.ref ?? f.item?.ref;
  if (ref)
    return {
      ...base,
      widget: 'relation',
      multiple: f.kind === 'list',
      ...(f.kind === 'list' && f.required ? { min: 1 } : {}),
      ...relation(ref),
    } as Field;
  switch (f.kind) {
    case 'date':
      return {
        ...base,
        widget: 'string',
        hint: `${f.hint}。写法：2020-10-17（某天）、2020-08（某月）、2020-09-15/2020-10-17（起止）、2020-10-10~（左右）、[..2020-10-18]（之前）`,
      };
    case 'boolean':
      return { ...base, widget: 'boolean', default: f.default === true };
    case 'number':
      return { ...base, widget: 'number', value_type: 'int', min: 1 };
    case 'amount':
      return { ...base, widget: 'number', value_type: 'float', min: 0 };
    case 'select':
      return { ...base, widget: 'select', options: optionsOf(f) };
    case 'image':
      return { ...base, widget: 'image', choose_url: false };
    case 'object':
      return { ...base, widget: 'object', fields: (f.fields ?? []).map(cmsField) };
    case 'list':
      if (f.fields) return { ...base, widget: 'list', fields: f.fields.map(cmsField) };
      return { ...base, widget: 'list' };
    default:
      return { ...base, widget: f.key === 'summary' ? 'text' : 'string' };
  }
}

/** Collections whose file names start with the year (as `npm run new` names them). */
const DATED = new Set([
  'notices',
  'activities',
  'appeals',
  'commendations',
  'stories',
  'programmes',
  'pairings',
]);

/** The whole CMS configuration for the site's collections. */
export function cmsConfig(
  docs: readonly CollectionDoc[],
  settings: CmsSettings,
  options: { siteUrl: string; bodyRequired: ReadonlySet<string> },
): CmsConfig {
  const collections = docs.map((c) => {
    if (c.shape === 'list') {
      const idKey = listCollections[c.name] ?? 'name';
      return {
        name: c.name,
        label: c.label,
        files: [
          {
            name: c.name,
            label: c.label,
            file: c.path,
            format: 'yaml',
            fields: [
              {
                name: c.name,
                label: c.label,
                widget: 'list',
                root: true,
                summary: `{{fields.${idKey === 'id' ? 'id' : 'name'}}}`,
                fields: c.fields.map(cmsField),
              },
            ],
          },
        ],
      };
    }
    const identifier = c.fields.some((f) => f.key === 'title') ? 'title' : 'name';
    return {
      name: c.name,
      label: c.label,
      folder: c.path,
      extension: 'md',
      format: 'yaml-frontmatter',
      identifier_field: identifier,
      // The editor types the file name in pinyin (the content check holds it to a-z, 0-9 and hyphens).
      slug: DATED.has(c.name) ? '{{year}}-{{fields._slug}}' : '{{fields._slug}}',
      media_folder: 'images',
      public_folder: './images',
      fields: [
        ...c.fields.map(cmsField),
        {
          name: 'body',
          label: '正文',
          widget: 'markdown',
          required: options.bodyRequired.has(c.name),
          hint: '用 Markdown 书写；图片须写图片说明。不允许脚本、iframe 等 HTML。',
        },
      ],
    };
  });
  return {
    backend: {
      name: settings.backend,
      repo: settings.repo,
      branch: settings.branch,
      ...(settings.baseUrl ? { base_url: settings.baseUrl } : {}),
      ...(settings.appId ? { app_id: settings.appId, auth_type: 'pkce' } : {}),
      ...(settings.apiRoot ? { api_root: settings.apiRoot } : {}),
    },
    app_title: '扶贫日网站 · 内容编辑',
    site_url: options.siteUrl,
    media_folder: 'src/content/stories/images',
    public_folder: '/src/content/stories/images',
    collections,
  } as CmsConfig;
}
