import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pngSize } from './png-size.test-support.ts';
import { shareCardNode, shareSize } from './card.ts';
import { renderShareImage, shareImageKey } from './render.ts';

const cache = mkdtempSync(join(tmpdir(), 'share-images-'));
afterAll(() => rmSync(cache, { recursive: true, force: true }));
const card = (title: string) =>
  shareCardNode({
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
