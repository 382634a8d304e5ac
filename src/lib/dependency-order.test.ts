/**
 * The plan of the house, held: every import of a module under src/lib/ stays inside
 * src/lib/ (or reaches the schemas, src/content.config.ts) and goes to its own folder or
 * one before it in the order src/lib/README.md lists. A new folder needs a place in that
 * list and a README of its own.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const lib = 'src/lib';
const readme = readFileSync(join(lib, 'README.md'), 'utf8');
const listed = readme.match(/<!-- order[^>]*-->([\s\S]*?)<!-- \/order -->/)?.[1] ?? '';
/** The folders in their one-way order, as the README lists them. */
const order = [...listed.matchAll(/^\d+\. `([a-z-]+)\/`/gm)].map((m) => m[1]!);
const folders = readdirSync(lib, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();
const modules = readdirSync(lib, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.ts'))
  .map((f) => join(lib, f));

/** Where an import of `file` leads, relative to the project root (bare package names stay as they are). */
function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative('.', resolve(dirname(file), name)));
}

/** What is wrong with one import from `file` to `target`, or null. */
function breach(file: string, target: string): string | null {
  if (target === 'src/content.config.ts') {
    const from = file.split('/')[2]!;
    return order.indexOf(from) >= order.indexOf('content')
      ? null
      : `${from}/ may not import the schemas`;
  }
  if (!target.startsWith(`${lib}/`)) return `leaves src/lib/ for ${target}`;
  const from = file.split('/')[2]!;
  const to = target.split('/')[2]!;
  if (!to.includes('.') && order.indexOf(to) > order.indexOf(from))
    return `${from}/ imports ${to}/, which comes after it in src/lib/README.md`;
  return null;
}

describe('the one-way order of src/lib/', () => {
  it('lists every folder once, and nothing else', () => {
    expect(order.length).toBeGreaterThan(5);
    expect([...order].sort()).toEqual(folders);
  });

  it.each(folders)('%s/ has a README that says what it owns', (folder) => {
    expect(existsSync(join(lib, folder, 'README.md'))).toBe(true);
  });

  it('keeps every module in a folder', () => {
    const loose = modules.filter((f) => dirname(f) === lib && !f.endsWith('.test.ts'));
    expect(loose).toEqual([]);
  });

  it('finds the imports it checks', () => {
    expect(importsOf(join(lib, 'content/query.ts'))).toContain('src/lib/content/dates.ts');
  });

  it('holds every import of every module to the order', () => {
    const breaches = modules
      .filter((f) => dirname(f) !== lib)
      .flatMap((file) =>
        importsOf(file).flatMap((target) => {
          const why = breach(file, target);
          return why ? [`${file} → ${target}: ${why}`] : [];
        }),
      );
    expect(breaches).toEqual([]);
  });

  it('would catch an import that runs backwards or leaves src/lib/', () => {
    expect(breach('src/lib/site/ui.ts', 'src/lib/content/dates.ts')).toMatch(/comes after/);
    expect(breach('src/lib/content/query.ts', 'src/components/Header.astro')).toMatch(/leaves/);
    expect(breach('src/lib/site/site.ts', 'src/content.config.ts')).toMatch(/schemas/);
    expect(breach('src/lib/seo/head-tags.ts', 'src/lib/content/dates.ts')).toBeNull();
  });
});
