/**
 * A deterministic synthetic corpus for the benchmark: N Chinese entries spread over every
 * collection, with the reference lists (units, regions, campaigns) they name, dates at
 * every precision the content model lists, and a few cover images. One seed and one N
 * always give the same files, byte for byte; nothing reads the clock or Math.random.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { stringify } from 'yaml';
import { categories } from '../../src/content.config.ts';
import { createRng, type Rng } from './prng.ts';
import {
  awards,
  countyOffices,
  exampleRegion,
  exampleUnits,
  numerals,
  prefectureUnits,
  regions,
  sectionHeads,
  sentence,
  storyTags,
  surnames,
  themes,
  titleTopics,
  titleVerbs,
  villages,
  type UnitSeed,
} from './phrases.ts';

/** One file of the corpus, its path relative to src/content. */
export interface CorpusFile {
  path: string;
  data: string | Uint8Array;
}

/** What the benchmark needs to know about a generated corpus. */
export interface Corpus {
  files: CorpusFile[];
  /** Entries per collection (Markdown files). */
  counts: Record<string, number>;
  /** Newest real campaign year: the build's "today" lies in its season. */
  currentYear: number;
  /** A published activity of the current year: the entry the warm rebuild changes. */
  editTarget: string;
}

/** Options of generateCorpus. */
export interface CorpusOptions {
  /** Number of Markdown entries over all collections (at least 20). */
  entries: number;
  /** Any string; one seed gives one corpus. */
  seed: string;
}

/** Campaign years of the corpus: every Poverty Alleviation Day from the first (2014). */
export const years: readonly number[] = Array.from({ length: 12 }, (_, i) => 2014 + i);

/** Share of the entries each collection gets (activities take the remainder). */
const shares = { notices: 0.1, stories: 0.2, commendations: 0.15, appeals: 0.1 } as const;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAYS = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysIn = (month: number) => DAYS[month] ?? 30;

/** A calendar day `offset` days after year-month-day, as YYYY-MM-DD (UTC arithmetic, no clock). */
function addDays(year: number, month: number, day: number, offset: number): string {
  return new Date(Date.UTC(year, month - 1, day + offset)).toISOString().slice(0, 10);
}

/** Date precisions of the content model, as EDTF. */
const precisions = [
  'month',
  'day',
  'dayRange',
  'monthRange',
  'approxDay',
  'monthEnd',
  'deadline',
] as const;

/** An EDTF `when` of a given precision in the campaign season (June–November) of a year. */
function whenOf(rng: Rng, year: number, precision: (typeof precisions)[number]): string {
  const month = rng.int(6, 10);
  const day = rng.int(1, daysIn(month) - 1);
  const ymd = `${year}-${pad(month)}-${pad(day)}`;
  switch (precision) {
    case 'month':
      return `${year}-${pad(month)}`;
    case 'day':
      return ymd;
    case 'dayRange':
      return `${ymd}/${addDays(year, month, day, rng.int(1, 45))}`;
    case 'monthRange':
      return `${year}-${pad(month)}/${year}-${pad(rng.int(month + 1, 11))}`;
    case 'approxDay':
      return `${ymd}~`;
    case 'monthEnd':
      return `${year}-${pad(month)}-${daysIn(month)}~`;
    case 'deadline':
      return `[..${ymd}]`;
  }
}

/** An EDTF `when` with the year unspecified (20XX), for the example campaign only. */
function exampleWhen(rng: Rng): string {
  return rng.pick([
    '20XX-10-17',
    '20XX-10-10~',
    '20XX-09-30~',
    '20XX-09/20XX-10',
    '[..20XX-10-17]',
    '20XX-09',
    '20XX-09-15/20XX-10-17',
  ]);
}

/** Text of `min`–`max` characters from the phrase bank, made by `make` until it fits. */
function fitted(min: number, max: number, make: () => string): string {
  for (let i = 0; i < 50; i++) {
    const text = make();
    if (text.length >= min && text.length <= max) return text;
  }
  const text = make();
  return text.length > max ? text.slice(0, max) : text.padEnd(min, '活动');
}

/** A body of about `target` characters: paragraphs of sentences, with headings when `sections`. */
function body(rng: Rng, target: number, sections: boolean): string {
  const out: string[] = [];
  let length = 0;
  let section = 0;
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(paragraph.join(''));
    paragraph = [];
  };
  while (true) {
    if (
      sections &&
      paragraph.length === 0 &&
      (out.length === 0 || rng.chance(0.3)) &&
      section < numerals.length
    ) {
      const head = `## ${numerals[section]}、${sectionHeads[section % sectionHeads.length]}`;
      section++;
      out.push(head);
      length += head.length;
    }
    const s = sentence(rng);
    if (length + s.length > target && length >= 300) break;
    paragraph.push(s);
    length += s.length;
    if (paragraph.length >= rng.int(2, 5)) flush();
  }
  flush();
  return `${out.join('\n\n')}\n`;
}

/** A body length: 300–2900 characters, most of them short (quadratic skew, median ≈ 950). */
const bodyLength = (rng: Rng) => 380 + Math.floor(2520 * rng.next() ** 2);

/** A one-sentence summary of at most 80 characters. */
const summaryOf = (rng: Rng) => fitted(20, 80, () => sentence(rng));

/** YAML with every string in double quotes, as editors write dates ("2020-10-17"), so none turns into a Date. */
const yaml = (value: unknown) =>
  stringify(value, { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' });

/** Markdown with YAML front matter. */
function markdown(data: Record<string, unknown>, text: string): string {
  const front = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
  return `---\n${yaml(front)}---\n\n${text}`;
}

/** The units list: the prefecture's units, six offices of each county, the example plan's. */
function unitList(): (UnitSeed & { example?: boolean })[] {
  const county = regions.slice(1).flatMap((r) =>
    countyOffices.map((o) => ({
      name: `${r.name}${o.suffix}`,
      slug: `${r.slug}-${o.slug}`,
      kind: o.kind,
      ...(o.slug === 'fupinban' ? { parent: `${r.name}扶贫开发领导小组` } : {}),
    })),
  );
  return [...prefectureUnits, ...county, ...exampleUnits.map((u) => ({ ...u, example: true }))];
}

/** A cover image: a 1200×800 picture of soft bands and blocks, drawn from the seed. */
async function coverImage(rng: Rng, format: 'jpeg' | 'png'): Promise<Uint8Array> {
  const width = 1200;
  const height = 800;
  const pixels = Buffer.alloc(width * height * 3);
  const base = [rng.int(60, 200), rng.int(60, 200), rng.int(60, 200)] as const;
  const blocks = Array.from({ length: 12 }, () => ({
    x: rng.int(0, width - 200),
    y: rng.int(0, height - 150),
    w: rng.int(80, 400),
    h: rng.int(60, 300),
    c: [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)] as const,
  }));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const shade = Math.floor((x + y) / 16) % 32;
      let c: readonly number[] = [base[0] + shade, base[1] + (shade >> 1), base[2] - shade];
      for (const b of blocks) if (x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h) c = b.c;
      pixels[i] = c[0] ?? 0;
      pixels[i + 1] = c[1] ?? 0;
      pixels[i + 2] = c[2] ?? 0;
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  const out =
    format === 'jpeg'
      ? await image.jpeg({ quality: 80 }).toBuffer()
      : await image.png({ compressionLevel: 9 }).toBuffer();
  return new Uint8Array(out);
}

/** How many of the N entries each collection gets. */
export function countsFor(
  entries: number,
): Record<'notices' | 'activities' | 'stories' | 'commendations' | 'appeals', number> {
  if (!Number.isInteger(entries) || entries < 20)
    throw new Error(`--entries must be an integer of at least 20 (got ${entries})`);
  const notices = Math.max(1, Math.floor(entries * shares.notices));
  const stories = Math.max(1, Math.floor(entries * shares.stories));
  const commendations = Math.max(1, Math.floor(entries * shares.commendations));
  const appeals = Math.max(2, Math.floor(entries * shares.appeals));
  return {
    notices,
    activities: entries - notices - stories - commendations - appeals,
    stories,
    commendations,
    appeals,
  };
}

/** Generates the corpus: every file under src/content, deterministic in (entries, seed). */
export async function generateCorpus({ entries, seed }: CorpusOptions): Promise<Corpus> {
  const counts = countsFor(entries);
  const files: CorpusFile[] = [];
  const currentYear = years[years.length - 1] as number;
  const units = unitList();
  const realUnits = units.filter((u) => !('example' in u));
  const prefecture = prefectureUnits.map((u) => u.name);
  const media = prefectureUnits.filter((u) => u.kind === 'media').map((u) => u.name);
  const countyUnits = (region: string) =>
    realUnits.filter((u) => u.name.startsWith(region) && u.name !== region).map((u) => u.name);
  const exampleUnitNames = exampleUnits.map((u) => u.name);
  const id = (year: number | 'shili', kind: string, n: number) => `${year}-${kind}-${pad(n, 5)}`;
  const yearOf = (rng: Rng) => rng.pick(years);
  /** About 2% of the entries of campaign collections belong to the example campaign (20xx). */
  const isExample = (rng: Rng, n: number) => n === 0 || rng.chance(0.02);
  const flags = (rng: Rng) => ({
    draft: rng.chance(0.01) ? true : undefined,
    noindex: rng.chance(0.01) ? true : undefined,
  });

  // Reference lists.
  files.push({
    path: 'units.yaml',
    data: `# 基准测试生成的单位列表（确定性合成数据）。\n${yaml(units)}`,
  });
  files.push({
    path: 'regions.yaml',
    data: `# 基准测试生成的县市区列表。\n${yaml([...regions, { ...exampleRegion, example: true }])}`,
  });
  const campaigns = [
    ...years.map((y, i) => ({
      id: String(y),
      date: `${y}-10-17`,
      edition: y - 2013,
      idepEdition: y - 1992,
      theme: themes[i % themes.length],
    })),
    { id: '20xx', date: '20XX-10-17', theme: themes[themes.length - 1], example: true },
  ];
  files.push({ path: 'campaigns.yaml', data: `# 基准测试生成的扶贫日年度。\n${yaml(campaigns)}` });

  // Notices: one plan-carrying notice per campaign first, then the rest spread over the years.
  const noticesByYear = new Map<string, string[]>();
  const rn = createRng(seed).fork('notices');
  for (let n = 0; n < counts.notices; n++) {
    const example = n > 0 && rn.chance(0.02);
    const year = n < years.length ? (years[years.length - 1 - n] as number) : yearOf(rn);
    const campaign = example ? '20xx' : String(year);
    const name = example ? id('shili', 'tongzhi', n) : id(year, 'tongzhi', n);
    noticesByYear.set(campaign, [...(noticesByYear.get(campaign) ?? []), name]);
    const publisher = example ? exampleUnitNames[0] : rn.pick(prefecture);
    const planTitle = example
      ? 'xx市“扶贫日”活动方案（示例）'
      : `${rn.pick(regions).name}${year}年扶贫日活动方案`;
    const month = rn.int(6, 9);
    const day = rn.int(1, 28);
    files.push({
      path: `notices/${name}.md`,
      data: markdown(
        {
          title: example
            ? `关于开展“扶贫日”系列活动的通知（示例${n}）`
            : fitted(10, 30, () => `关于印发《${planTitle}》的通知`),
          campaign,
          date: example ? '20XX-09-20' : `${year}-${pad(month)}-${pad(day)}`,
          issued: example ? undefined : `${year}-${pad(month)}-${pad(day)}`,
          docNumber: example ? undefined : `塔地扶贫领办字〔${year}〕${rn.int(1, 60)}号`,
          indexNumber: example ? undefined : `68270107-3/${year}-${pad(rn.int(1, 999), 5)}`,
          publisher,
          addressees: '各县（市）扶贫开发领导小组，地委各部、委，地区各委、办、局',
          contact: example
            ? undefined
            : {
                name: `${rn.pick(surnames)}*`,
                phone: `0901-62${pad(rn.int(0, 99999), 5)}`,
                email: `fupinban${year}@example.gov.cn`,
              },
          signedBy: publisher,
          signedOn: example ? undefined : `${year}-${pad(month)}-${pad(day)}`,
          planTitle,
          summary: summaryOf(rn),
          deadlines: rn.chance(0.7)
            ? [
                {
                  task: '上报扶贫日活动方案',
                  due: example ? '[..20XX-07-11]' : `[..${year}-07-11]`,
                  to: publisher,
                },
                {
                  task: '上报活动总结',
                  due: example ? '[..20XX-10-31~]' : `[..${year}-10-18]`,
                  to: publisher,
                  ...(example || rn.chance(0.5) ? {} : { units: rn.sample(prefecture, 3) }),
                },
              ]
            : undefined,
          example: example || undefined,
          ...flags(rn),
        },
        body(rn, bodyLength(rn), true),
      ),
    });
  }

  // Activities: every date precision in turn, leads from the county or the prefecture.
  const ra = createRng(seed).fork('activities');
  let editTarget = '';
  for (let n = 0; n < counts.activities; n++) {
    const example = n !== 1 && isExample(ra, n);
    const year = n === 1 ? currentYear : yearOf(ra);
    const campaign = example ? '20xx' : String(year);
    const name = example ? id('shili', 'huodong', n) : id(year, 'huodong', n);
    const region = example ? exampleRegion : ra.pick(regions);
    const local = region.slug === 'tacheng-diqu' || example ? [] : countyUnits(region.name);
    const leadPool = example
      ? exampleUnitNames
      : local.length && ra.chance(0.6)
        ? local
        : prefecture;
    const plans = noticesByYear.get(campaign) ?? [];
    const data = {
      title: fitted(
        10,
        30,
        () =>
          `${ra.chance(0.5) ? region.name : ''}${ra.pick(titleVerbs)}${ra.chance(0.3) ? `${year}年` : ''}${ra.pick(titleTopics)}`,
      ),
      campaign,
      ref: ra.chance(0.4) ? `三（${numerals[ra.int(0, 3)]}）${ra.int(1, 9)}` : undefined,
      when: example
        ? exampleWhen(ra)
        : whenOf(ra, year, precisions[n % precisions.length] as (typeof precisions)[number]),
      lead: ra.sample(leadPool, ra.int(1, 2)),
      partners: ra.chance(0.6)
        ? ra.sample(example ? exampleUnitNames : [...prefecture, ...media], ra.int(1, 3))
        : undefined,
      category: ra.pick(categories),
      regions: ra.chance(0.8) ? [region.name] : undefined,
      plan: plans.length && ra.chance(0.6) ? ra.pick(plans) : undefined,
      summary: summaryOf(ra),
      example: example || undefined,
      ...flags(ra),
    };
    if (n === 1) {
      data.draft = undefined;
      editTarget = `activities/${name}.md`;
    }
    files.push({
      path: `activities/${name}.md`,
      data: markdown(data, body(ra, bodyLength(ra), false)),
    });
  }

  // Stories: a few cover images, shared by about a quarter of the stories.
  const rs = createRng(seed).fork('stories');
  const imageCount = Math.min(12, Math.max(2, Math.ceil(counts.stories / 100)));
  const images: string[] = [];
  for (let i = 0; i < imageCount; i++) {
    const format = i % 3 === 2 ? 'png' : 'jpeg';
    const file = `images/cover-${pad(i + 1)}.${format === 'png' ? 'png' : 'jpg'}`;
    files.push({ path: `stories/${file}`, data: await coverImage(rs.fork(`image-${i}`), format) });
    images.push(file);
  }
  for (let n = 0; n < counts.stories; n++) {
    const year = yearOf(rs);
    const region = rs.pick(regions);
    const village = rs.pick(villages);
    const month = rs.int(6, 11);
    const withCover = n < images.length || rs.chance(0.25);
    const data = {
      title: fitted(10, 30, () =>
        rs.pick([
          `驻村${rs.int(2, 5)}年，我看着${village}的路通了`,
          `${region.name}${village}：${rs.pick(titleTopics)}见闻`,
          `我所经历的脱贫攻坚故事：${village}的${rs.pick(['合作社', '扶贫车间', '新房子', '致富路'])}`,
          `${rs.pick(surnames)}xx和${village}的${rs.pick(['养殖场', '蔬菜大棚', '电商小店'])}`,
        ]),
      ),
      date: rs.chance(0.8)
        ? `${year}-${pad(month)}-${pad(rs.int(1, 28))}`
        : `${year}-${pad(month)}`,
      author: `${region.name}${rs.pick(['驻村工作队员', '扶贫干部', '村民', '帮扶干部'])} ${rs.pick(surnames)}xx`,
      region: rs.chance(0.9) ? region.name : undefined,
      tags: rs.sample(storyTags, rs.int(1, 3)),
      summary: summaryOf(rs),
      cover: withCover
        ? {
            src: `./${images[n % images.length]}`,
            alt: `${village}的${rs.pick(['田野', '村道', '合作社', '大棚'])}（示意图）`,
          }
        : undefined,
      example: rs.chance(0.02) || undefined,
      ...flags(rs),
    };
    files.push({
      path: `stories/${id(year, 'gushi', n)}.md`,
      data: markdown(data, body(rs, bodyLength(rs), false)),
    });
  }

  // Commendations: people (redacted) and units.
  const rc = createRng(seed).fork('commendations');
  for (let n = 0; n < counts.commendations; n++) {
    const example = isExample(rc, n);
    const year = yearOf(rc);
    const region = example ? exampleRegion : rc.pick(regions);
    const individual = rc.chance(0.7);
    const data = {
      name: individual
        ? `${rc.pick(surnames)}xx`
        : `${region.name}${rc.pick(villages)}${rc.pick(['农民专业合作社', '驻村工作队', '扶贫车间'])}`,
      kind: individual ? 'individual' : 'unit',
      award: example ? '扶贫功臣（示例）' : rc.pick(awards),
      campaign: example ? '20xx' : String(year),
      region: rc.chance(0.9) ? region.name : undefined,
      conferredBy: example ? exampleUnitNames[0] : rc.pick(prefecture.slice(0, 2)),
      summary: summaryOf(rc),
      example: example || undefined,
      ...flags(rc),
    };
    files.push({
      path: `commendations/${example ? id('shili', 'biaozhang', n) : id(year, 'biaozhang', n)}.md`,
      data: markdown(data, body(rc, bodyLength(rc), false)),
    });
  }

  // Appeals: the first is the current year's initiative letter (/changyishu/ needs one).
  const rp = createRng(seed).fork('appeals');
  for (let n = 0; n < counts.appeals; n++) {
    const example = n > 0 && isExample(rp, n);
    const year = n === 0 ? currentYear : yearOf(rp);
    const initiative = n === 0 || rp.chance(0.3);
    const raised = rp.int(10, 500) * 1000;
    const ledger = initiative
      ? []
      : Array.from({ length: rp.int(0, 4) }, () => ({
          date: example ? '20XX-11' : `${year}-${pad(rp.int(10, 12))}-${pad(rp.int(1, 28))}`,
          item: rp.pick(['购买扶贫产品', '资助困难学生', '修缮村道', '发放慰问物资']),
          amount: Math.floor(raised / 5),
          recipient: `${rp.pick(regions).name}${rp.pick(villages)}`,
        }));
    const data = {
      title: fitted(10, 30, () =>
        initiative
          ? `${year}年扶贫日倡议书：${rp.pick(themes)}`
          : `${rp.pick(regions).name}扶贫日爱心募捐${rp.pick(['行动', '倡议', '活动'])}`,
      ),
      kind: initiative ? 'initiative' : 'donation',
      campaign: example ? '20xx' : String(year),
      date: example ? '20XX-09-30~' : `${year}-${pad(rp.int(8, 10))}-${pad(rp.int(1, 28))}`,
      organizers: example ? rp.sample(exampleUnitNames, 2) : rp.sample(prefecture, rp.int(1, 3)),
      status: year === currentYear && !example && rp.chance(0.5) ? 'open' : 'closed',
      deadline: initiative
        ? undefined
        : example
          ? '[..20XX-10-31]'
          : `${year}-${pad(rp.int(10, 12))}-${pad(rp.int(1, 28))}`,
      goal: initiative ? undefined : raised + rp.int(0, 200) * 1000,
      raised: initiative ? undefined : raised,
      channels: [
        { name: rp.pick(['银行转账', '扶贫产品专柜', '公益平台']), detail: summaryOf(rp) },
      ],
      ledger: ledger.length ? ledger : undefined,
      summary: summaryOf(rp),
      example: example || undefined,
      ...(n === 0 ? {} : flags(rp)),
    };
    files.push({
      path: `appeals/${example ? id('shili', 'changyi', n) : id(year, 'changyi', n)}.md`,
      data: markdown(data, body(rp, bodyLength(rp), true)),
    });
  }

  return { files, counts, currentYear, editTarget };
}

/** Writes the corpus under `dir` (normally a project's src/content). */
export async function writeCorpus(dir: string, files: readonly CorpusFile[]): Promise<void> {
  const folders = new Set(files.map((f) => dirname(join(dir, f.path))));
  await Promise.all([...folders].map((f) => mkdir(f, { recursive: true })));
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map((f) => writeFile(join(dir, f.path), f.data)));
  }
}
