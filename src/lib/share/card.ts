/**
 * The layout of share images (the picture a chat app or social site shows beside a
 * shared link) as a tree of plain objects that satori lays out: the campaign's mark,
 * the page's type, title and date. Pure: share-image.ts renders it.
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
      padding: '6px 20px',
      borderRadius: 999,
      fontSize: 30,
      fontWeight: 700,
      border: `3px solid ${BRAND}`,
      backgroundColor: filled ? BRAND : PAPER,
      color: filled ? '#ffffff' : BRAND,
    },
    text,
  );

/** The tree of a 1200×630 share image for a page. */
export function shareCardNode(card: ShareCardData): CardNode {
  const titleSize = card.title.length > 40 ? 52 : card.title.length > 24 ? 60 : 68;
  return box(
    {
      display: 'flex',
      flexDirection: 'column',
      width: shareSize.width,
      height: shareSize.height,
      backgroundColor: PAPER,
      fontFamily: 'Noto Sans SC',
      color: INK,
      borderTop: `24px solid ${BRAND}`,
    },
    [
      box(
        { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '48px 72px 40px 72px' },
        [
          box({ display: 'flex', alignItems: 'center', gap: 24 }, [
            markNode(88),
            box({ display: 'flex', fontSize: 36, fontWeight: 700, color: BRAND }, card.site),
          ]),
          box({ display: 'flex', gap: 16, marginTop: 40 }, [
            pill(card.kind, true),
            ...(card.example ? [pill('示例', false)] : []),
          ]),
          box(
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
          box({ display: 'flex', flexGrow: 1 }),
          box(
            {
              display: 'flex',
              justifyContent: 'space-between',
              alignItems: 'flex-end',
              fontSize: 32,
              color: MUTED,
            },
            [
              box({ display: 'flex' }, card.line ?? ''),
              box({ display: 'flex', color: BRAND, fontWeight: 700 }, card.campaign ?? ''),
            ],
          ),
        ],
      ),
    ],
  );
}

/** The tree of the small square image feeds show: the mark alone. */
export function feedIconNode(size: number): CardNode {
  return box({ display: 'flex', width: size, height: size, fontFamily: 'Noto Sans SC' }, [
    markNode(size),
  ]);
}
