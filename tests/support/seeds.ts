/** The seed plans as tests/fixtures/seed-sentences.json holds them (made by scripts/seed-sentences.mjs). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One seed plan, cleaned as the content model says. */
export interface Seed {
  /** The seed's file name in shared/seeds. */
  file: string;
  /** The notice's metadata as the seed writes it (索引号, 文号, 联系人, 落款 …); empty for seed 001. */
  fields: Record<string, string>;
  /** Page chrome of the source website, left out of the site. */
  chrome: string[];
  /** Unrelated documents scraped from a sidebar, left out of the site. */
  sidebar: string[];
  /** Reporting deadlines as the plan writes them: 7月11日前, 10月底前. */
  deadlines: string[];
  /** Every sentence of the plan, in Simplified Chinese. */
  sentences: string[];
}

/** Both seeds: seeds[0] is seed 000 (塔城地区), seeds[1] seed 001 (the example plan). */
export const seeds: Seed[] = (
  JSON.parse(readFileSync(join(process.cwd(), 'tests/fixtures/seed-sentences.json'), 'utf8')) as {
    seeds: Seed[];
  }
).seeds;

/** Text compared the way a reader would: full-width and ASCII punctuation alike, no whitespace. */
export function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
