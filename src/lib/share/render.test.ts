import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pngSize } from './png-size.test-support.ts';
import { colours, shareCardLayers, shareSize, textTop } from './card.ts';
import sharp from 'sharp';
import { renderShareImage, shareImageKey } from './render.ts';

const cache = mkdtempSync(join(tmpdir(), 'share-images-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const card = (title: string) =>
  shareCardLayers({
    kind: '通知公告',
    title,
    line: '2020年10月14日',
    example: false,
    site: '扶贫日活动专题网站',
  });

describe('renderShareImage: PNGs rendered once and cached by content', () => {
  it('renders a 1200×630 PNG, then serves the same bytes from the cache', async () => {
    const first = renderShareImage(card('关于印发扶贫日活动方案的通知'), shareSize, cache);
    expect(first.cached).toBe(false);
    expect(pngSize(first.png)).toEqual({ width: 1200, height: 630 });
    const again = renderShareImage(card('关于印发扶贫日活动方案的通知'), shareSize, cache);
    expect(again.cached).toBe(true);
    expect(Buffer.compare(again.png, first.png)).toBe(0);
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('renders anew when the title changes, and the picture differs', async () => {
    const other = renderShareImage(card('另一份通知'), shareSize, cache);
    expect(other.cached).toBe(false);
    expect(readdirSync(cache)).toHaveLength(2);
    const first = renderShareImage(card('关于印发扶贫日活动方案的通知'), shareSize, cache);
    expect(Buffer.compare(other.png, first.png)).not.toBe(0);
  });

  it('keys images by tree and size', () => {
    expect(shareImageKey(card('甲'), shareSize)).toBe(shareImageKey(card('甲'), shareSize));
    expect(shareImageKey(card('甲'), shareSize)).not.toBe(shareImageKey(card('乙'), shareSize));
    expect(shareImageKey(card('甲'), shareSize)).not.toBe(
      shareImageKey(card('甲'), { width: 600, height: 315 }),
    );
  });
});

/** The rows of an image (RGB) that differ between two PNGs of one size. */
async function differingRows(a: Buffer, b: Buffer): Promise<number[]> {
  const [pa, pb] = await Promise.all([a, b].map((png) => sharp(png).raw().toBuffer()));
  const row = shareSize.width * 3;
  const rows: number[] = [];
  for (let y = 0; y < shareSize.height; y++)
    if (Buffer.compare(pa!.subarray(y * row, (y + 1) * row), pb!.subarray(y * row, (y + 1) * row)))
      rows.push(y);
  return rows;
}

describe('renderPng: the text of an entry laid over a shared background', () => {
  it('draws the title and date below the pills, and the rest is the background', async () => {
    const a = renderShareImage(card('关于印发扶贫日活动方案的通知'), shareSize, cache);
    const b = renderShareImage(card('驻村两年，我看着村里的路通了'), shareSize, cache);
    const rows = await differingRows(a.png, b.png);
    expect(rows.length).toBeGreaterThan(40);
    expect(Math.min(...rows)).toBeGreaterThanOrEqual(textTop);
  });

  it('draws the background of another kind anew', async () => {
    const notice = renderShareImage(card('同一标题'), shareSize, cache);
    const story = renderShareImage(
      shareCardLayers({
        kind: '脱贫故事',
        title: '同一标题',
        example: false,
        site: '扶贫日活动专题网站',
      }),
      shareSize,
      cache,
    );
    expect(Math.min(...(await differingRows(notice.png, story.png)))).toBeLessThan(textTop);
  });
});

describe('the picture', () => {
  it('is an 8-bit palette PNG in the card colours, with the title drawn in ink', async () => {
    const { png } = renderShareImage(card('驻村两年'), shareSize, cache);
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect([png[24], png[25]]).toEqual([8, 3]); // IHDR: 8 bits, colour type 3 (palette)
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    const colour = (x: number, y: number) => {
      const p = (y * info.width + x) * info.channels;
      return `#${[...data.subarray(p, p + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    };
    expect(colour(600, 10)).toBe(colours.brand); // the top border
    expect(colour(1150, 300)).toBe(colours.paper);
    // Somewhere on the title's first line the ink is solid.
    const line = textTop + 28 + 44;
    const inked = Array.from({ length: 400 }, (_, x) => colour(72 + x, line)).filter(
      (c) => c === colours.ink,
    );
    expect(inked.length).toBeGreaterThan(10);
  });
});
