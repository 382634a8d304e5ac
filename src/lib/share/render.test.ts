import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pngSize } from './png-size.test-support.ts';
import { shareCardLayers, shareSize, textTop } from './card.ts';
import sharp from 'sharp';
import { blendOver, renderShareImage, shareImageKey } from './render.ts';

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
    const first = await renderShareImage(card('关于印发扶贫日活动方案的通知'), shareSize, cache);
    expect(first.cached).toBe(false);
    expect(pngSize(first.png)).toEqual({ width: 1200, height: 630 });
    const again = await renderShareImage(card('关于印发扶贫日活动方案的通知'), shareSize, cache);
    expect(again.cached).toBe(true);
    expect(Buffer.compare(again.png, first.png)).toBe(0);
    expect(readdirSync(cache)).toHaveLength(1);
  });

  it('renders anew when the title changes, and the picture differs', async () => {
    const other = await renderShareImage(card('另一份通知'), shareSize, cache);
    expect(other.cached).toBe(false);
    expect(readdirSync(cache)).toHaveLength(2);
    const first = await renderShareImage(card('关于印发扶贫日活动方案的通知'), shareSize, cache);
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
    const a = await renderShareImage(card('关于印发扶贫日活动方案的通知'), shareSize, cache);
    const b = await renderShareImage(card('驻村两年，我看着村里的路通了'), shareSize, cache);
    const rows = await differingRows(a.png, b.png);
    expect(rows.length).toBeGreaterThan(40);
    expect(Math.min(...rows)).toBeGreaterThanOrEqual(textTop);
  });

  it('draws the background of another kind anew', async () => {
    const notice = await renderShareImage(card('同一标题'), shareSize, cache);
    const story = await renderShareImage(
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

describe('blendOver: premultiplied RGBA over RGB', () => {
  it.each([
    ['transparent keeps the base', [9, 9, 9, 0], [200, 100, 50]],
    ['opaque replaces it', [10, 20, 30, 255], [10, 20, 30]],
    ['half-covered black text halves it', [0, 0, 0, 128], [100, 50, 25]],
    ['half-covered white adds to the half kept', [128, 128, 128, 128], [228, 178, 153]],
  ])('%s', (_name, layer, expected) => {
    const base = Uint8Array.from([200, 100, 50]);
    blendOver(base, Uint8Array.from(layer));
    expect([...base]).toEqual(expected);
  });

  it('blends pixel by pixel', () => {
    const base = new Uint8Array(2 * 3).fill(7);
    blendOver(base, Uint8Array.from([0, 0, 0, 0, 1, 2, 3, 255]));
    expect([...base]).toEqual([7, 7, 7, 1, 2, 3]);
  });
});
