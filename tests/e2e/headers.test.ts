/**
 * The server under test (nginx with deploy/nginx.conf, or BASE_URL) sends every security
 * header on every page, the 404 page and the assets; caches hashed files for a year and
 * revalidates the rest; compresses text; answers unknown paths with the 404 page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allFiles, distDir } from '../support/dist.ts';
import { baseUrl } from './browser.ts';
import { sitemapPaths } from './sitemap.ts';
import {
  hashedFolders,
  immutable,
  revalidate,
  securityHeaders,
} from '../../src/lib/security/headers.ts';

const get = (path: string, init?: RequestInit) =>
  fetch(new URL(path, baseUrl()).href, { redirect: 'manual', ...init });

/** Security headers missing or different in a response, named by the path. */
function headerProblems(path: string, res: Response): string[] {
  return securityHeaders(path)
    .filter(([name, value]) => res.headers.get(name) !== value)
    .map(
      ([name, value]) =>
        `${path}: ${name} is ${JSON.stringify(res.headers.get(name))}, expected ${JSON.stringify(value)}`,
    );
}

const isHashed = (file: string) =>
  hashedFolders.some((f) => file.startsWith(f)) || /^\/pagefind\/[^/]+\.pf_meta$/.test(file);

describe('headers of the server under test', () => {
  it('every page of the sitemap: 200, HTML, every security header, revalidated', async () => {
    const problems: string[] = [];
    for (const path of sitemapPaths()) {
      const res = await get(path);
      await res.arrayBuffer();
      if (res.status !== 200) problems.push(`${path}: status ${res.status}`);
      if (!res.headers.get('content-type')?.startsWith('text/html'))
        problems.push(`${path}: content-type ${res.headers.get('content-type')}`);
      if (res.headers.get('cache-control') !== revalidate)
        problems.push(`${path}: cache-control ${res.headers.get('cache-control')}`);
      problems.push(...headerProblems(path, res));
    }
    expect(problems).toEqual([]);
  });

  it('every other file of the build: security headers; a year for hashed names, revalidated otherwise', async () => {
    const files = allFiles().filter((f) => !f.endsWith('.html'));
    expect(files.some(isHashed)).toBe(true);
    const problems: string[] = [];
    for (const file of files) {
      const res = await get(file);
      await res.arrayBuffer();
      if (res.status !== 200) problems.push(`${file}: status ${res.status}`);
      const expected = isHashed(file) ? immutable : revalidate;
      if (res.headers.get('cache-control') !== expected)
        problems.push(
          `${file}: cache-control ${res.headers.get('cache-control')}, expected ${expected}`,
        );
      if (/\.m?js$/.test(file) && !/javascript/.test(res.headers.get('content-type') ?? ''))
        problems.push(
          `${file}: content-type ${res.headers.get('content-type')} (nosniff needs a script type)`,
        );
      if (file.endsWith('.css') && !res.headers.get('content-type')?.startsWith('text/css'))
        problems.push(`${file}: content-type ${res.headers.get('content-type')}`);
      problems.push(...headerProblems(file, res));
    }
    expect(problems).toEqual([]);
  });

  it('an unknown path gets status 404, the 404 page and every security header', async () => {
    for (const path of ['/no-such-page/', '/_astro/no-such-file.js', '/pagefind/no-such-file']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toBe(readFileSync(join(distDir, '404.html'), 'utf8'));
      expect(headerProblems(path, res)).toEqual([]);
    }
  });

  it('a missing page in Traditional Chinese or 长辈模式 gets the 404 page of that version, with every header', async () => {
    for (const prefix of ['/zh-hant/', '/elder/', '/zh-hant/elder/']) {
      const path = `${prefix}no-such-page/`;
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).toBe(readFileSync(join(distDir, prefix, '404.html'), 'utf8'));
      expect(headerProblems(path, res)).toEqual([]);
    }
  });

  it('compresses pages, styles and scripts for browsers that accept gzip', async () => {
    const css = allFiles().find((f) => f.startsWith('/_astro/') && f.endsWith('.css'));
    for (const path of ['/', css ?? '/missing.css', '/pagefind/pagefind.js']) {
      const res = await get(path, { headers: { 'accept-encoding': 'gzip' } });
      await res.arrayBuffer();
      expect(res.headers.get('content-encoding'), path).toBe('gzip');
    }
  });

  it('sends a folder without its trailing slash to the address with it', async () => {
    const res = await get('/notices');
    expect(res.status).toBe(301);
    expect(new URL(res.headers.get('location') ?? '', baseUrl()).pathname).toBe('/notices/');
  });
});
