/**
 * A Sätteri hast plugin for `markdown.processor`: strips whatever the allowlist
 * (src/lib/security/html-allowlist.ts) refuses from a Markdown document. MDX is code
 * written by developers and is left alone. A clean document (every one that passed the
 * content check) is not touched.
 */
import { sanitize } from 'hast-util-sanitize';
import type { Root } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { allowlist, findDisallowed } from '../lib/security/html-allowlist.ts';

export const sanitizeMarkdown: HastPluginEntry = (ctx) =>
  ctx.sourceFormat === 'markdown'
    ? {
        name: 'fupinri-sanitize',
        after(root, ctx) {
          if (!findDisallowed(root as Root).length) return;
          ctx.replaceNode(root, sanitize(root as Root, allowlist) as Root);
        },
      }
    : null;
