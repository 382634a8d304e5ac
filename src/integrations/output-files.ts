/** The files of a build's output, for the steps that run after Astro has written it. */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every file under a folder, as a site path ('/notices/x/index.html'). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => `/${relative(dir, join(e.parentPath, e.name)).split(sep).join('/')}`);
}

/** The site path of a built HTML file: /index.html → /, /x/index.html → /x/, /404.html stays. */
export const pagePath = (file: string): string =>
  file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;

/** The file of a site path: the reverse of pagePath. */
export const pageFile = (path: string): string => (path.endsWith('/') ? `${path}index.html` : path);
