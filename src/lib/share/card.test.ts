import { describe, expect, it } from 'vitest';
import {
  feedIconNode,
  shareCardNode,
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

describe('shareCardNode: what a share image says', () => {
  it.each([
    [base, ['扶', '扶贫日活动专题网站', '脱贫故事', '驻村两年', '2020年10月12日', '2020年扶贫日']],
    [
      { ...base, example: true },
      [
        '扶',
        '扶贫日活动专题网站',
        '脱贫故事',
        '示例',
        '驻村两年',
        '2020年10月12日',
        '2020年扶贫日',
      ],
    ],
    [
      { ...base, line: undefined, campaign: undefined },
      ['扶', '扶贫日活动专题网站', '脱贫故事', '驻村两年', '', ''],
    ],
  ])('%o', (card, expected) => {
    expect(texts(shareCardNode(card))).toEqual(expected);
  });

  it('is 1200×630 and keeps long titles to three lines', () => {
    const node = shareCardNode({ ...base, title: '长'.repeat(80) });
    expect(node.props.style).toMatchObject({ width: shareSize.width, height: shareSize.height });
    const title = JSON.stringify(node).match(
      /\{"style":\{[^}]*"lineClamp":3[^}]*\},"children":"长+"\}/,
    );
    expect(title).not.toBeNull();
  });

  it('draws the feed icon as the mark alone', () => {
    expect(texts(feedIconNode(144))).toEqual(['扶']);
    expect(feedIconNode(144).props.style).toMatchObject({ width: 144, height: 144 });
  });
});
