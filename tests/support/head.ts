/** Reads the head of a built page: its <meta>, <link> and JSON-LD elements. */

/** Decodes the character references Astro writes in attribute values and text. */
export function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The attributes of every element with this tag name, decoded. */
export function elements(html: string, tag: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gi'))].map(([, attrs]) =>
    Object.fromEntries(
      [...(attrs ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [
        name!,
        decodeEntities(value ?? ''),
      ]),
    ),
  );
}

/** Every <meta> as name-or-property → content (the last one wins; duplicates are checked apart). */
export function metaMap(html: string): Map<string, string> {
  return new Map(
    elements(html, 'meta').flatMap((m) =>
      (m.name ?? m.property) ? [[(m.name ?? m.property)!, m.content ?? '']] : [],
    ),
  );
}

/** The JSON-LD blocks of a page, as written. */
export function jsonLdBlocks(html: string): string[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    ([, body]) => body!,
  );
}
