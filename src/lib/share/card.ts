/**
 * The layout of share images (the picture a chat app or social site shows beside a
 * shared link) as a tree of plain objects that satori lays out: the campaign's mark,
 * the page's type, title and date, in two layers (render.ts draws the background once
 * per kind and campaign, the text per entry). Pure.
 */

/** One box of the layout, in the element-tree form satori reads. */
export interface CardNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: (CardNode | string)[] | string };
}

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

const BRAND = '#a11b1b';
const INK = '#1f2328';
const MUTED = '#4b5563';
const PAPER = '#fffdf8';

const box = (
  style: CardNode['props']['style'],
  children?: CardNode['props']['children'],
): CardNode => ({
  type: 'div',
  props: children === undefined ? { style } : { style, children },
});

/** The campaign's mark: 扶 in white on the brand red, as in the site's icon. */
export function markNode(size: number): CardNode {
  return box(
    {
      display: 'flex',
      alignItems: 'center',
      justifyContent: 'center',
      width: size,
      height: size,
      borderRadius: size * 0.19,
      backgroundColor: BRAND,
      color: '#ffffff',
      fontSize: size * 0.62,
      fontWeight: 700,
      lineHeight: 1,
    },
    '扶',
  );
}

const pill = (text: string, filled: boolean) =>
  box(
    {
      display: 'flex',
      alignItems: 'center',
      height: 60,
      padding: '0 20px',
      borderRadius: 999,
      fontSize: 30,
      fontWeight: 700,
      border: `3px solid ${BRAND}`,
      backgroundColor: filled ? BRAND : PAPER,
      color: filled ? '#ffffff' : BRAND,
    },
    text,
  );

/**
 * A share image in two layers: the background, the same for every entry of one kind and
 * campaign (rendered once per build), and the entry's own text (title and date) on a
 * transparent layer of the same layout, laid over it. Only the text is drawn per entry.
 */
export interface ShareLayers {
  background: CardNode;
  text?: CardNode | undefined;
}

/** Where the text layer's first pixel can be: below the border 24, padding 48, the mark's row 88, gap 40 and pills 60. */
export const textTop = 24 + 48 + 88 + 40 + 60;

/**
 * The card's frame with its rows: the mark and site, the pills, the title, then the
 * bottom row. Both layers are made by this one function, so their boxes fall on the same
 * pixels; each fills in its own rows and leaves the others as empty boxes of their size.
 */
function frame(
  opaque: boolean,
  rows: { head?: CardNode[]; pills?: CardNode[]; title?: CardNode; bottom: CardNode },
): CardNode {
  return box(
    {
      display: 'flex',
      flexDirection: 'column',
      width: shareSize.width,
      height: shareSize.height,
      fontFamily: 'Noto Sans SC',
      color: INK,
      borderTop: `24px solid ${opaque ? BRAND : 'transparent'}`,
      ...(opaque ? { backgroundColor: PAPER } : {}),
    },
    [
      box(
        { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 72px 40px 72px' },
        [
          box({ display: 'flex', alignItems: 'center', gap: 24, height: 88 }, rows.head ?? []),
          box({ display: 'flex', gap: 16, marginTop: 40, height: 60 }, rows.pills ?? []),
          rows.title ?? box({ display: 'flex' }),
          box({ display: 'flex', flexGrow: 1 }),
          rows.bottom,
        ],
      ),
    ],
  );
}

const bottomRow = (justify: string, style: CardNode['props']['style'], text: string) =>
  box({ display: 'flex', justifyContent: justify, fontSize: 32, ...style }, text);

/** The two layers of a 1200×630 share image for a page. */
export function shareCardLayers(card: ShareCardData): ShareLayers {
  const titleSize = card.title.length > 40 ? 52 : card.title.length > 24 ? 60 : 68;
  const background = frame(true, {
    head: [
      markNode(88),
      box({ display: 'flex', fontSize: 36, fontWeight: 700, color: BRAND }, card.site),
    ],
    pills: [pill(card.kind, true), ...(card.example ? [pill('示例', false)] : [])],
    bottom: bottomRow('flex-end', { fontWeight: 700, color: BRAND }, card.campaign ?? ''),
  });
  const text = frame(false, {
    title: box(
      {
        display: 'block',
        marginTop: 28,
        fontSize: titleSize,
        fontWeight: 700,
        lineHeight: 1.3,
        lineClamp: 3,
      },
      card.title,
    ),
    bottom: bottomRow('flex-start', { color: MUTED }, card.line ?? ''),
  });
  return { background, text };
}

/** The tree of the small square image feeds show: the mark alone. */
export function feedIconNode(size: number): CardNode {
  return box({ display: 'flex', width: size, height: size, fontFamily: 'Noto Sans SC' }, [
    markNode(size),
  ]);
}
