import { describe, expect, it } from 'vitest';
import {
  feedIconNode,
  shareCardLayers,
  shareSize,
  type CardNode,
  type ShareCardData,
} from './card.ts';

/** Every text of a tree, in order. */
const texts = (node: CardNode | string): string[] =>
  typeof node === 'string'
    ? [node]
    : typeof node.props.children === 'string'
      ? [node.props.children]
      : (node.props.children ?? []).flatMap(texts);

const base: ShareCardData = {
  kind: '脱贫故事',
  title: '驻村两年',
  line: '2020年10月12日',
  campaign: '2020年扶贫日',
  example: false,
  site: '扶贫日活动专题网站',
};

describe('shareCardLayers: what a share image says, and on which layer', () => {
  it.each([
    [
      base,
      ['扶', '扶贫日活动专题网站', '脱贫故事', '2020年扶贫日'],
      ['驻村两年', '2020年10月12日'],
    ],
    [
      { ...base, example: true },
      ['扶', '扶贫日活动专题网站', '脱贫故事', '示例', '2020年扶贫日'],
      ['驻村两年', '2020年10月12日'],
    ],
    [
      { ...base, line: undefined, campaign: undefined },
      ['扶', '扶贫日活动专题网站', '脱贫故事', ''],
      ['驻村两年', ''],
    ],
  ])('%o', (card, background, text) => {
    const layers = shareCardLayers(card);
    expect(texts(layers.background)).toEqual(background);
    expect(texts(layers.text!)).toEqual(text);
  });

  it('gives every entry of one kind and campaign the same background', () => {
    const a = shareCardLayers(base);
    const b = shareCardLayers({ ...base, title: '另一篇', line: '2021年1月1日' });
    expect(b.background).toEqual(a.background);
    expect(b.text).not.toEqual(a.text);
  });

  it('is 1200×630 in both layers, only the background opaque, and keeps long titles to three lines', () => {
    const { background, text } = shareCardLayers({ ...base, title: '长'.repeat(80) });
    for (const layer of [background, text!])
      expect(layer.props.style).toMatchObject({
        width: shareSize.width,
        height: shareSize.height,
      });
    expect(background.props.style.backgroundColor).toBeDefined();
    expect(text!.props.style.backgroundColor).toBeUndefined();
    const title = JSON.stringify(text!).match(
      /\{"style":\{[^}]*"lineClamp":3[^}]*\},"children":"长+"\}/,
    );
    expect(title).not.toBeNull();
  });

  it('draws the feed icon as the mark alone', () => {
    expect(texts(feedIconNode(144))).toEqual(['扶']);
    expect(feedIconNode(144).props.style).toMatchObject({ width: 144, height: 144 });
  });
});
