/**
 * Both seed plans imported the way `npm run import` imports them (as text, as GBK text and as
 * a Word document made here from the same text) give the hand-made entries of src/content/:
 * the same activities (title, when, lead, partners) and every sentence of the plan in the notice.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importPlan, type Imported, type References } from './import-plan.ts';
import type { KnownUnit } from './units.ts';
import type { Classifier } from './plan.ts';

const root = process.cwd();
const seedsDir = join(root, '..', 'shared', 'seeds');
const yamlList = <T>(name: string) =>
  parse(readFileSync(join(root, 'src/content', name), 'utf8')) as T[];
export const refs: References = {
  units: yamlList<KnownUnit>('units.yaml'),
  regions: yamlList<{ name: string }>('regions.yaml').map((r) => r.name),
  campaigns: yamlList<{ id: string }>('campaigns.yaml').map((c) => c.id),
  categories: yamlList<Classifier>('categories.yaml'),
  areas: yamlList<Classifier>('areas.yaml'),
};
const seedFile = (prefix: string) =>
  join(
    seedsDir,
    readdirSync(seedsDir).find((f) => f.startsWith(prefix))!,
  );
const frontMatter = (text: string) => parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
/** The hand-made activities of a plan (front matter `plan`), in file-name order, which is the plan's order. */
const handMade = (planId: string) =>
  readdirSync(join(root, 'src/content/activities'))
    .sort()
    .map((f) => frontMatter(readFileSync(join(root, 'src/content/activities', f), 'utf8')))
    .filter((h) => h.plan === planId);
const sentences = (
  JSON.parse(readFileSync(join(root, 'tests/fixtures/seed-sentences.json'), 'utf8')) as {
    seeds: { sentences: string[] }[];
  }
).seeds;
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

/** A Word document with one paragraph per line of `text`, as an office would save a plan. */
export async function docxOf(text: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ children: text.split(/\r?\n/).map((line) => new Paragraph(line)) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const importOf = (bytes: Uint8Array, name: string) =>
  importPlan(bytes, name, refs, { today: '2026-12-06', exists: () => false });

const seeds = [
  ['000_', '2020-tacheng-fupinri-fangan', 0],
  ['001_', 'shili-fupinri-fangan', 1],
] as const;

describe.each(seeds)('seed %s', (seed, planId, index) => {
  const text = readFileSync(seedFile(seed), 'utf8');
  const forms: [string, () => Promise<Imported>][] = [
    ['as UTF-8 text', () => importOf(Buffer.from(text), 'plan.txt')],
    ['as GBK text', () => importOf(iconv.encode(text, 'gb18030'), 'plan.txt')],
    ['as a .docx', async () => importOf(await docxOf(text), 'plan.docx')],
  ];
  const hand = handMade(planId);

  it.each(forms)(
    '%s gives the hand-made activities: title, when, lead, partners, category, areas',
    async (_, run) => {
      const imported = await run();
      const activities = imported.files
        .filter((f) => f.path.startsWith('src/content/activities/'))
        .map((f) => frontMatter(f.text));
      const pick = (a: Record<string, unknown>) => ({
        title: a.title,
        when: a.when,
        lead: a.lead,
        partners: ((a.partners as string[] | undefined) ?? []).slice().sort(),
        category: a.category,
        areas: ((a.areas as string[] | undefined) ?? []).slice().sort(),
      });
      expect(activities.map(pick)).toEqual(hand.map(pick));
      for (const a of activities) expect(a.draft).toBe(true);
    },
  );

  it.each(forms)('%s keeps every sentence of the plan in the notice', async (_, run) => {
    const imported = await run();
    const notice = imported.files[0]!;
    expect(notice.path).toMatch(/^src\/content\/notices\/[a-z0-9-]+\.md$/);
    const data = frontMatter(notice.text);
    const all = norm(
      `${String(data.title)}${String(data.docNumber ?? '')}${String(data.addressees ?? '')}${notice.text.split(/^---$/m)[2]}`,
    );
    expect(sentences[index]!.sentences.filter((s) => !all.includes(norm(s)))).toEqual([]);
  });
});

describe('seed 000 notice', async () => {
  const imported = await importOf(Buffer.from(readFileSync(seedFile('000_'), 'utf8')), 'plan.txt');
  const data = frontMatter(imported.files[0]!.text);
  const hand = frontMatter(
    readFileSync(join(root, 'src/content/notices/2020-tacheng-fupinri-fangan.md'), 'utf8'),
  );
  it.each([
    'title',
    'campaign',
    'date',
    'issued',
    'docNumber',
    'indexNumber',
    'publisher',
    'addressees',
    'contact',
    'signedBy',
    'signedOn',
    'planTitle',
  ])('%s is the hand-made notice’s', (key) => expect(data[key]).toEqual(hand[key]));
  it('reads the reporting deadlines', () =>
    expect((data.deadlines as { task: string; due: string }[]).map((d) => [d.task, d.due])).toEqual(
      (hand.deadlines as { task: string; due: string }[]).map((d) => [d.task, d.due]),
    ));
  it('is a draft, and its report is beside it and leaves nothing to do', () => {
    expect(data.draft).toBe(true);
    expect(imported.report.path).toBe(
      imported.files[0]!.path.replace(/([^/]+)\.md$/, '_$1-导入报告.md'),
    );
    expect(imported.todo).toBe(0);
  });
});
