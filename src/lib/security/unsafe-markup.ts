/**
 * Finds what must never be published from a Markdown body: scripts, inline event
 * handlers, javascript: or data: URLs, embedded frames and objects. Character
 * references are decoded first, so `jav&#x61;script:` is caught like `javascript:`.
 */

/** One unsafe thing found in a body. */
export interface Finding {
  /** 1-based line within the body. */
  line: number;
  /** What was found, as written. */
  found: string;
  /** Why it is refused, in Chinese. */
  reason: string;
}

const NAMED: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

/** Decodes HTML character references (numeric and the few named ones that can hide a scheme). */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|([a-z]+));?/gi, (whole, hex, dec, name) => {
    const code = hex ? parseInt(hex, 16) : dec ? parseInt(dec, 10) : undefined;
    if (code !== undefined) return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return NAMED[String(name).toLowerCase()] ?? whole;
  });
}

const RULES: { pattern: RegExp; reason: string }[] = [
  { pattern: /<\s*script\b[^>]*>?/gi, reason: '不允许 <script> 脚本' },
  {
    pattern: /<\s*(iframe|object|embed|frame|frameset|applet|base|meta|link|form)\b[^>]*>?/gi,
    reason: '不允许嵌入外部页面或对象的标签',
  },
  {
    pattern: /<[a-z][a-z0-9-]*\b[^>]*\s(on[a-z]+)\s*=\s*[^>]*>?/gi,
    reason: '不允许 on… 事件属性（如 onclick、onerror）',
  },
];

const SCHEMES: { pattern: RegExp; reason: string }[] = [
  { pattern: /j\s*a\s*v\s*a\s*s\s*c\s*r\s*i\s*p\s*t\s*:/gi, reason: '不允许 javascript: 链接' },
  { pattern: /v\s*b\s*s\s*c\s*r\s*i\s*p\s*t\s*:/gi, reason: '不允许 vbscript: 链接' },
  {
    pattern:
      /(?:href|src|srcset|action|formaction|xlink:href|poster)\s*=\s*["']?\s*data:|\]\(\s*<?data:/gi,
    reason: '不允许 data: 地址',
  },
];

/** Every unsafe construct in a Markdown body, with its line (a tag may span lines). */
export function findUnsafe(body: string): Finding[] {
  const findings: Finding[] = [];
  // Decode line by line so that line numbers hold; control characters (a decoded tab
  // or newline inside a scheme) are dropped, as browsers drop them from URLs.
  const decoded = body
    .split('\n')
    .map((raw) => decodeEntities(raw).replace(/[\u0000-\u001f]/g, ''))
    .join('\n');
  const rawLines = body.split('\n');
  const lineAt = (index: number) => decoded.slice(0, index).split('\n').length;
  for (const { pattern, reason } of [...RULES, ...SCHEMES]) {
    for (const m of decoded.matchAll(pattern)) {
      const line = lineAt(m.index);
      const raw = rawLines.slice(line - 1, lineAt(m.index + m[0].length - 1)).join('\n');
      // Show what the editor wrote: where character references hid it, the raw text from about where it starts.
      const found = raw.includes(m[0])
        ? m[0]
        : raw.slice(Math.max(0, raw.indexOf(m[0].slice(0, 3)))).trim();
      findings.push({ line, found: found.slice(0, 80), reason });
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}
