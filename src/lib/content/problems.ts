/**
 * What the content check reports: the file it read, one problem an editor must fix, and
 * the problems as the editor reads them, in Chinese.
 */

/** One content file as read from disk. */
export interface ContentFile {
  /** Collection folder or YAML file name: activities, units, … */
  collection: string;
  /** Path relative to the project root, with forward slashes. */
  path: string;
  /** Raw bytes: the checker itself finds files that are not UTF-8. */
  bytes: Uint8Array;
}

/** One thing an editor must fix. */
export interface Problem {
  file: string;
  line: number;
  /** The front-matter key (dotted for nested keys); empty for the file as a whole. */
  key: string;
  /** What was written, as text. */
  written: string;
  /** What is expected. */
  expected: string;
  /** How to fix it. */
  fix: string;
}

/** A value as the editor wrote it, for “写的是”. */
export const show = (value: unknown): string => {
  if (value === undefined) return '（未填写）';
  if (typeof value === 'string') return `“${value}”`;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return JSON.stringify(value);
};

/** The value at a key path of an entry's data. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path)
    v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined;
  return v;
}

const block = (p: Problem) =>
  [
    `${p.file}:${p.line}${p.key ? `  字段 ${p.key}` : ''}`,
    `  写的是：${p.written}`,
    `  应为：${p.expected}`,
    `  修改：${p.fix}`,
  ].join('\n');

/** The problems as an editor reads them: one block each, in Chinese. */
export function formatProblems(problems: readonly Problem[]): string {
  return `内容检查发现 ${problems.length} 处问题，请逐一修改：\n\n${problems.map(block).join('\n\n')}\n`;
}

/** Warnings as an editor reads them: like problems, but the build goes on; empty when there are none. */
export function formatWarnings(warnings: readonly Problem[]): string {
  if (!warnings.length) return '';
  return `内容检查提醒 ${warnings.length} 处（不影响发布，请尽快处理）：\n\n${warnings.map(block).join('\n\n')}\n`;
}
