/** Small readers of built HTML for tests: headings, facts, dates and links. */
import { textOf } from './dist.ts';

/** The visible text of the first <h1>. */
export function h1Of(html: string): string {
  return textOf(/<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').trim();
}

/** The label → value pairs of every <dt>/<dd> on a page, as visible text. */
export function factsOf(html: string): Map<string, string> {
  const facts = new Map<string, string>();
  for (const m of html.matchAll(/<dt\b[^>]*>([\s\S]*?)<\/dt>\s*<dd\b[^>]*>([\s\S]*?)<\/dd>/g)) {
    facts.set(textOf(m[1] ?? '').trim(), textOf(m[2] ?? '').trim());
  }
  return facts;
}

/** The text of every <time> element. */
export function timesOf(html: string): string[] {
  return [...html.matchAll(/<time\b[^>]*>([\s\S]*?)<\/time>/g)].map((m) =>
    textOf(m[1] ?? '').trim(),
  );
}

/** The links of a page: href and visible text. */
export function linksOf(html: string): { href: string; text: string }[] {
  return [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/g)].map((m) => ({
    href: m[1] ?? '',
    text: textOf(m[2] ?? '').trim(),
  }));
}
