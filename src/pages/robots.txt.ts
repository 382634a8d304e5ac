/** robots.txt: where the sitemap is. */
import type { APIRoute } from 'astro';
import { site } from '../lib/site/site.ts';
import { robotsTxt } from '../lib/feeds/sitemap.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(site.url), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
