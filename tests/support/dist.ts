/** Reads the built site in dist/: pages as HTML text, and the list of every file. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The build output folder. */
export const distDir = join(process.cwd(), 'dist');

/** The HTML of the page at a site path such as /notices/ or /activities/x/. */
export function page(path: string): string {
  const file = path.endsWith('/') ? `${path}index.html` : path;
  return readFileSync(join(distDir, file), 'utf8');
}

/** Every file of the build (or of another folder `dir`), as site paths (/index.html, /_astro/x.css …), sorted. */
export function allFiles(dir = distDir, root = dir): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...allFiles(full, root));
    else out.push(`/${relative(root, full).split(sep).join('/')}`);
  }
  return out.sort();
}

/** Every HTML page of the build, as site paths. */
export function allPages(): string[] {
  return allFiles().filter((f) => f.endsWith('.html'));
}

/** Whether a built file is a reader copy (/zh-hant/…, /elder/…) the readers build step wrote. */
export function isReaderCopy(path: string): boolean {
  return path.startsWith('/zh-hant/') || path.startsWith('/elder/');
}

/** The Simplified standard pages Astro rendered (not the /zh-hant/ and /elder/ copies). */
export function simplifiedPages(): string[] {
  return allPages().filter((p) => !isReaderCopy(p));
}

/** The visible text of an HTML page (tags and scripts removed, whitespace collapsed). */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}
