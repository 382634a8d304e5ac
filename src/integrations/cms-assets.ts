/**
 * Puts Sveltia CMS and everything it loads (chunk, translations, fonts) under
 * /admin/, copied from npm packages (src/lib/editors/cms-vendor.ts): written into the
 * build output by `astro build`, served from memory by `astro dev`. No CDN, so
 * the CSP can stay 'self' and no editor's browser asks another host for code.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cmsFiles } from '../lib/editors/cms-vendor.ts';

/** The integration: copies the CMS files into admin/ at build, serves them in dev. */
export function cmsAssets(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'fupinri:cms-assets',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server }) => {
        const files = new Map(cmsFiles(root).map((f) => [`/admin/${f.path}`, f]));
        server.middlewares.use((req, res, next) => {
          const file = files.get(new URL(req.url ?? '/', 'http://localhost').pathname);
          if (!file) return next();
          res.setHeader('content-type', file.type);
          res.end(file.read());
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = cmsFiles(root);
        for (const f of files) {
          const target = join(out, 'admin', f.path);
          mkdirSync(dirname(target), { recursive: true });
          writeFileSync(target, f.read());
        }
        logger.info(`copied ${files.length} CMS files into admin/`);
      },
    },
  };
}
