/**
 * The content model's cleaning rules for a plan pasted from a web page (shared with
 * scripts/seed-sentences.mjs, which uses them to make tests/fixtures/seed-sentences.json):
 * lost characters restored, pinyin glosses removed, Traditional → Simplified, page chrome
 * and sidebars left out.
 */
import * as OpenCC from 'opencc-js';

/** Characters a pasted plan lost, as found in the raw text → as restored (seed 001's). */
export const LOST: readonly (readonly [string, string])[] = [
  // "開(kāi)展;顒(dòng)方案擬訂": the full stop and 活 were lost, 動 garbled into 顒.
  [';顒(dòng)', '。活動'],
  // "xx日?qǐng)?bào)": 報 and the opening parentheses of two readings lost.
  ['日?qǐng)?bào)', '日報'],
  // "表?yè)P(yáng)": 揚 lost (表揚, to commend).
  ['表?yè)P(yáng)', '表揚'],
  // The middle dot of "10·17" became a question mark.
  ['10?17', '10·17'],
];

/** A pinyin reading pasted after a word: only Latin letters (with tone marks) in parentheses. */
export const PINYIN = /\([a-zA-Z\u00C0-\u024F\u0300-\u036F]+\)/g;

/** Lines of a government web page that are not the document. */
export const CHROME: readonly string[] = [
  '扶贫政策',
  '【关闭窗口】',
  '×',
  '用户登录',
  '【打印本页】',
];
/** The page's "时间:… 点击:" line. */
export const CHROME_LINE = /^时间[:：]\S+ 点击[:：]\S*$/;

const toSimplifiedConverter = OpenCC.Converter({ from: 't', to: 'cn' });

/** Traditional Chinese → Simplified (mainland usage). */
export function toSimplified(text: string): string {
  return toSimplifiedConverter(text);
}

/** Cuts a line into sentences after 。；！？ (full-width or ASCII), dropping a final colon. */
export function sentences(line: string): string[] {
  return (line.match(/[^。；;！!？?]+(?:[。；;！!？?]+|$)/g) ?? [])
    .map((s) => s.trim().replace(/[:：]$/, ''))
    .filter(Boolean);
}

export interface Cleaned {
  /** The document's lines, trimmed, blank ones left out. */
  lines: string[];
  /** What was done, in Chinese, for the review report. */
  notes: string[];
  /** Lines left out (chrome, sidebars). */
  dropped: string[];
}

/** True when a line is a run-on of two or more Traditional-only characters. */
function looksTraditional(text: string): boolean {
  return toSimplified(text) !== text;
}

/** Cleans a pasted plan as the content model says. */
export function cleanPlan(raw: string): Cleaned {
  const notes: string[] = [];
  let text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  for (const [lost, restored] of LOST)
    if (text.includes(lost)) {
      text = text.replaceAll(lost, restored);
      notes.push(`已按上下文补回缺字：“${lost}” → “${restored}”`);
    }
  const glosses = text.match(PINYIN)?.length ?? 0;
  if (glosses) {
    text = text.replace(PINYIN, '');
    notes.push(`已删去夹在字词后的拼音注音 ${glosses} 处`);
  }
  if (looksTraditional(text)) {
    text = toSimplified(text);
    notes.push('原文为繁体字，已转换为简体字（opencc-js）');
  }
  const all = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const dropped: string[] = [];
  const chrome: string[] = [];
  let lines: string[] = [];
  for (let line of all) {
    if (CHROME.includes(line) || CHROME_LINE.test(line)) {
      chrome.push(line);
      continue;
    }
    // "用户登录" glued to the first line of the document (seed 001).
    for (const prefix of CHROME)
      if (line.startsWith(prefix) && line.length > prefix.length) {
        chrome.push(prefix);
        line = line.slice(prefix.length);
      }
    lines.push(line);
  }
  // A sidebar of unrelated documents: three or more numbered lines in a row, with no body between.
  const numbered = /^[一二三四五六七八九十]+、/;
  const kept: string[] = [];
  for (let i = 0; i < lines.length;) {
    let end = i;
    while (end < lines.length && numbered.test(lines[end]!)) end++;
    if (end - i >= 3) {
      dropped.push(...lines.slice(i, end));
      notes.push(`已删去网页侧栏中与方案无关的 ${end - i} 行（${lines[i]} …）`);
      i = end;
    } else kept.push(lines[i++]!);
  }
  lines = kept;
  if (chrome.length) notes.push(`已删去网页栏目和按钮：${[...new Set(chrome)].join('、')}`);
  return { lines, notes, dropped: [...chrome, ...dropped] };
}
