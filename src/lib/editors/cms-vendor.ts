/**
 * Every file the CMS at /admin/ needs, served by the site itself from npm packages
 * at build time, so that an editor's browser asks no other host for anything: the
 * script (with its built-in addresses of unpkg.com, cdn.jsdelivr.net and
 * githubstatus.com pointed at these copies), its chunk, its translations, and the
 * fonts of its interface. A strict CSP ('self') can then cover /admin/ too.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where the copies live on the site. */
export const VENDOR = '/admin/vendor';

/** Font packages for the fonts the CMS interface names (family → npm package). */
const FONT_PACKAGES: Record<string, string> = {
  'source-sans-3': '@fontsource-variable/source-sans-3',
  'material-symbols-outlined': '@fontsource-variable/material-symbols-outlined',
  'noto-mono': '@fontsource/noto-mono',
};

const FONT_URL =
  /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)(?::vf)?@[0-9.]+\/([a-z0-9-]+\.woff2)/g;

/** The CMS script with its outside addresses pointed at the site's own copies; throws when one is not where expected. */
export function localizeScript(source: string): { text: string; fonts: string[] } {
  const rewrites: [string | RegExp, string][] = [
    ['https://unpkg.com/@sveltia/cms', `${VENDOR}/sveltia-cms`],
    ['https://www.githubstatus.com/api/v2/status.json', `${VENDOR}/githubstatus.json`],
    [FONT_URL, `${VENDOR}/fonts/$1-$2`],
  ];
  let text = source;
  for (const [from, to] of rewrites) {
    const found = typeof from === 'string' ? text.includes(from) : from.test(text);
    if (!found)
      throw new Error(
        `@sveltia/cms: ${String(from)} is no longer in the script; update src/lib/editors/cms-vendor.ts`,
      );
    if (typeof from !== 'string') from.lastIndex = 0;
    text = typeof from === 'string' ? text.replaceAll(from, to) : text.replace(from, to);
  }
  const fonts = [...source.matchAll(FONT_URL)].map((m) => `${m[1]}-${m[2]}`);
  return { text, fonts };
}

/** One file to serve: its path under /admin/ and how to read it. */
export interface VendorFile {
  path: string;
  type: string;
  read: () => Buffer | string;
}

/** Every file of the CMS, read from node_modules under `root`. */
export function cmsFiles(root: string = process.cwd()): VendorFile[] {
  const pkg = (name: string) => join(root, 'node_modules', name);
  const cms = pkg('@sveltia/cms');
  const { version } = JSON.parse(readFileSync(join(cms, 'package.json'), 'utf8')) as {
    version: string;
  };
  const script = () => localizeScript(readFileSync(join(cms, 'dist', 'sveltia-cms.js'), 'utf8'));
  const js = 'text/javascript; charset=utf-8';
  const json = 'application/json; charset=utf-8';
  const files: VendorFile[] = [{ path: 'sveltia-cms.js', type: js, read: () => script().text }];
  for (const chunk of readdirSync(join(cms, 'dist', 'chunks')).filter((f) => f.endsWith('.js'))) {
    files.push({
      path: `chunks/${chunk}`,
      type: js,
      read: () => readFileSync(join(cms, 'dist', 'chunks', chunk)),
    });
  }
  for (const locale of readdirSync(join(cms, 'locales')).filter((f) => f.endsWith('.json'))) {
    files.push({
      path: `vendor/sveltia-cms@${version}/locales/${locale}`,
      type: json,
      read: () => readFileSync(join(cms, 'locales', locale)),
    });
  }
  // The CMS compares this version with its own to offer updates: the same version offers none.
  files.push({
    path: 'vendor/sveltia-cms/package.json',
    type: json,
    read: () => JSON.stringify({ name: '@sveltia/cms', version }),
  });
  // GitHub's status page is not asked: the CMS reads "unknown" and shows no incident banner.
  files.push({
    path: 'vendor/githubstatus.json',
    type: json,
    read: () =>
      JSON.stringify({
        status: {
          indicator: 'unknown',
          description: 'not checked: /admin/ contacts no host but the site and its Git backend',
        },
      }),
  });
  for (const font of script().fonts) {
    const family = Object.keys(FONT_PACKAGES).find((f) => font.startsWith(`${f}-`));
    if (!family)
      throw new Error(
        `@sveltia/cms uses a font with no package in src/lib/editors/cms-vendor.ts: ${font}`,
      );
    files.push({
      path: `vendor/fonts/${font}`,
      type: 'font/woff2',
      read: () => readFileSync(join(pkg(FONT_PACKAGES[family] as string), 'files', font)),
    });
  }
  return files;
}
