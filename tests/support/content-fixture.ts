/**
 * Broken (and good) content for the editor tests: the project's real content plus
 * one or more extra files, checked exactly as `npm run check` checks them.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { collections } from '../../src/content.config.ts';
import { readContentFiles } from '../../src/lib/content/content-files.ts';
import { type Schemas } from '../../src/lib/content/check-file.ts';
import { type ContentFile, type Problem } from '../../src/lib/content/problems.ts';
import { validateContent } from '../../src/lib/content/validate.ts';

/** The site's schemas, as the check uses them. */
export const schemas = Object.fromEntries(
  Object.entries(collections).map(([name, c]) => [name, c.schema]),
) as Schemas;

const real = await readContentFiles(process.cwd());

/** One extra file: a path under the project root and its text (or raw bytes). */
export interface Extra {
  path: string;
  text?: string;
  bytes?: Uint8Array;
}

const asFile = (e: Extra): ContentFile => {
  const rel = e.path.replace(/^src\/content\//, '').split('/');
  const collection =
    rel.length > 1 ? (rel[0] as string) : (rel[0] as string).replace(/\.ya?ml$/, '');
  return { collection, path: e.path, bytes: e.bytes ?? new TextEncoder().encode(e.text ?? '') };
};

/** The problems of the real content with these files added (a file with a real file's path replaces it). */
export function problemsWith(...extra: Extra[]): Problem[] {
  const paths = new Set(extra.map((e) => e.path));
  return validateContent(
    [...real.filter((f) => !paths.has(f.path)), ...extra.map(asFile)],
    schemas,
    process.cwd(),
  );
}

/** The problems of just the given file(s). */
export function problemsOf(...extra: Extra[]): Problem[] {
  const paths = new Set(extra.map((e) => e.path));
  return problemsWith(...extra).filter((p) => paths.has(p.file));
}

/** A copy of the project's src/content in a temporary folder, for commands that read the disk. */
export function tempProject(): {
  root: string;
  write: (path: string, text: string) => void;
  remove: () => void;
} {
  const root = mkdtempSync(join(tmpdir(), 'fupinri-content-'));
  cpSync(join(process.cwd(), 'src', 'content'), join(root, 'src', 'content'), { recursive: true });
  return {
    root,
    write: (path, text) => {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    },
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** A story's front matter that passes the check, to break one thing at a time. */
export const goodStory = (extra = '', body = '正文第一段。\n') =>
  `---\ntitle: 测试故事\ndate: "2020-10-12"\nauthor: 测试作者\nsummary: 一句话摘要。\n${extra}---\n\n${body}`;
