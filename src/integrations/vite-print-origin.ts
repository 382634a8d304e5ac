/**
 * Printed links show full addresses: the print stylesheet writes a site link as
 * `var(--site-origin) attr(href)`, and this fills `--site-origin` with the site's origin
 * at build time (CSS cannot know where it is served from, and the CSP allows no inline
 * style to tell it). Used as a Vite plugin in astro.config.mjs.
 */
import type { Plugin } from 'vite';

/** The declaration the stylesheet leaves empty for the build to fill, in either quotes. */
const emptyOrigin = /--site-origin:\s*(''|"")/g;

/** `css` with the empty `--site-origin` declaration set to `origin` (a CSS string). */
export function withSiteOrigin(css: string, origin: string): string {
  const value = new URL(origin).origin;
  return css.replace(emptyOrigin, `--site-origin: ${JSON.stringify(value)}`);
}

/**
 * The Vite plugin: fills the declaration in every stylesheet that has it (a stylesheet
 * Vite loads itself: Tailwind reads those global.css imports on its own).
 */
export function printOrigin(origin: string): Plugin {
  return {
    name: 'fupinri:print-origin',
    enforce: 'pre',
    transform(code, id) {
      if (!/\.css(\?|$)/.test(id) || !code.includes('--site-origin')) return null;
      return { code: withSiteOrigin(code, origin), map: null };
    },
  };
}
