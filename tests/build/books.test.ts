/**
 * The books the public checks, read from the built site: the pairing tracker (its headline,
 * its SVG charts against its tables, the per-county pages, the enterprises' and villages'
 * pages), the appeals' open books (the table's running totals against the CSV download,
 * parsed with csv-parse) and the feeds of both. Expected numbers are counted here from the
 * content files themselves.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { DomUtils, parseDocument } from 'htmlparser2';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { distDir, page, textOf } from '../support/dist.ts';
import { site } from '../../src/lib/site/site.ts';

type Front = Record<string, unknown>;
const frontOf = (file: string): Front =>
  parseYaml(readFileSync(file, 'utf8').split(/^---$/m)[1] ?? '') as Front;
const folder = (name: string) =>
  readdirSync(join('src/content', name))
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ id: f.replace(/\.md$/, ''), data: frontOf(join('src/content', name, f)) }))
    .filter((e) => !e.data.draft);
const yamlList = (name: string) =>
  parseYaml(readFileSync(`src/content/${name}.yaml`, 'utf8')) as Front[];

const programmes = folder('programmes');
const lists = folder('pairings');
const regions = yamlList('regions');
const enterprises = yamlList('enterprises');
const villages = yamlList('villages');
const slugOf = (list: Front[], name: unknown) => list.find((x) => x.name === name)?.slug as string;
type Row = { enterprise: string; village: string; signed: string };

const doc = (path: string) => parseDocument(page(path));
/** The rows of the table marked `data-${mark}` (or a table with that attribute and value), as cell texts. */
function tableRows(path: string, attr: string, value?: string): string[][] {
  const table = DomUtils.findOne(
    (e) =>
      e.name === 'table' && attr in e.attribs && (value === undefined || e.attribs[attr] === value),
    doc(path).children,
  );
  expect(table, `${attr} on ${path}`).toBeTruthy();
  const body = DomUtils.findOne((e) => e.name === 'tbody', [table!]);
  const headers = DomUtils.findAll(
    (e) => e.name === 'th',
    [DomUtils.findOne((e) => e.name === 'thead', [table!])!],
  ).map((th) => DomUtils.textContent(th).trim());
  return DomUtils.findAll((e) => e.name === 'tr', [body!]).map((tr) =>
    DomUtils.findAll((e) => e.name === 'td' || e.name === 'th', tr.children).map((c, i) => {
      // On a phone each row is a card whose cells name their column: the label is the header's.
      // (The charts' small tables stay tables.)
      const label = DomUtils.findOne((e) => 'data-cell-label' in e.attribs, [c]);
      if (attr === 'data-pairings' || attr === 'data-ledger')
        expect(label && DomUtils.textContent(label)).toBe(`${headers[i]}：`);
      return DomUtils.textContent(c)
        .replace(label ? DomUtils.textContent(label) : '', '')
        .trim();
    }),
  );
}
const svgParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
/** The marks (data-label, data-value) of the SVG chart with this id on a page. */
function chartMarks(path: string, id: string): [string, number][] {
  const svg = new RegExp(`<svg[^>]*aria-labelledby="${id}-title[\\s\\S]*?</svg>`).exec(
    page(path),
  )?.[0];
  expect(svg, `${id} on ${path}`).toBeTruthy();
  expect(svg).not.toMatch(/\sstyle=/);
  const root = svgParser.parse(svg!).svg as Record<string, Front | Front[]>;
  return ['rect', 'circle'].flatMap((tag) =>
    [root[tag] ?? []]
      .flat()
      .flatMap((m) =>
        m['data-value'] === undefined
          ? []
          : [[String(m['data-label']), Number(m['data-value'])] as [string, number]],
      ),
  );
}
const number = (text: string) => Number(text.replace(/[,，\s元]/g, ''));

describe.each(programmes.map((p) => [p.id, p] as const))('the tracker of %s', (id, programme) => {
  const url = `/programmes/${id}/`;
  const mine = lists.filter((l) => l.data.programme === id);
  const rows = mine.flatMap((l) =>
    (l.data.pairings as Row[]).map((p) => ({ ...p, region: String(l.data.region) })),
  );
  const paired = new Set(rows.map((r) => r.village)).size;
  const target = Number(programme.data.target);
  const counties = programme.data.regions as string[];
  const headline = `已结对 ${paired} / ${target} 个村（${Math.round((paired / target) * 1000) / 10}%）`;

  it('says how many of the target are paired, with the share, on its page and the home page', () => {
    expect(rows.length).toBeGreaterThan(0);
    expect(textOf(page(url))).toContain(headline);
    if (programme.data.status === 'open') expect(textOf(page('/'))).toContain(headline);
    expect(textOf(page('/programmes/'))).toContain(headline);
  });

  it('draws the counties as a bar chart whose numbers are the table’s and the content’s', () => {
    const table = tableRows(url, 'data-table', 'regions').map(([name, villagesPaired, pairs]) => [
      name,
      Number(villagesPaired),
      Number(pairs),
    ]);
    expect(table).toEqual(
      counties.map((c) => {
        const here = rows.filter((r) => r.region === c);
        return [c, new Set(here.map((r) => r.village)).size, here.length];
      }),
    );
    expect(chartMarks(url, 'chart-regions')).toEqual(table.map(([name, n]) => [name, n]));
  });

  it('draws the months as a running total whose points are the table’s, ending at the headline number', () => {
    const table = tableRows(url, 'data-table', 'months');
    expect(chartMarks(url, 'chart-months')).toEqual(
      table.map(([label, , total]) => [label, Number(total)]),
    );
    expect(table.reduce((sum, [, added]) => sum + Number(added), 0)).toBe(paired);
    expect(Number(table.at(-1)?.[2])).toBe(paired);
  });

  it.each(counties.map((c) => [c] as const))(
    'has a static page for %s listing exactly its pairings',
    (county) => {
      const path = `/programmes/${id}/region/${slugOf(regions, county)}/`;
      expect(page(url)).toContain(`href="${path}"`);
      const shown = tableRows(path, 'data-pairings');
      const expected = rows.filter((r) => r.region === county);
      expect(shown.map((cells) => `${cells[1]}→${cells[2]}`).sort()).toEqual(
        expected.map((r) => `${r.enterprise}→${r.village}`).sort(),
      );
      expect(readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8')).toContain(`${site.url}${path}`);
      expect(existsSync(join(distDir, 'zh-hant', path, 'index.html'))).toBe(true);
      expect(existsSync(join(distDir, 'elder', path, 'index.html'))).toBe(true);
    },
  );

  it('lists every pairing on the enterprise’s and the village’s page', () => {
    for (const r of rows) {
      const e = tableRows(`/enterprises/${slugOf(enterprises, r.enterprise)}/`, 'data-pairings');
      expect(
        e.some((cells) => cells.includes(r.village)),
        r.enterprise,
      ).toBe(true);
      const v = tableRows(`/villages/${slugOf(villages, r.village)}/`, 'data-pairings');
      expect(
        v.some((cells) => cells.includes(r.enterprise)),
        r.village,
      ).toBe(true);
    }
  });

  it('has a feed with an item for every pairing, each linking to its row', () => {
    const xml = readFileSync(join(distDir, url, 'rss.xml'), 'utf8');
    const items = [new XMLParser().parse(xml).rss.channel.item].flat() as {
      link: string;
      title: string;
    }[];
    expect(items).toHaveLength(Math.min(50, rows.length));
    for (const item of items) {
      const link = new URL(item.link);
      const [, anchor] = item.link.split('#');
      expect(page(link.pathname)).toContain(`id="${anchor}"`);
    }
    for (const r of rows)
      expect(items.some((i) => i.title.includes(r.enterprise) && i.title.includes(r.village))).toBe(
        true,
      );
  });
});

const appeals = folder('appeals').filter(
  (a) => Array.isArray(a.data.ledger) && a.data.ledger.length,
);
describe.each(appeals.map((a) => [a.id, a] as const))('the open books of %s', (id, appeal) => {
  const url = `/appeals/${id}/`;
  const ledger = appeal.data.ledger as {
    date: string;
    amount: number;
    item: string;
    recipient: string;
  }[];
  const csvText = readFileSync(join(distDir, url, 'ledger.csv'), 'utf8');
  const csv = parseCsv(csvText, { bom: true, columns: true }) as Record<string, string>[];
  const totals = (key: string) => {
    const el = DomUtils.findOne((e) => e.attribs['data-total'] === key, doc(url).children);
    return number(DomUtils.textContent(el!));
  };

  it('offers the ledger as CSV, UTF-8 with a byte-order mark, one row a line', () => {
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(page(url)).toContain(`href="${url}ledger.csv"`);
    expect(csv.map((r) => [r['用途'], Number(r['金额（元）']), r['接收方']])).toEqual(
      ledger.map((l) => [l.item, l.amount, l.recipient]),
    );
  });

  it('shows running totals that match the CSV and add up to raised − spent', () => {
    const table = tableRows(url, 'data-ledger');
    expect(table.map((cells) => [number(cells[4]!), number(cells[5]!)])).toEqual(
      csv.map((r) => [Number(r['累计支出（元）']), Number(r['余额（元）'])]),
    );
    const spent = ledger.reduce((s, l) => s + l.amount, 0);
    expect(totals('spent')).toBe(spent);
    expect(totals('raised')).toBe(appeal.data.raised);
    expect(totals('balance')).toBe(Number(appeal.data.raised) - spent);
    expect(Number(csv.at(-1)?.['余额（元）'])).toBe(totals('balance'));
  });

  it('says as of when, and warns the reader when the books are quiet with money unspent', () => {
    const last = ledger
      .map((l) => String(l.date))
      .sort()
      .at(-1)!;
    const [y, m, d] = last.split('-').map(Number) as [number, number, number];
    const quietFrom = new Date(Date.UTC(y, m - 1 + 3, d)).toISOString().slice(0, 10);
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const html = page(url);
    expect(html).toContain(`data-as-of="${last}"`);
    const unspent = Number(appeal.data.raised) > ledger.reduce((s, l) => s + l.amount, 0);
    expect(html.includes('data-quiet')).toBe(unspent && today > quietFrom);
  });

  it('has a feed with an item for every ledger line, each linking to its row', () => {
    const xml = readFileSync(join(distDir, url, 'rss.xml'), 'utf8');
    const items = [new XMLParser().parse(xml).rss.channel.item].flat() as {
      link: string;
      pubDate: string;
    }[];
    expect(items).toHaveLength(ledger.length);
    for (const item of items) expect(page(url)).toContain(`id="${item.link.split('#')[1]}"`);
    expect(items.every((i) => /\+0800$/.test(i.pubDate))).toBe(true);
  });
});
