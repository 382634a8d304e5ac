import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { barChart, runningTotalChart, type Datum } from './svg-charts.ts';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  isArray: (_name: string, _path: unknown, _leaf: boolean, attribute: boolean) => !attribute,
});
type Node = Record<string, unknown>;
const svgOf = (text: string) => (parser.parse(text) as { svg: Node[] }).svg[0] as Node;
const marks = (svg: Node, tag: string) =>
  ((svg[tag] as Node[] | undefined) ?? []).filter((n) => n['data-value'] !== undefined);
const texts = (svg: Node) =>
  ((svg.text as (Node | string)[] | undefined) ?? []).map((t) =>
    String(typeof t === 'object' ? t['#text'] : t),
  );

const data: Datum[] = [
  { label: '甲县', value: 6 },
  { label: '乙县 <&>', value: 0 },
  { label: '丙区', value: 3 },
];

describe('barChart', () => {
  const svg = svgOf(barChart(data, { id: 'c1', title: '各县进度', desc: '已结对村数', max: 12 }));
  it('draws one bar a datum, its value on it and as text', () => {
    expect(marks(svg, 'rect').map((r) => [r['data-label'], Number(r['data-value'])])).toEqual(
      data.map((d) => [d.label, d.value]),
    );
    for (const d of data) expect(texts(svg)).toContain(String(d.value));
    expect(texts(svg)).toContain('乙县 <&>');
  });
  it.each([
    ['甲县', 6],
    ['丙区', 3],
  ])('scales %s to its value against the given maximum', (label, value) => {
    const bars = marks(svg, 'rect');
    const bar = bars.find((r) => r['data-label'] === label) as Node;
    const frame = (svg.rect as Node[]).find((r) => r.fill === 'none') as Node;
    expect(Number(bar.width) / Number(frame.width)).toBeCloseTo(value / 12, 2);
  });
  it('names itself for screen readers and has no style attribute', () => {
    expect(svg.role).toBe('img');
    expect(svg['aria-labelledby']).toBe('c1-title c1-desc');
    expect(svg.title).toEqual([{ '#text': '各县进度', id: 'c1-title' }]);
    expect(barChart(data, { id: 'x', title: 't', desc: 'd' })).not.toMatch(/style=|<script/);
  });
});

describe('runningTotalChart', () => {
  const months: Datum[] = [
    { label: '8月', value: 2 },
    { label: '9月', value: 7 },
    { label: '10月', value: 16 },
  ];
  const svg = svgOf(runningTotalChart(months, { id: 'c2', title: '逐月', desc: '累计' }));
  it('draws one point a month, higher for a larger total', () => {
    const points = marks(svg, 'circle');
    expect(points.map((p) => [p['data-label'], Number(p['data-value'])])).toEqual(
      months.map((d) => [d.label, d.value]),
    );
    const ys = points.map((p) => Number(p.cy));
    expect(ys[0]).toBeGreaterThan(ys[1] as number);
    expect(ys[1]).toBeGreaterThan(ys[2] as number);
    for (const d of months) expect(texts(svg)).toContain(d.label);
  });
  it('draws a single month without a line', () => {
    const one = svgOf(
      runningTotalChart([{ label: '10月', value: 1 }], { id: 'c3', title: 't', desc: 'd' }),
    );
    expect(marks(one, 'circle')).toHaveLength(1);
    expect(one.polyline).toBeUndefined();
  });
});
