/**
 * The content check's reading of a Markdown body against the allowlist
 * (html-allowlist.ts): every refused construct with the line it stands on, what the
 * editor wrote there and why it is refused, in Chinese.
 */
import { markdownToMdast, type MdastNode } from 'satteri';
import {
  bodyTree,
  findDisallowed,
  markdownFeatures,
  reasons,
  schemeOf,
  type Disallowed,
} from './html-allowlist.ts';
import { decodeEntities } from './unsafe-markup.ts';

/** Where raw HTML and link targets stand in a body: text with its 1-based line. */
function sourceSpots(markdown: string): { line: number; text: string; html: boolean }[] {
  const spots: { line: number; text: string; html: boolean }[] = [];
  const walk = (node: MdastNode) => {
    const n = node as MdastNode & {
      value?: string;
      url?: string;
      position?: { start: { line: number } };
      children?: MdastNode[];
    };
    const line = n.position?.start.line ?? 1;
    if (n.type === 'html' && n.value)
      n.value
        .split('\n')
        .forEach((part, i) =>
          spots.push({ line: line + i, text: decodeEntities(part).toLowerCase(), html: true }),
        );
    if ((n.type === 'link' || n.type === 'image' || n.type === 'definition') && n.url)
      spots.push({ line, text: n.url.toLowerCase(), html: false });
    n.children?.forEach(walk);
  };
  walk(markdownToMdast(markdown, { features: markdownFeatures }));
  return spots;
}

/** One refused construct of a body, with the line it stands on and how it reads. */
export interface BodyFinding extends Disallowed {
  /** 1-based line within the body (the body's first line when it cannot be placed). */
  line: number;
  /** What the editor wrote there, e.g. <a href="jav&#x61;script:alert(1)">. */
  found: string;
  /** Why it is refused, in Chinese. */
  reason: string;
}

/** What the editor wrote on a line for a finding: the tag from "<" to ">", else the Markdown link, else the line. */
function snippet(raw: string, tag: string): string {
  const at = raw.toLowerCase().indexOf(`<${tag}`);
  if (at >= 0) {
    const end = raw.indexOf('>', at);
    return raw.slice(at, end >= 0 ? end + 1 : undefined).slice(0, 80);
  }
  const link = /!?\[[^\]\n]*\]\([^)\n]*\)?/.exec(raw);
  return (link ? link[0] : raw.trim()).slice(0, 80);
}

/** Every construct of a Markdown body outside the allowlist, with its line and what was written there. */
export function checkBody(markdown: string): BodyFinding[] {
  const refused = findDisallowed(bodyTree(markdown));
  if (!refused.length && !/<img/i.test(markdown)) return [];
  const spots = sourceSpots(markdown);
  const lines = markdown.split('\n');
  const lineOf = (d: Disallowed) => {
    const value = d.value?.trim() ?? '';
    // The tree holds URLs percent-encoded (中文 → %E4%B8%AD…); the source as written.
    let decoded = value;
    try {
      decoded = decodeURI(value);
    } catch {
      // A stray % stays as it is.
    }
    const scheme =
      d.refusal === 'javascript' || d.refusal === 'data' || d.refusal === 'url'
        ? `${schemeOf(value)}:`
        : '';
    const needles = [value, decoded]
      .map((v) => v.toLowerCase().slice(0, 40))
      .concat(scheme, `<${d.tag}`, d.attribute ?? '')
      .filter(Boolean);
    for (const needle of needles) {
      const spot = spots.find((s) => s.text.includes(needle));
      if (spot) return spot.line;
    }
    return 1;
  };
  const findings: BodyFinding[] = refused.map((d) => {
    const line = lineOf(d);
    return { ...d, line, found: snippet(lines[line - 1] ?? '', d.tag), reason: reasons[d.refusal] };
  });
  // An <img> written as HTML bypasses image processing (no resizing, no width and height).
  for (const spot of spots) {
    if (
      !spot.html ||
      !/<img\b/.test(spot.text) ||
      findings.some((f) => f.tag === 'img' && f.line === spot.line)
    )
      continue;
    findings.push({
      refusal: 'image',
      tag: 'img',
      line: spot.line,
      found: snippet(lines[spot.line - 1] ?? '', 'img'),
      reason: reasons.image,
    });
  }
  return findings.sort((a, b) => a.line - b.line);
}
