/**
 * The HTML an editor may write in a Markdown body, one allowlist for two jobs:
 * the content check reports everything outside it (so nothing is dropped
 * silently), and the Markdown renderer strips anything outside it (defence in
 * depth, in case a check is bypassed: src/integrations/markdown-sanitize.ts). Both
 * read the same tree: Sätteri's, with raw HTML parsed into real elements
 * (`features.rawHtml`), as the page gets it.
 */
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { Element, Nodes, Root } from 'hast';
import { markdownToHast } from 'satteri';

/** Sätteri features the site renders Markdown with (also used by the content check). */
export const markdownFeatures = { rawHtml: true, gfm: true } as const;

/** Footnote ids Sätteri writes itself; the only ids a body keeps. */
const OWN_ID = [/^user-content-/, 'footnote-label'] as const;

/** What a Markdown body may contain: GitHub's rules (hast-util-sanitize's default), a little stricter. */
export const allowlist: Schema = {
  ...defaultSchema,
  tagNames: [
    ...(defaultSchema.tagNames ?? []),
    'abbr',
    'caption',
    'figcaption',
    'figure',
    'mark',
    'small',
  ],
  attributes: {
    ...defaultSchema.attributes,
    // GFM writes a table column's alignment as a style.
    th: [['style', /^text-align: (?:left|right|center)$/]],
    td: [['style', /^text-align: (?:left|right|center)$/]],
    a: [
      'href',
      'title',
      'dataFootnoteBackref',
      'dataFootnoteRef',
      ['className', 'data-footnote-backref'],
      'ariaLabel',
      ['ariaDescribedBy', ...OWN_ID],
    ],
    '*': [
      ...(defaultSchema.attributes?.['*'] ?? []).filter((name) => name !== 'id' && name !== 'name'),
      ['id', ...OWN_ID],
    ],
  },
  // Sätteri already prefixes footnote ids; prefixing again would break their links.
  clobber: [],
  clobberPrefix: '',
  protocols: {
    href: ['http', 'https', 'mailto', 'tel'],
    src: ['http', 'https'],
    cite: ['http', 'https'],
    longDesc: ['http', 'https'],
  },
  strip: ['script', 'style', 'template', 'noscript', 'textarea', 'title'],
};

/** Why a construct is refused. The first five stop a build by name in the issue; all stop it. */
export type Refusal =
  'script' | 'embed' | 'handler' | 'javascript' | 'data' | 'tag' | 'attribute' | 'url' | 'image';

/** One thing in a body the allowlist does not let through. */
export interface Disallowed {
  refusal: Refusal;
  /** The element, e.g. "a". */
  tag: string;
  /** The HTML attribute name, for attribute refusals. */
  attribute?: string;
  /** The attribute's value as the browser would read it (entities decoded). */
  value?: string;
}

/** Reasons in Chinese, as an editor reads them. */
export const reasons: Record<Refusal, string> = {
  script: '不允许 <script> 脚本',
  embed: '不允许嵌入外部页面或对象的标签',
  handler: '不允许 on… 事件属性（如 onclick、onerror）',
  javascript: '不允许 javascript: 链接',
  data: '不允许 data: 地址',
  tag: '不在允许范围内的 HTML 标签（允许的标签见 docs/editing.md）',
  attribute: '不在允许范围内的 HTML 属性（允许的属性见 docs/editing.md）',
  url: '链接只能是 http://、https://、mailto:、tel: 开头的地址或站内路径',
  image: '图片请用 Markdown 写法 ![图片说明](./images/文件名.jpg)，网站才会压缩图片并写明宽高',
};

const EMBEDS = new Set([
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'applet',
  'portal',
  'base',
  'meta',
  'link',
  'form',
]);
const URL_PROPS = new Set([
  'href',
  'src',
  'srcSet',
  'cite',
  'action',
  'formAction',
  'poster',
  'data',
  'background',
  'longDesc',
  'xLinkHref',
  'ping',
  'codeBase',
  'manifest',
]);
const detectSchema: Schema = { ...allowlist, ancestors: {}, strip: [] };

/** The HTML attribute name of a hast property name (className → class, ariaLabel → aria-label). */
export function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^on[A-Z]/.test(property)) return property.toLowerCase();
  return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The scheme a browser reads from a URL (controls and spaces ignored), lower-cased, or "" for a relative URL. */
export function schemeOf(url: string): string {
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const m = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
  return m?.[1] ?? '';
}

const text = (v: unknown) => (Array.isArray(v) ? v.join(' ') : String(v));

function classifyAttribute(tag: string, property: string, value: unknown): Disallowed {
  const attribute = attributeName(property);
  const shown = text(value);
  if (/^on/i.test(property)) return { refusal: 'handler', tag, attribute, value: shown };
  if (URL_PROPS.has(property)) {
    const scheme = schemeOf(shown);
    if (scheme === 'javascript' || scheme === 'vbscript')
      return { refusal: 'javascript', tag, attribute, value: shown };
    if (scheme === 'data') return { refusal: 'data', tag, attribute, value: shown };
    if (scheme) return { refusal: 'url', tag, attribute, value: shown };
  }
  return { refusal: 'attribute', tag, attribute, value: shown };
}

/** Whether a property survives the allowlist on this element, decided by the sanitizer itself. */
function check(element: Element): { tagAllowed: boolean; kept: Record<string, unknown> } {
  const probe: Root = {
    type: 'root',
    children: [
      {
        type: 'element',
        tagName: element.tagName,
        properties: { ...element.properties },
        children: [],
      },
    ],
  };
  const clean = sanitize(probe, detectSchema) as Root;
  const kept = clean.children.find(
    (n): n is Element => n.type === 'element' && n.tagName === element.tagName,
  );
  return { tagAllowed: Boolean(kept), kept: kept?.properties ?? {} };
}

/** Everything in a hast tree that the allowlist refuses, in document order. */
export function findDisallowed(tree: Nodes): Disallowed[] {
  const found: Disallowed[] = [];
  const visit = (node: Nodes, insideRefused: boolean) => {
    if (node.type === 'element') {
      const tag = node.tagName;
      const { tagAllowed, kept } = check(node);
      if (!tagAllowed) {
        const refusal: Refusal = tag === 'script' ? 'script' : EMBEDS.has(tag) ? 'embed' : 'tag';
        if (refusal !== 'tag' || !insideRefused) found.push({ refusal, tag });
      }
      for (const [property, value] of Object.entries(node.properties ?? {})) {
        if (value === undefined || value === null || value === false) continue;
        if (tagAllowed && property in kept && text(kept[property]) === text(value)) continue;
        const d = classifyAttribute(tag, property, value);
        // Inside an element refused as a whole, only the dangerous attributes are worth naming.
        if (tagAllowed || (d.refusal !== 'attribute' && d.refusal !== 'url')) found.push(d);
      }
      const inside = insideRefused || !tagAllowed;
      node.children.forEach((child) => visit(child as Nodes, inside));
      if (node.content) visit(node.content, inside);
      return;
    }
    if ('children' in node) node.children.forEach((child) => visit(child as Nodes, insideRefused));
  };
  visit(tree, false);
  return found;
}

/** The tree of a Markdown body exactly as the site renders it, before sanitizing. */
export function bodyTree(markdown: string): Root {
  return markdownToHast(markdown, { features: markdownFeatures, position: false }) as Root;
}
