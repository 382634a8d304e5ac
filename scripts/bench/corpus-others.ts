/**
 * The other collections of the synthetic corpus: stories (a few shared cover images),
 * commendations of people (redacted) and units, and appeals (the current year's
 * initiative letter first).
 */
import { coverImage } from './cover-image.ts';
import {
  body,
  bodyLength,
  fitted,
  markdown,
  pad,
  summaryOf,
  type CorpusContext,
} from './corpus-common.ts';
import { exampleRegion, regions, surnames, villages } from './names.ts';
import { createRng } from './prng.ts';
import { awards, storyTags, themes, titleTopics } from './phrases.ts';

/** Stories: a few cover images, shared by about a quarter of the stories. */
export async function addStories(ctx: CorpusContext): Promise<void> {
  const { seed, counts, files, id, yearOf, flags } = ctx;
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
}

/** Commendations: people (redacted) and units. */
export function addCommendations(ctx: CorpusContext): void {
  const { seed, counts, files, prefecture, exampleUnitNames, id, yearOf, isExample, flags } = ctx;
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
}

/** Appeals: the first is the current year's initiative letter (/changyishu/ needs one). */
export function addAppeals(ctx: CorpusContext): void {
  const {
    seed,
    counts,
    files,
    currentYear,
    prefecture,
    exampleUnitNames,
    id,
    yearOf,
    isExample,
    flags,
  } = ctx;
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
}
