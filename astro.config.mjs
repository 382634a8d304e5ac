// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { site } from './src/lib/site.ts';
import { inSitemap } from './src/lib/sitemap.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), sitemap({ filter: inSitemap }), pagefind()],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
