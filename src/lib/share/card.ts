/**
 * The layout of share images (the picture a chat app or social site shows beside a
 * shared link): the campaign's mark, the page's type, title and date, as a list of
 * drawing steps with their positions, in two layers. The background is the same for
 * every entry of one kind and campaign (render.ts draws it once per build); the text
 * layer is the entry's own title and date. Pure: line breaking takes the renderer's
 * text measure as an argument.
 */

/** What a share image says. */
export interface ShareCardData {
  /** The kind of page: 通知公告, 脱贫故事 … */
  kind: string;
  title: string;
  /** The date as readers see it (2020年10月14日), or another short fact. */
  line?: string | undefined;
  /** The campaign it belongs to: 2020年扶贫日 · 决战决胜脱贫攻坚. */
  campaign?: string | undefined;
  /** Example content: the image says 示例, as the page does. */
  example: boolean;
  /** The site's name, beside the mark. */
  site: string;
}

/** Width and height of every share image, the size Open Graph and chat apps expect. */
export const shareSize = { width: 1200, height: 630 } as const;

/** The card's colours: every pixel of an image is one of these or a blend of two (see palette.ts). */
export const colours = {
  brand: '#a11b1b',
  ink: '#1f2328',
  muted: '#4b5563',
  paper: '#fffdf8',
  white: '#ffffff',
} as const;
export type Colour = (typeof colours)[keyof typeof colours];

/** One line of text, centred vertically on `y`; `x` is its left, centre or right edge by `align`. */
export interface TextStep {
  step: 'text';
  x: number;
  y: number;
  size: number;
  weight: 400 | 700;
  colour: Colour;
  text: string;
  align?: 'left' | 'center' | 'right';
}

/** A filled rectangle, its corners rounded by `radius`. */
export interface BoxStep {
  step: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  radius?: number;
  colour: Colour;
}

/** Pills in a row from `x`, each as wide as its text plus padding: filled (white on brand) or outlined. */
export interface PillsStep {
  step: 'pills';
  x: number;
  y: number;
  height: number;
  size: number;
  gap: number;
  pills: { text: string; filled: boolean }[];
}

/** Text broken into lines of at most `width`, at most `maxLines` of them (the last ends in … when cut), from `y` down. */
export interface ParagraphStep {
  step: 'paragraph';
  x: number;
  y: number;
  width: number;
  size: number;
  weight: 400 | 700;
  lineHeight: number;
  maxLines: number;
  colour: Colour;
  text: string;
}

export type DrawStep = TextStep | BoxStep | PillsStep | ParagraphStep;

/** A share image in two layers: the background of its kind and campaign, and the entry's own text over it. */
export interface ShareLayers {
  background: DrawStep[];
  text: DrawStep[];
}

const BORDER = 24;
const PAD = { top: 48, side: 72, bottom: 40 };
const MARK = 88;
const PILLS_TOP = BORDER + PAD.top + MARK + 40;
const PILL_HEIGHT = 60;

/** Where the text layer's first pixel can be: below the border, the padding, the mark's row, a gap and the pills. */
export const textTop = PILLS_TOP + PILL_HEIGHT;

/** The campaign's mark at (x, y): 扶 in white on the brand red, as in the site's icon. */
export function markSteps(x: number, y: number, size: number): DrawStep[] {
  return [
    { step: 'box', x, y, width: size, height: size, radius: size * 0.19, colour: colours.brand },
    {
      step: 'text',
      x: x + size / 2,
      y: y + size / 2,
      size: Math.round(size * 0.62),
      weight: 700,
      colour: colours.white,
      text: '扶',
      align: 'center',
    },
  ];
}

/** The two layers of a 1200×630 share image for a page. */
export function shareCardLayers(card: ShareCardData): ShareLayers {
  const { width, height } = shareSize;
  const left = PAD.side;
  const right = width - PAD.side;
  const bottomLine = height - PAD.bottom - 19;
  const titleSize = card.title.length > 40 ? 52 : card.title.length > 24 ? 60 : 68;
  const background: DrawStep[] = [
    { step: 'box', x: 0, y: 0, width, height, colour: colours.paper },
    { step: 'box', x: 0, y: 0, width, height: BORDER, colour: colours.brand },
    ...markSteps(left, BORDER + PAD.top, MARK),
    {
      step: 'text',
      x: left + MARK + 24,
      y: BORDER + PAD.top + MARK / 2,
      size: 36,
      weight: 700,
      colour: colours.brand,
      text: card.site,
    },
    {
      step: 'pills',
      x: left,
      y: PILLS_TOP,
      height: PILL_HEIGHT,
      size: 30,
      gap: 16,
      pills: [
        { text: card.kind, filled: true },
        ...(card.example ? [{ text: '示例', filled: false }] : []),
      ],
    },
  ];
  if (card.campaign)
    background.push({
      step: 'text',
      x: right,
      y: bottomLine,
      size: 32,
      weight: 700,
      colour: colours.brand,
      text: card.campaign,
      align: 'right',
    });
  const text: DrawStep[] = [
    {
      step: 'paragraph',
      x: left,
      y: textTop + 28,
      width: right - left,
      size: titleSize,
      weight: 700,
      lineHeight: 1.3,
      maxLines: 3,
      colour: colours.ink,
      text: card.title,
    },
  ];
  if (card.line)
    text.push({
      step: 'text',
      x: left,
      y: bottomLine,
      size: 32,
      weight: 400,
      colour: colours.muted,
      text: card.line,
    });
  return { background, text };
}

/** The layers of the small square image feeds show: the mark alone. */
export function feedIconLayers(size: number): ShareLayers {
  return { background: markSteps(0, 0, size), text: [] };
}

/** Characters a line must not start with (closing punctuation), nor end with (opening). */
const NO_LINE_START = new Set('，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]');
const NO_LINE_END = new Set('（《「『【〔〈“‘([');

/** The text in units that are not split: a run of Latin letters and digits, or one character. */
function units(text: string): string[] {
  return text.match(/[0-9A-Za-z][0-9A-Za-z.\-_%]*|[\s\S]/gu) ?? [];
}

/**
 * Breaks text into lines no wider than `width`, as Chinese is set: between any two
 * characters, never before closing punctuation (it hangs on the line before) nor after
 * opening punctuation, and not inside a Latin word or number. `measure` gives a piece's
 * width, and a line is as wide as its pieces together (no kerning across them). At most
 * `maxLines` lines; when the text is longer, the last line ends in … within the width.
 */
export function breakLines(
  text: string,
  width: number,
  maxLines: number,
  measure: (s: string) => number,
): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  let lineWidth = 0;
  for (const unit of units(text.trim())) {
    const unitWidth = measure(unit);
    if (lineWidth + unitWidth <= width || line.length === 0 || NO_LINE_START.has(unit)) {
      line.push(unit);
      lineWidth += unitWidth;
      continue;
    }
    // An opening bracket at the end of a full line moves down with the unit after it.
    const carried = line.length > 1 && NO_LINE_END.has(line.at(-1)!) ? line.splice(-1) : [];
    lines.push(line.join(''));
    line = [...carried, ...(unit.trim() ? [unit] : [])];
    lineWidth = line.reduce((sum, u) => sum + measure(u), 0);
  }
  if (line.length) lines.push(line.join(''));
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const cut = [...kept[maxLines - 1]!];
  while (cut.length && measure(cut.join('')) + measure('…') > width) cut.pop();
  kept[maxLines - 1] = `${cut.join('')}…`;
  return kept;
}
