/**
 * The schedule's content read straight from src/content/ (front matter through the real
 * schemas), as the oracle that build-output and browser tests compare dist/ against.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  activitySchema,
  areaSchema,
  campaignSchema,
  categorySchema,
  noticeSchema,
  regionSchema,
  unitSchema,
  type Activity,
  type Campaign,
  type Notice,
} from '../../src/content.config.ts';
import { splitMarkdown } from '../../src/lib/content/frontmatter.ts';

const root = join(process.cwd(), 'src', 'content');

function markdown<T>(folder: string, parse: (data: unknown) => T): { id: string; data: T }[] {
  return readdirSync(join(root, folder))
    .filter((f) => /\.mdx?$/.test(f) && !f.startsWith('_'))
    .sort()
    .map((f) => ({
      id: f.replace(/\.mdx?$/, ''),
      data: parse(splitMarkdown(readFileSync(join(root, folder, f), 'utf8')).frontmatter?.data),
    }));
}

const yamlList = (name: string) =>
  parseYaml(readFileSync(join(root, `${name}.yaml`), 'utf8')) as unknown[];

/** Published activities (drafts left out), by file name. */
export const activities: { id: string; data: Activity }[] = markdown('activities', (d) =>
  activitySchema.parse(d),
).filter((a) => !a.data.draft);
/** Published notices. */
export const notices: { id: string; data: Notice }[] = markdown('notices', (d) =>
  noticeSchema.parse(d),
).filter((n) => !n.data.draft);
/** Units as units.yaml lists them. */
export const units = yamlList('units').map((u) => unitSchema.parse(u));
/** Regions as regions.yaml lists them. */
export const regions = yamlList('regions').map((r) => regionSchema.parse(r));
/** Activity categories as categories.yaml lists them. */
export const categories = yamlList('categories').map((c) => categorySchema.parse(c));
/** Areas (扶贫领域) as areas.yaml lists them. */
export const areas = yamlList('areas').map((c) => areaSchema.parse(c));
/** The slug of a category or an area by its name. */
export const slugOf = (list: readonly { name: string; slug: string }[], name: string): string => {
  const found = list.find((c) => c.name === name);
  if (!found) throw new Error(`${name} is not in the list`);
  return found.slug;
};
/** Campaigns, by id. */
export const campaigns: { id: string; data: Campaign }[] = yamlList('campaigns').map((c) => {
  const data = campaignSchema.parse(c);
  return { id: data.id, data };
});
/** The campaign /activities/ shows: the newest that is not an example. */
export const currentCampaign =
  campaigns
    .filter((c) => !c.data.example)
    .map((c) => c.id)
    .sort()
    .reverse()[0] ?? '';
