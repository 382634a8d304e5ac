import { describe, expect, it } from 'vitest';
import {
  breakLines,
  feedIconLayers,
  shareCardLayers,
  shareSize,
  textTop,
  type DrawStep,
  type ShareCardData,
} from './card.ts';

/** Every text of a layer, in drawing order. */
const texts = (steps: DrawStep[]): string[] =>
  steps.flatMap((s) =>
    s.step === 'pills' ? s.pills.map((p) => p.text) : 'text' in s ? [s.text] : [],
  );

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
      ['扶', '扶贫日活动专题网站', '脱贫故事'],
      ['驻村两年'],
    ],
  ])('%o', (card, background, text) => {
    const layers = shareCardLayers(card);
    expect(texts(layers.background)).toEqual(background);
    expect(texts(layers.text)).toEqual(text);
  });

  it('gives every entry of one kind and campaign the same background', () => {
    const a = shareCardLayers(base);
    const b = shareCardLayers({ ...base, title: '另一篇', line: '2021年1月1日' });
    expect(b.background).toEqual(a.background);
    expect(b.text).not.toEqual(a.text);
  });

  it('starts with an opaque paper box of the whole card, and draws text only below textTop', () => {
    const { background, text } = shareCardLayers({ ...base, title: '长'.repeat(80) });
    expect(background[0]).toMatchObject({ step: 'box', x: 0, y: 0, ...shareSize });
    for (const step of text) {
      expect(['text', 'paragraph']).toContain(step.step);
      expect(
        step.y - ('size' in step && step.step === 'text' ? step.size : 0),
      ).toBeGreaterThanOrEqual(textTop);
    }
    expect(text[0]).toMatchObject({ step: 'paragraph', maxLines: 3 });
  });

  it('sets long titles smaller', () => {
    const size = (title: string) => {
      const step = shareCardLayers({ ...base, title }).text[0]!;
      return step.step === 'paragraph' ? step.size : 0;
    };
    expect(size('短'.repeat(20))).toBeGreaterThan(size('中'.repeat(30)));
    expect(size('中'.repeat(30))).toBeGreaterThan(size('长'.repeat(50)));
  });

  it('draws the feed icon as the mark alone', () => {
    const icon = feedIconLayers(144);
    expect(texts(icon.background)).toEqual(['扶']);
    expect(icon.background[0]).toMatchObject({ step: 'box', width: 144, height: 144 });
    expect(icon.text).toEqual([]);
  });
});

describe('breakLines: Chinese line breaking within a width', () => {
  // Every character 1 wide, a Latin run as wide as its letters.
  const measure = (s: string) => [...s].length;

  it('fills each line and breaks between any two characters', () => {
    expect(breakLines('扶贫日消费扶贫爱心认购', 4, 3, measure)).toEqual([
      '扶贫日消',
      '费扶贫爱',
      '心认购',
    ]);
  });

  it('hangs closing punctuation on the line before rather than starting a line with it', () => {
    expect(breakLines('驻村两年，路通了。', 4, 3, measure)).toEqual(['驻村两年，', '路通了。']);
  });

  it('moves an opening bracket down with the character after it', () => {
    expect(breakLines('宣讲进社（示例）', 5, 3, measure)).toEqual(['宣讲进社', '（示例）']);
  });

  it('keeps a number or Latin word whole', () => {
    expect(breakLines('第2020届APP', 4, 3, measure)).toEqual(['第', '2020', '届APP']);
  });

  it('cuts at maxLines and ends the last line with … within the width', () => {
    const lines = breakLines('一二三四五六七八九十', 3, 2, measure);
    expect(lines).toEqual(['一二三', '四五…']);
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(3);
  });

  it('gives an empty title no lines', () => {
    expect(breakLines('  ', 10, 3, measure)).toEqual([]);
  });
});
