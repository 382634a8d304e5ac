/**
 * Runs the content check (src/lib/content/validate.ts) before Astro loads any content, so a
 * build stops with every problem listed in Chinese, the same list `npm run check` prints;
 * warnings (a ledger gone quiet) are printed and the build goes on.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentDir } from '../lib/content/content-files.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'fupinri:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, report, warnings, warningReport } = await checkContentDir(root);
        if (warnings.length) logger.warn(warningReport);
        if (!problems.length) return;
        if (command === 'build') {
          // The report is the whole message: a stack trace of this hook would only bury it.
          const error = new Error(report);
          error.stack = '';
          throw error;
        }
        logger.error(report);
      },
    },
  };
}
