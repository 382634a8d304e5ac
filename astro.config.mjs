// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { hantPageUrls, readers } from './src/integrations/readers.ts';
import { site } from './src/lib/site.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  prerenderConflictBehavior: 'error',
  build: { format: 'directory' },
  // Order matters in astro:build:done: readers() writes the Traditional and elder pages
  // and fills hantPageUrls before the sitemap lists them and Pagefind indexes them.
  integrations: [
    contentCheck(),
    mdx(),
    readers(),
    sitemap({
      filter: (page) => !/\/404\/?$/.test(page),
      customPages: hantPageUrls,
      i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', 'zh-hant': 'zh-Hant' } },
    }),
    pagefind(),
  ],
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
