/** Addresses: entry ids, unit and region slugs are ASCII kebab-case and unique, and so is every built path. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownCollections, sourceEntries, yamlList } from '../support/content.ts';
import { allFiles } from '../support/dist.ts';

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('entry ids (file names)', () => {
  it.each(markdownCollections.map((c) => [c]))(
    '%s: ASCII kebab-case, one id each',
    (collection) => {
      const files = readdirSync(join('src/content', collection)).filter(
        (f) => !f.startsWith('_') && /\.\w+$/.test(f),
      );
      expect(files.length).toBeGreaterThan(0);
      // Only Markdown, so no file is silently left out of the collection.
      expect(files.filter((f) => !/\.mdx?$/.test(f))).toEqual([]);
      const ids = sourceEntries(collection).map((e) => e.id);
      expect(ids.filter((id) => !kebab.test(id))).toEqual([]);
      expect(duplicates(ids)).toEqual([]);
    },
  );

  it.each([
    ['2020-01-yantaohui', true],
    ['shili-05-dazoufang-daweiwen', true],
    ['研讨会', false],
    ['2020-01-Yantaohui', false],
    ['2020 01 yantaohui', false],
    ['-yantaohui', false],
    ['yantaohui--2020', false],
    ['yantaohui_2020', false],
  ])('the rule: %s is %s', (id, ok) => expect(kebab.test(id)).toBe(ok));
});

describe.each([['units'], ['regions']] as const)('%s.yaml', (name) => {
  const items = yamlList(name);
  const slugs = items.map((i) => String(i.slug));
  const names = items.map((i) => String(i.name));

  it('has items', () => expect(items.length).toBeGreaterThan(5));
  it('every slug is ASCII kebab-case', () =>
    expect(slugs.filter((s) => !kebab.test(s))).toEqual([]));
  it('every slug is unique', () => expect(duplicates(slugs)).toEqual([]));
  it('every name is unique', () => expect(duplicates(names)).toEqual([]));
  it('every item has its page at /%s/<slug>/', () => {
    const built = new Set(allFiles());
    expect(slugs.filter((s) => !built.has(`/${name}/${s}/index.html`))).toEqual([]);
  });
});

describe('campaigns.yaml', () => {
  const ids = yamlList('campaigns').map((c) => String(c.id));
  it('ids are ASCII and unique', () => {
    expect(ids.filter((id) => !/^[0-9a-z]+$/.test(id))).toEqual([]);
    expect(duplicates(ids)).toEqual([]);
  });
});

describe('the build', () => {
  it('has only ASCII paths (no address needs percent-encoding)', () => {
    expect(allFiles().filter((f) => !/^[\x21-\x7e]+$/.test(f))).toEqual([]);
  });
});
