/**
 * The benchmark's synthetic corpus (scripts/bench/corpus.ts): one seed gives the same
 * files byte for byte, another seed different ones, and every file passes the content
 * check the build runs, with every date precision of the content model present.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { countsFor, generateCorpus, writeCorpus, type Corpus } from '../../scripts/bench/corpus.ts';
import { checkContentDir } from '../../src/lib/content/content-files.ts';
import { daysInMonth, parseWhen } from '../../src/lib/content/dates.ts';
import { splitMarkdown } from '../../src/lib/content/frontmatter.ts';

const N = 60;
const a = await generateCorpus({ entries: N, seed: 'test-seed' });
const b = await generateCorpus({ entries: N, seed: 'test-seed' });
const other = await generateCorpus({ entries: N, seed: 'another-seed' });
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const text = (data: string | Uint8Array) =>
  typeof data === 'string' ? data : Buffer.from(data).toString('base64');
const markdown = (c: Corpus) => c.files.filter((f) => f.path.endsWith('.md'));
const front = (c: Corpus, collection: string) =>
  markdown(c)
    .filter((f) => f.path.startsWith(`${collection}/`))
    .map((f) => ({
      path: f.path,
      data: (splitMarkdown(String(f.data)).frontmatter?.data ?? {}) as Record<string, unknown>,
      body: splitMarkdown(String(f.data)).body,
    }));

describe('bench corpus', () => {
  it('gives the same files, byte for byte, for the same seed', () => {
    expect(a.files.map((f) => f.path)).toEqual(b.files.map((f) => f.path));
    a.files.forEach((f, i) => expect(text(f.data), f.path).toBe(text(b.files[i]?.data ?? '')));
  });

  it('gives different files for another seed', () => {
    const differing = a.files.filter((f, i) => text(f.data) !== text(other.files[i]?.data ?? ''));
    expect(differing.length).toBeGreaterThan(N / 2);
  });

  it('has N Markdown entries spread over every collection', () => {
    expect(markdown(a)).toHaveLength(N);
    for (const [collection, n] of Object.entries(countsFor(N))) {
      expect(front(a, collection), collection).toHaveLength(n);
      expect(n, collection).toBeGreaterThan(0);
    }
    for (const list of ['units.yaml', 'regions.yaml', 'campaigns.yaml'])
      expect(
        a.files.some((f) => f.path === list),
        list,
      ).toBe(true);
    expect(
      a.files.filter((f) => /^stories\/images\/.+\.(jpg|png)$/.test(f.path)).length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('passes the content check the build runs', async () => {
    const root = await mkdtemp(join(tmpdir(), 'bench-corpus-'));
    dirs.push(root);
    await writeCorpus(join(root, 'src', 'content'), a.files);
    const { problems, report, files } = await checkContentDir(root);
    expect(problems, report).toEqual([]);
    // The Markdown entries and five YAML lists: units, regions, campaigns, categories, areas.
    expect(files).toBe(N + 5);
  });

  it('uses every date precision, and 20XX only in the example campaign', () => {
    const whens = front(a, 'activities').map((e) => ({
      when: String(e.data.when),
      campaign: String(e.data.campaign),
      example: e.data.example === true,
    }));
    const kinds = new Set(
      whens
        .filter((w) => !w.when.includes('X'))
        .map(({ when }) => {
          const p = parseWhen(when);
          if (p.kind === 'deadline') return 'deadline';
          if (p.kind === 'range') return p.start?.day === null ? 'month range' : 'day range';
          if (p.end.day === null) return 'month';
          if (p.end.approximate)
            return p.end.month !== null && p.end.day === daysInMonth(p.end.year, p.end.month)
              ? 'end of month'
              : 'approximate day';
          return 'day';
        }),
    );
    expect([...kinds].sort()).toEqual([
      'approximate day',
      'day',
      'day range',
      'deadline',
      'end of month',
      'month',
      'month range',
    ]);
    const unknownYear = whens.filter((w) => w.when.includes('20XX'));
    expect(unknownYear.length).toBeGreaterThan(0);
    for (const w of unknownYear) expect(w).toMatchObject({ campaign: '20xx', example: true });
    const campaigns = parseYaml(String(a.files.find((f) => f.path === 'campaigns.yaml')?.data)) as {
      id: string;
      date: string;
      example?: boolean;
    }[];
    for (const c of campaigns) expect(c.date.includes('X')).toBe(c.example === true);
  });

  it('writes titles of 10–30 characters and bodies of 300–3000', () => {
    for (const collection of ['activities', 'notices', 'stories', 'appeals']) {
      for (const e of front(a, collection)) {
        expect([...String(e.data.title)].length, e.path).toBeGreaterThanOrEqual(10);
        expect([...String(e.data.title)].length, e.path).toBeLessThanOrEqual(30);
      }
    }
    for (const e of markdown(a)) {
      const body = splitMarkdown(String(e.data)).body.trim();
      expect([...body].length, e.path).toBeGreaterThanOrEqual(300);
      expect([...body].length, e.path).toBeLessThanOrEqual(3000);
    }
  });

  it('names a published activity of the newest campaign for the warm rebuild', () => {
    const target = front(a, 'activities').find((e) => e.path === a.editTarget);
    expect(target?.data).toMatchObject({ campaign: String(a.currentYear) });
    expect(target?.data.draft).toBeUndefined();
  });
});
