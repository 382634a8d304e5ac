/**
 * `npm run import`'s work, without the file system: a document's bytes → the files to write
 * (the notice, its activities, the review report beside them). Anything that cannot be
 * imported throws an {@link ImportError} before a single file is named.
 */
import { cleanPlan } from './clean.ts';
import { planFiles, type EntryFile } from './entry-files.ts';
import { readPlan, type Classifier, type ImportedPlan } from './plan.ts';
import { ImportError, readInput } from './read-input.ts';
import { importReport } from './report.ts';
import { UnitIndex, type KnownUnit } from './units.ts';

export { ImportError } from './read-input.ts';

/** The reference lists an import matches names against (src/content/*.yaml). */
export interface References {
  units: readonly KnownUnit[];
  regions: readonly string[];
  campaigns: readonly string[];
  /** categories.yaml and areas.yaml: each item's name and clue words. */
  categories: readonly Classifier[];
  areas: readonly Classifier[];
}

/** An import's result: every file to write (report last), the report, and the plan read. */
export interface Imported {
  files: EntryFile[];
  report: EntryFile;
  /** How many things the report leaves for the editor. */
  todo: number;
  plan: ImportedPlan;
}

/** Whether cleaned lines look like a plan: a 通知/方案 title, or sections numbered 一、二、. */
function looksLikePlan(lines: readonly string[]): boolean {
  const han = lines.join('').match(/\p{Script=Han}/gu)?.length ?? 0;
  if (han < 20) return false;
  const titled = lines.some((l) => /(?:通知|方案|安排|计划)$/.test(l.normalize('NFKC')));
  const sections = lines.filter((l) => /^[一二三四五六七八九十]+、/.test(l)).length;
  return titled || sections >= 2;
}

/** Imports one document. `source` is its file name (or 标准输入); `today` is YYYY-MM-DD in China. */
export async function importPlan(
  bytes: Uint8Array,
  source: string,
  refs: References,
  ctx: { today: string; exists: (path: string) => boolean },
): Promise<Imported> {
  const input = await readInput(bytes, source);
  const cleaned = cleanPlan(input.text);
  if (!looksLikePlan(cleaned.lines))
    throw new ImportError(
      `${source} 里没有认出活动方案：没有“关于…的通知”或“…方案”这样的标题，也没有“一、”“二、”这样编号的章节。请确认文件是扶贫日活动方案；如是从网页复制的，请连同标题一起复制。没有写入任何文件。`,
    );
  const plan = readPlan(cleaned.lines, new UnitIndex(refs.units), refs);
  const files = planFiles(plan, {
    campaigns: refs.campaigns,
    regions: refs.regions,
    today: ctx.today,
    exists: ctx.exists,
  });
  const report = importReport(plan, files, {
    source,
    readAs: input.readAs,
    notes: [...input.notes, ...cleaned.notes],
    today: ctx.today,
    categories: refs.categories.map((c) => c.name),
  });
  const reportPath = files.notice.path.replace(/([^/]+)\.md$/, '_$1-导入报告.md');
  const reportFile = { path: reportPath, text: report.text };
  return {
    files: [files.notice, ...files.activities, reportFile],
    report: reportFile,
    todo: report.todo,
    plan,
  };
}
