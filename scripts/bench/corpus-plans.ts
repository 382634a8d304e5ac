/**
 * The campaign collections of the synthetic corpus: notices (each campaign's plan-carrying
 * notice first) and the activities of their plans, at every date precision.
 */
import {
  body,
  bodyLength,
  exampleWhen,
  fitted,
  markdown,
  pad,
  precisions,
  summaryOf,
  whenOf,
  type CorpusContext,
  years,
} from './corpus-common.ts';
import { classLists, exampleRegion, regions, surnames } from './names.ts';
import { createRng } from './prng.ts';
import { numerals, titleTopics, titleVerbs } from './phrases.ts';

/**
 * Notices: one plan-carrying notice per campaign first, then the rest spread over the years.
 * Returns the notices of each campaign, which activities name as their plan.
 */
export function addNotices(ctx: CorpusContext): Map<string, string[]> {
  const { seed, counts, files, prefecture, exampleUnitNames, id, yearOf, flags } = ctx;
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
  return noticesByYear;
}

/**
 * Activities: every date precision in turn, leads from the county or the prefecture.
 * Returns the activity the warm rebuild changes.
 */
export function addActivities(ctx: CorpusContext, noticesByYear: Map<string, string[]>): string {
  const {
    seed,
    counts,
    files,
    currentYear,
    prefecture,
    media,
    countyUnits,
    exampleUnitNames,
    id,
    yearOf,
    isExample,
    flags,
  } = ctx;
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
      category: ra.pick(classLists.categories.names),
      areas: ra.chance(0.5) ? ra.sample(classLists.areas.names, ra.int(1, 3)) : undefined,
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
  return editTarget;
}
