// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { site } from './src/lib/site.ts';
import { cspDirectives, scriptSources, styleSources } from './src/lib/security.ts';

export default defineConfig({
  site: site.url,
  trailingSlash: 'always',
  prerenderConflictBehavior: 'error',
  // Every stylesheet a file of its own, so the header's style-src 'self' (src/lib/security.ts) covers it.
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: {
    csp: { directives: [...cspDirectives], scriptDirective: { resources: [...scriptSources] }, styleDirective: { resources: [...styleSources] } },
  },
  // Shiki colours code with inline styles, which the CSP forbids; the site shows no code.
  markdown: { syntaxHighlight: false },
  integrations: [contentCheck(), mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) }), pagefind()],
  // Scripts always as files of their own (never inlined), so the header's script-src 'self' covers them.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
});
