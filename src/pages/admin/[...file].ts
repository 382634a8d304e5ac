/**
 * Serves Sveltia CMS's own script (and the chunk it loads beside itself) from the
 * site, copied from the npm package at build time: no CDN, so the CSP can stay
 * 'self' and no editor's browser asks another host for code.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const dist = join(dirname(createRequire(join(process.cwd(), 'package.json')).resolve('@sveltia/cms')), '..', 'dist');

export const getStaticPaths: GetStaticPaths = () => {
  const chunks = readdirSync(join(dist, 'chunks')).filter((f) => f.endsWith('.js'));
  return ['sveltia-cms.js', ...chunks.map((f) => `chunks/${f}`)].map((file) => ({ params: { file } }));
};

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dist, String(params.file))), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
