/** Reads the source content in src/content, as an editor wrote it, for tests of the built site. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitMarkdown } from '../../src/lib/content/frontmatter.ts';

const base = join(process.cwd(), 'src', 'content');

/** The Markdown collections, one folder each. */
export const markdownCollections = [
  'notices',
  'activities',
  'commendations',
  'stories',
  'appeals',
] as const;

/** One Markdown entry: its id (the file name), its front matter and its body. */
export interface SourceEntry {
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
  body: string;
}

/** Every Markdown file of a collection, drafts included, sorted by id. */
export function sourceEntries(collection: string): SourceEntry[] {
  return readdirSync(join(base, collection))
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((file) => {
      const md = splitMarkdown(readFileSync(join(base, collection, file), 'utf8'));
      return {
        collection,
        id: file.replace(/\.mdx?$/, ''),
        file,
        data: (md.frontmatter?.data ?? {}) as Record<string, unknown>,
        body: md.body,
      };
    });
}

/** Every Markdown entry of every collection. */
export function allSourceEntries(): SourceEntry[] {
  return markdownCollections.flatMap((c) => sourceEntries(c));
}

/** The items of a YAML list (units, regions, campaigns). */
export function yamlList(name: 'units' | 'regions' | 'campaigns'): Record<string, unknown>[] {
  return parse(readFileSync(join(base, `${name}.yaml`), 'utf8')) as Record<string, unknown>[];
}
