/**
 * Serves Sveltia CMS and everything it loads (chunk, translations, fonts) from the
 * site, copied from npm packages at build time (src/lib/cms-vendor.ts): no CDN, so
 * the CSP can stay 'self' and no editor's browser asks another host for code.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cmsFiles } from '../../lib/cms-vendor.ts';

export const getStaticPaths: GetStaticPaths = () => cmsFiles().map((f) => ({ params: { file: f.path }, props: { file: f } }));

export const GET: APIRoute = ({ props }) => {
  const { file } = props as { file: ReturnType<typeof cmsFiles>[number] };
  const body = file.read();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'content-type': file.type } });
};
