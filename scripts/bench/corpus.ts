/**
 * A deterministic synthetic corpus for the benchmark: N Chinese entries spread over every
 * collection, with the reference lists (units, regions, campaigns; the site's own categories
 * and areas) they name, dates at
 * every precision the content model lists, and a few cover images. One seed and one N
 * always give the same files, byte for byte; nothing reads the clock or Math.random.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { pad, yaml, years, type CorpusContext, type CorpusFile } from './corpus-common.ts';
import { addAppeals, addCommendations, addStories } from './corpus-others.ts';
import { addActivities, addNotices } from './corpus-plans.ts';
import {
  classLists,
  countyOffices,
  exampleRegion,
  exampleUnits,
  prefectureUnits,
  regions,
  type UnitSeed,
} from './names.ts';
import type { Rng } from './prng.ts';
import { themes } from './phrases.ts';

export { years, type CorpusFile };

/** What the benchmark needs to know about a generated corpus. */
export interface Corpus {
  files: CorpusFile[];
  /** Entries per collection (Markdown files). */
  counts: Record<string, number>;
  /** Newest real campaign year: the build's "today" lies in its season. */
  currentYear: number;
  /** A published activity of the current year: the entry the warm rebuild changes. */
  editTarget: string;
}

/** Options of generateCorpus. */
export interface CorpusOptions {
  /** Number of Markdown entries over all collections (at least 20). */
  entries: number;
  /** Any string; one seed gives one corpus. */
  seed: string;
}

/** Share of the entries each collection gets (activities take the remainder). */
const shares = { notices: 0.1, stories: 0.2, commendations: 0.15, appeals: 0.1 } as const;

/** The units list: the prefecture's units, six offices of each county, the example plan's. */
function unitList(): (UnitSeed & { example?: boolean })[] {
  const county = regions.slice(1).flatMap((r) =>
    countyOffices.map((o) => ({
      name: `${r.name}${o.suffix}`,
      slug: `${r.slug}-${o.slug}`,
      kind: o.kind,
      ...(o.slug === 'fupinban' ? { parent: `${r.name}扶贫开发领导小组` } : {}),
    })),
  );
  return [...prefectureUnits, ...county, ...exampleUnits.map((u) => ({ ...u, example: true }))];
}

/** How many of the N entries each collection gets. */
export function countsFor(
  entries: number,
): Record<'notices' | 'activities' | 'stories' | 'commendations' | 'appeals', number> {
  if (!Number.isInteger(entries) || entries < 20)
    throw new Error(`--entries must be an integer of at least 20 (got ${entries})`);
  const notices = Math.max(1, Math.floor(entries * shares.notices));
  const stories = Math.max(1, Math.floor(entries * shares.stories));
  const commendations = Math.max(1, Math.floor(entries * shares.commendations));
  const appeals = Math.max(2, Math.floor(entries * shares.appeals));
  return {
    notices,
    activities: entries - notices - stories - commendations - appeals,
    stories,
    commendations,
    appeals,
  };
}

/** Generates the corpus: every file under src/content, deterministic in (entries, seed). */
export async function generateCorpus({ entries, seed }: CorpusOptions): Promise<Corpus> {
  const counts = countsFor(entries);
  const files: CorpusFile[] = [];
  const currentYear = years[years.length - 1] as number;
  const units = unitList();
  const realUnits = units.filter((u) => !('example' in u));
  const prefecture = prefectureUnits.map((u) => u.name);
  const media = prefectureUnits.filter((u) => u.kind === 'media').map((u) => u.name);
  const countyUnits = (region: string) =>
    realUnits.filter((u) => u.name.startsWith(region) && u.name !== region).map((u) => u.name);
  const exampleUnitNames = exampleUnits.map((u) => u.name);
  const id = (year: number | 'shili', kind: string, n: number) => `${year}-${kind}-${pad(n, 5)}`;
  const yearOf = (rng: Rng) => rng.pick(years);
  /** About 2% of the entries of campaign collections belong to the example campaign (20xx). */
  const isExample = (rng: Rng, n: number) => n === 0 || rng.chance(0.02);
  const flags = (rng: Rng) => ({
    draft: rng.chance(0.01) ? true : undefined,
    noindex: rng.chance(0.01) ? true : undefined,
  });

  // Reference lists.
  files.push({
    path: 'units.yaml',
    data: `# 基准测试生成的单位列表（确定性合成数据）。\n${yaml(units)}`,
  });
  files.push({
    path: 'regions.yaml',
    data: `# 基准测试生成的县市区列表。\n${yaml([...regions, { ...exampleRegion, example: true }])}`,
  });
  const campaigns = [
    ...years.map((y, i) => ({
      id: String(y),
      date: `${y}-10-17`,
      edition: y - 2013,
      idepEdition: y - 1992,
      theme: themes[i % themes.length],
    })),
    { id: '20xx', date: '20XX-10-17', theme: themes[themes.length - 1], example: true },
  ];
  files.push({ path: 'campaigns.yaml', data: `# 基准测试生成的扶贫日年度。\n${yaml(campaigns)}` });
  for (const name of ['categories', 'areas'] as const)
    files.push({ path: `${name}.yaml`, data: classLists[name].text });

  const ctx: CorpusContext = {
    seed,
    counts,
    files,
    currentYear,
    prefecture,
    media,
    countyUnits,
    exampleUnitNames,
    id,
    yearOf,
    isExample,
    flags,
  };
  const editTarget = addActivities(ctx, addNotices(ctx));
  await addStories(ctx);
  addCommendations(ctx);
  addAppeals(ctx);
  return { files, counts, currentYear, editTarget };
}

/** Writes the corpus under `dir` (normally a project's src/content). */
export async function writeCorpus(dir: string, files: readonly CorpusFile[]): Promise<void> {
  const folders = new Set(files.map((f) => dirname(join(dir, f.path))));
  await Promise.all([...folders].map((f) => mkdir(f, { recursive: true })));
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map((f) => writeFile(join(dir, f.path), f.data)));
  }
}
