/**
 * Images in Markdown bodies get the same treatment as a story's cover: Astro's
 * image pipeline (through Sätteri's image marker, which runs after this plugin)
 * reads these widths and sizes and writes a srcset of resized WebP files.
 */
import type { HastPluginDefinition } from 'satteri';

/** Widths (px) every body image is offered at; the page's text column is at most 800px wide. */
export const bodyImageWidths = [400, 800];
/** How wide a body image is shown, for the browser to pick from the srcset. */
export const bodyImageSizes = '(max-width: 860px) 100vw, 800px';

/** A Sätteri hast plugin: asks for a srcset on every local image of a body. */
export const responsiveBodyImages: HastPluginDefinition = {
  name: 'fupinri-body-images',
  element: {
    filter: ['img'],
    visit(node, ctx) {
      const src = node.properties?.src;
      if (typeof src !== 'string' || /^[a-z][a-z0-9+.-]*:|^\//i.test(src)) return;
      ctx.setProperty(node, 'widths', bodyImageWidths);
      ctx.setProperty(node, 'sizes', bodyImageSizes);
    },
  },
};
