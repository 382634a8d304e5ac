#!/usr/bin/env node
/**
 * Regenerates tests/fixtures/seed-sentences.json: every sentence of the two seed plans,
 * cleaned the way docs/content-model (shared/design/content-model.md) says, for the test
 * that checks every sentence is on the built site (tests/build/seed-coverage.test.ts).
 *
 *   node_modules/.bin/node scripts/seed-sentences.mjs [SEEDS_DIR]
 *
 * SEEDS_DIR defaults to ../shared/seeds (the seed documents beside the repository).
 *
 * Cleaning, in this order (the rules live in src/lib/import/clean.ts, shared with `npm run import`):
 *   1. Characters lost in seed 001 are restored from context (LOST below).
 *   2. Seed 001's pinyin pasted into the words (開(kāi)展): every reading in parentheses
 *      made only of Latin letters (with tone marks) is removed.
 *   3. Seed 001 is converted to Simplified Chinese with opencc-js (Traditional → mainland).
 *   4. Seed 001's list of unrelated documents scraped from a sidebar (the numbered lines
 *      inside §三(二), 乡镇干部春节走访慰问… 世界艾滋病日…) is left out, and kept apart
 *      under "sidebar" so tests can check that none of it is published.
 *   5. Seed 000's page chrome (扶贫政策 column name, 时间/点击 line, 【关闭窗口】, ×, 用户登录)
 *      is left out and kept under "chrome"; its metadata table, contact lines and
 *      signature become "fields" (the notice page shows them as labelled facts).
 *   6. Each remaining line is cut into sentences after 。；！？; a colon that ends a
 *      sentence (it introduces a field or a list) is dropped.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  LOST,
  PINYIN,
  CHROME,
  CHROME_LINE,
  sentences,
  toSimplified,
} from '../src/lib/import/clean.ts';

const seedsDir = process.argv[2] ?? join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const out = join(import.meta.dirname, '..', 'tests', 'fixtures', 'seed-sentences.json');

function seed000(text) {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const fields = {};
  const chromeFound = [];
  const kept = [];
  for (const line of lines) {
    let m;
    if (CHROME.includes(line)) chromeFound.push(line);
    else if (CHROME_LINE.test(line)) chromeFound.push(line);
    else if ((m = /^索 引 号 (\S+) 发布机构 (?:(\S+) )?公开日期 (\S+)$/.exec(line))) {
      fields['索引号'] = m[1];
      fields['发布机构'] = m[2] ?? '';
      fields['公开日期'] = m[3];
    } else if ((m = /^发文日期 (\S+) 有效性 (?:(\S+) )?文号$/.exec(line))) {
      fields['发文日期'] = m[1];
      fields['有效性'] = m[2] ?? '';
    } else if ((m = /^(\S+〔\d{4}〕\d+号)$/.exec(line))) {
      fields['文号'] = m[1];
      kept.push(line);
    } else if ((m = /^(联系人|联系电话|报送邮箱):(\S+)$/.exec(line))) fields[m[1]] = m[2];
    else kept.push(line);
  }
  // The signature: the office and the date right before the plan's title.
  const dateAt = kept.findIndex((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l));
  fields['落款'] = kept[dateAt - 1];
  fields['落款日期'] = kept[dateAt];
  kept.splice(dateAt - 1, 2);
  return { fields, chrome: chromeFound, sidebar: [], lines: kept };
}

function seed001(text) {
  let clean = text;
  for (const [lost, restored] of LOST) {
    if (!clean.includes(lost)) throw new Error(`seed 001 no longer contains ${lost}`);
    clean = clean.replaceAll(lost, restored);
  }
  clean = toSimplified(clean.replace(PINYIN, ''));
  const residue = /[A-Za-wyz\u00C0-\u024F?]/.exec(clean.replace(/xx/g, ''));
  if (residue)
    throw new Error(
      `seed 001: residue left after cleaning near ${clean.slice(residue.index - 10, residue.index + 10)}`,
    );
  const lines = clean
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const at = lines.findIndex((l) => l.startsWith('(二)加强督促协调'));
  if (at < 0) throw new Error('seed 001: §三(二) not found');
  let end = at + 1;
  while (/^[一二三四五六七八九十]+、/.test(lines[end] ?? '')) end++;
  const sidebar = lines.splice(at + 1, end - at - 1);
  return { fields: {}, chrome: [], sidebar, lines };
}

const files = readdirSync(seedsDir)
  .filter((f) => /^\d{3}_.*\.txt$/.test(f))
  .sort();
const seeds = files.map((file) => {
  const text = readFileSync(join(seedsDir, file), 'utf8');
  const seed = file.startsWith('000_') ? seed000(text) : seed001(text);
  const all = seed.lines.flatMap(sentences);
  return {
    file,
    fields: seed.fields,
    chrome: seed.chrome,
    sidebar: seed.sidebar,
    // Reporting deadlines as the plan writes them: 7月11日前, 10月底前.
    deadlines: [...new Set(seed.lines.join('\n').match(/\d{1,2}月(?:\d{1,2}日|底)前/g) ?? [])],
    sentences: [...new Set(all)],
  };
});

writeFileSync(
  out,
  `${JSON.stringify({ generatedBy: 'scripts/seed-sentences.mjs', seeds }, null, 2)}\n`,
);
console.log(`${out}: ${seeds.map((s) => `${s.file} ${s.sentences.length} sentences`).join(', ')}`);
