/** Reads every content file under src/content/ from disk and checks it (build and `npm run check`). */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { formatProblems, validateContent, type ContentFile, type Problem, type Schemas } from './validate.ts';

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat().sort();
}

/** Every content file under `root`/src/content, tagged with its collection. */
export async function readContentFiles(root: string): Promise<ContentFile[]> {
  const base = join(root, 'src', 'content');
  const paths = await walk(base);
  return Promise.all(
    paths
      // Markdown and YAML, and text files an editor may have meant as Markdown (x.markdown,
      // x.MD, x.txt): the checker reports those instead of letting them be skipped.
      .filter((p) => /\.(md|mdx|markdown|mdown|mkd|txt|ya?ml)$/i.test(p) && !p.split(sep).some((part) => part.startsWith('_')))
      .map(async (p) => {
        const rel = relative(base, p).split(sep);
        const collection = rel.length > 1 ? (rel[0] as string) : (rel[0] as string).replace(/\.ya?ml$/, '');
        return { collection, path: relative(root, p).split(sep).join('/'), bytes: await readFile(p) };
      }),
  );
}

/** The schema of every collection in src/content.config.ts, by collection name. */
export async function contentSchemas(): Promise<Schemas> {
  const { collections } = await import('../content.config.ts');
  return Object.fromEntries(Object.entries(collections).map(([name, c]) => [name, c.schema])) as Schemas;
}

/** Checks the content of the project at `root`: the problems and the report an editor reads. */
export async function checkContentDir(root: string): Promise<{ problems: Problem[]; report: string; files: number }> {
  const files = await readContentFiles(root);
  const problems = validateContent(files, await contentSchemas(), root);
  return { problems, report: formatProblems(problems), files: files.length };
}
