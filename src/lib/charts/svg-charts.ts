/**
 * Charts as plain SVG text, drawn at build time: a horizontal bar chart (one bar a county)
 * and a running-total chart (one point a month). Each carries a <title> and <desc> for
 * screen readers and writes every value as text beside its mark; colours are presentation
 * attributes, never `style=`, so the page's CSP holds. Each mark also carries data-label
 * and data-value, so a test can read the chart back.
 */

/** One bar or point: its label and value. */
export interface Datum {
  label: string;
  value: number;
}

/** What every chart takes. */
export interface ChartOptions {
  /** Unique on the page: the chart's title and description ids derive from it. */
  id: string;
  title: string;
  desc: string;
  /** The largest value the axis must reach (a target); the data's own maximum otherwise. */
  max?: number;
}

const escape = (text: string) =>
  text.replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c,
  );

const round = (n: number) => Math.round(n * 10) / 10;
const INK = '#1f2937';
const BAR = '#b91c1c';
const GRID = '#d1d5db';

function frame(o: ChartOptions, width: number, height: number, body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="100%" role="img" aria-labelledby="${o.id}-title ${o.id}-desc" class="chart" font-size="14" fill="${INK}">`,
    `<title id="${o.id}-title">${escape(o.title)}</title>`,
    `<desc id="${o.id}-desc">${escape(o.desc)}</desc>`,
    ...body,
    '</svg>',
  ].join('');
}

/** A horizontal bar chart: one row a datum, its value written at the bar's end. */
export function barChart(data: readonly Datum[], o: ChartOptions): string {
  const width = 640;
  const labelWidth = 150;
  const plot = width - labelWidth - 60;
  const row = 32;
  const height = data.length * row + 16;
  const max = Math.max(o.max ?? 0, ...data.map((d) => d.value), 1);
  const body = data.flatMap((d, i) => {
    const y = 8 + i * row;
    const w = round((d.value / max) * plot);
    return [
      `<text x="${labelWidth - 8}" y="${y + 20}" text-anchor="end">${escape(d.label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${plot}" height="22" fill="none" stroke="${GRID}"/>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${w}" height="22" fill="${BAR}" data-label="${escape(d.label)}" data-value="${d.value}"/>`,
      `<text x="${round(labelWidth + w + 6)}" y="${y + 20}">${d.value}</text>`,
    ];
  });
  return frame(o, width, height, body);
}

/** A running total over time: one point a datum (its value the total so far), joined by a line. */
export function runningTotalChart(data: readonly Datum[], o: ChartOptions): string {
  const width = 640;
  const height = 260;
  const [left, right, top, bottom] = [48, 24, 24, 40];
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = Math.max(o.max ?? 0, ...data.map((d) => d.value), 1);
  const step = data.length > 1 ? plotW / (data.length - 1) : 0;
  const at = (i: number, v: number) => ({
    x: round(left + (data.length > 1 ? i * step : plotW / 2)),
    y: round(top + plotH - (v / max) * plotH),
  });
  const points = data.map((d, i) => at(i, d.value));
  const body = [
    `<line x1="${left}" y1="${top + plotH}" x2="${width - right}" y2="${top + plotH}" stroke="${INK}"/>`,
    `<line x1="${left}" y1="${top}" x2="${width - right}" y2="${top}" stroke="${GRID}" stroke-dasharray="4 4"/>`,
    `<text x="${left - 6}" y="${top + 5}" text-anchor="end">${max}</text>`,
    `<text x="${left - 6}" y="${top + plotH + 5}" text-anchor="end">0</text>`,
    points.length > 1
      ? `<polyline points="${points.map((p) => `${p.x},${p.y}`).join(' ')}" fill="none" stroke="${BAR}" stroke-width="3"/>`
      : '',
    ...data.flatMap((d, i) => {
      const p = points[i] ?? { x: 0, y: 0 };
      return [
        `<circle cx="${p.x}" cy="${p.y}" r="5" fill="${BAR}" data-label="${escape(d.label)}" data-value="${d.value}"/>`,
        `<text x="${p.x}" y="${round(p.y - 10)}" text-anchor="middle">${d.value}</text>`,
        `<text x="${p.x}" y="${top + plotH + 24}" text-anchor="middle">${escape(d.label)}</text>`,
      ];
    }),
  ];
  return frame(o, width, height, body);
}
