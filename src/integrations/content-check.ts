/**
 * Runs the content check (src/lib/validate.ts) before Astro loads any content, so a
 * build stops with every problem listed in Chinese, the same list `npm run check` prints.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContentDir } from '../lib/content-files.ts';

/** The error a build stops with: the editor's report, without a stack trace to bury it. */
export class ContentCheckError extends Error {
  constructor(report: string) {
    super(`${report}\n内容检查未通过，网站没有生成。改正以上问题后重新运行；可先用 npm run check 快速检查。`);
    this.name = 'ContentCheckError';
    this.stack = '';
  }
}

export function contentCheck(): AstroIntegration {
  return {
    name: 'fupinri:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const root = fileURLToPath(config.root);
        const { problems, report } = await checkContentDir(root);
        if (!problems.length) return;
        if (command === 'build') throw new ContentCheckError(report);
        logger.error(report);
      },
    },
  };
}
