// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { satteri } from '@astrojs/markdown-satteri';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { cmsAssets } from './src/integrations/cms-assets.ts';
import { hantPageUrls, traditionalAndElder } from './src/integrations/traditional-and-elder.ts';
import { site } from './src/lib/site/site.ts';
import { inSitemap } from './src/lib/feeds/sitemap.ts';
import { notForReaders } from './src/lib/versions/page-versions.ts';
import { markdownFeatures } from './src/lib/security/html-allowlist.ts';
import { sanitizeMarkdown } from './src/integrations/markdown-sanitize.ts';
import { responsiveBodyImages } from './src/integrations/markdown-body-images.ts';
import { printOrigin } from './src/integrations/vite-print-origin.ts';
import { rebuildSummaryIntegration } from './src/integrations/rebuild-summary.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  prerenderConflictBehavior: 'error',
  // Every stylesheet a file of its own, so the header's style-src 'self' (src/lib/security/headers.ts) covers it.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Each page's Content-Security-Policy <meta> is the site's own (src/lib/security/headers.ts), not security.csp.
  // Order matters in astro:build:done: traditionalAndElder() writes the Traditional and elder pages
  // and fills hantPageUrls before the sitemap lists them and Pagefind indexes them.
  // The editors' admin gets no reader copies.
  integrations: [
    contentCheck(),
    cmsAssets(),
    mdx(),
    traditionalAndElder({ skip: notForReaders }),
    sitemap({
      filter: inSitemap,
      customPages: hantPageUrls,
      i18n: { defaultLocale: 'zh-CN', locales: { 'zh-CN': 'zh-CN', 'zh-hant': 'zh-Hant' } },
    }),
    pagefind(),
    // Last: prints how many pages the build copied from the last one and how many it rendered.
    rebuildSummaryIntegration(),
  ],
  // Scripts always as files of their own (never inlined), so the header's script-src 'self' covers them.
  // Printed links carry the site's address (src/integrations/vite-print-origin.ts).
  vite: { plugins: [printOrigin(site.url), tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  // Entry, list, feed and calendar pages and share images return a cacheKey (src/lib/content/page-cache-key.ts):
  // a rebuild copies unchanged ones, and src/integrations/rebuild-summary.ts prints how many.
  experimental: { incrementalBuild: true },
  // Raw HTML in Markdown is parsed, then held to the allowlist in src/lib/security/html-allowlist.ts
  // by src/integrations/markdown-sanitize.ts; body images get a srcset like covers (src/integrations/markdown-body-images.ts).
  // No syntax highlighting: it writes inline styles, and editors' content has no code.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      features: markdownFeatures,
      hastPlugins: [sanitizeMarkdown, responsiveBodyImages],
    }),
  },
});
