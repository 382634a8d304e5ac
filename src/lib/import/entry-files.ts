/**
 * An imported plan → the text of its files: the notice and one activity per item, each
 * `draft: true`, named from the title's pinyin as `npm run new` names entries, never the name
 * of a file that exists. A field the document did not say is left for the editor with a
 * comment above it saying why (the review report says the same, with everything else).
 */
import { Document, isMap, visit, type Pair } from 'yaml';
import { entrySlug, slugify } from '../editors/slug.ts';
import type { Field, ImportedActivity, ImportedPlan } from './plan.ts';
import type { ReadUnit } from './units.ts';

/** A file to write: its path from the project root and its text. */
export interface EntryFile {
  path: string;
  text: string;
}

/** What the files need besides the plan. */
export interface EntryContext {
  /** Campaign ids in campaigns.yaml, e.g. "2020", "20xx". */
  campaigns: readonly string[];
  /** Region names in regions.yaml. */
  regions: readonly string[];
  /** Today in China, YYYY-MM-DD: a slug's year when the plan has none, and a missing 公开日期. */
  today: string;
  /** Whether a file exists already (path from the project root). */
  exists: (path: string) => boolean;
}

/** The files, and what the writer decided that the report must tell. */
export interface PlanFiles {
  notice: EntryFile;
  activities: EntryFile[];
  /** The campaign id the entries name, and whether campaigns.yaml has it. */
  campaign: { id: string; known: boolean };
  /** Regions guessed for each activity (by index), with the words they came from. */
  regions: Field<string[]>[];
  /** Why the notice's date was guessed, when it was. */
  dateGuess: string | null;
}

const unitName = (u: ReadUnit) => u.name ?? u.written;

/** A free path for `slug` in `folder`: slug.md, else slug-2.md, slug-3.md … */
function freePath(folder: string, slug: string, taken: Set<string>, ctx: EntryContext): string {
  for (let n = 1; ; n++) {
    const path = `${folder}/${n === 1 ? slug : `${slug}-${n}`}.md`;
    const mdx = path.replace(/\.md$/, '.mdx');
    if (!taken.has(path) && !ctx.exists(path) && !ctx.exists(mdx)) {
      taken.add(path);
      return path;
    }
  }
}

/** Front matter and body, with a comment above each key named in `notes`. */
function entryText(
  data: Record<string, unknown>,
  notes: Record<string, string>,
  body: string,
): string {
  const doc = new Document(data);
  if (isMap(doc.contents))
    for (const pair of doc.contents.items as Pair<{ value: string; commentBefore?: string }>[]) {
      const note = notes[pair.key!.value];
      if (note) pair.key!.commentBefore = ` 待核对：${note}`;
    }
  // Quoted as the hand-written entries are: a bare 2020-10-14 is a date to some YAML readers.
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && /^[\d[]/.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const yaml = doc.toString({ lineWidth: 0, defaultStringType: 'PLAIN' });
  return `---\n${yaml}---\n\n${body.trim()}\n`;
}

/** The note a field gets in its file: why it was guessed or left empty; nothing when it was read. */
function noteOf(field: Field<unknown>): string | undefined {
  if (field.source.from === 'read') return undefined;
  return field.source.why;
}

/** Unknown unit names in a field, for a note. */
function unknownUnits(units: readonly ReadUnit[]): string | undefined {
  const unknown = units.filter((u) => !u.name).map((u) => u.written);
  return unknown.length
    ? `${unknown.join('、')} 不在 src/content/units.yaml 中（见导入报告）`
    : undefined;
}

/** The regions an activity is about: those its text names, else those the plan's title names. */
function regionsOf(
  a: ImportedActivity,
  planTitle: string,
  regions: readonly string[],
): Field<string[]> {
  const named = regions.filter((r) => a.text.includes(r));
  if (named.length) return { value: named, source: { from: 'read', words: named.join('、') } };
  const inTitle = regions.filter((r) => planTitle.includes(r));
  if (inTitle.length)
    return {
      value: inTitle,
      source: { from: 'guessed', why: `条目没有写地区，取方案标题中的“${inTitle.join('、')}”` },
    };
  return { value: [], source: { from: 'empty', why: '条目和方案标题都没有写县市区' } };
}

/** The campaign a plan year belongs to: its id in campaigns.yaml (20XX is the example year "20xx"). */
function campaignOf(year: string, campaigns: readonly string[]): { id: string; known: boolean } {
  const id = campaigns.find((c) => c.toUpperCase() === year.toUpperCase());
  return id ? { id, known: true } : { id: year.toLowerCase(), known: false };
}

/** The files an imported plan becomes. */
export function planFiles(plan: ImportedPlan, ctx: EntryContext): PlanFiles {
  const n = plan.notice;
  const taken = new Set<string>();
  // Named by the plan's year, as `npm run new` names by the title's; 20xx when the plan has none.
  const slugOf = (collection: string, title: string) =>
    /^\d{4}$/.test(n.year.value)
      ? entrySlug(collection, title, `${n.year.value}-01-01`)
      : slugify(title, { year: '20xx' });
  const noticePath = freePath('src/content/notices', slugOf('notices', n.title.value), taken, ctx);
  const noticeId = noticePath.replace(/^src\/content\/notices\/|\.md$/g, '');
  const campaign = campaignOf(n.year.value, ctx.campaigns);
  const campaignNote = campaign.known
    ? noteOf(n.year)
    : `src/content/campaigns.yaml 中还没有 ${campaign.id} 年度（见导入报告）`;

  const date = n.date.value ?? n.issued.value ?? n.signedOn.value;
  const dateGuess = n.date.value
    ? null
    : date
      ? `原文没有写公开日期，取${n.issued.value ? '发文日期' : '落款日期'} ${date}`
      : `原文没有写公开日期、发文日期或落款日期，暂填今天 ${ctx.today}`;
  const publisher = n.publisher.value;
  const planTitle = n.planTitle.value ?? n.title.value;
  const summary = `${publisher ? unitName(publisher) : '（发布机构）'}印发${n.planTitle.value ? `《${n.planTitle.value}》` : '扶贫日活动方案'}，部署${plan.activities.length ? `${plan.activities.length}项活动` : '扶贫日活动'}。`;

  const noticeData: Record<string, unknown> = {
    title: n.title.value,
    campaign: campaign.id,
    date: date ?? ctx.today,
    ...(n.issued.value && { issued: n.issued.value }),
    ...(n.docNumber.value && { docNumber: n.docNumber.value }),
    ...(n.indexNumber.value && { indexNumber: n.indexNumber.value }),
    publisher: publisher ? unitName(publisher) : '',
    ...(n.validity.value && { validity: n.validity.value }),
    ...(n.addressees.value && { addressees: n.addressees.value }),
    ...(n.contact.value && { contact: n.contact.value }),
    ...(n.signedBy.value && { signedBy: unitName(n.signedBy.value) }),
    ...(n.signedOn.value && { signedOn: n.signedOn.value }),
    ...(n.planTitle.value && { planTitle: n.planTitle.value }),
    summary,
    deadlines: n.deadlines.map((d) => ({
      task: d.task,
      due: d.due,
      ...(d.to && { to: unitName(d.to) }),
    })),
    draft: true,
  };
  const noticeNotes: Record<string, string | undefined> = {
    title: noteOf(n.title),
    campaign: campaignNote,
    date: dateGuess ?? undefined,
    publisher:
      publisher && !publisher.name
        ? unknownUnits([publisher])
        : publisher
          ? noteOf(n.publisher)
          : `${noteOf(n.publisher)}：请填写 src/content/units.yaml 中的单位名称`,
    signedBy: n.signedBy.value ? unknownUnits([n.signedBy.value]) : undefined,
    summary: '按方案标题和活动数拟定，请改写成一句话摘要',
    draft: '导入的条目为草稿，核对完毕后删去这一行（或改为 false）即可发布',
  };

  const regions: Field<string[]>[] = [];
  const activities = plan.activities.map((a) => {
    const path = freePath(
      'src/content/activities',
      slugOf('activities', a.title.value),
      taken,
      ctx,
    );
    const region = regionsOf(a, planTitle, ctx.regions);
    regions.push(region);
    const data: Record<string, unknown> = {
      title: a.title.value,
      campaign: campaign.id,
      ref: a.ref,
      when: a.when.value ?? '',
      lead: a.lead.value.map(unitName),
      partners: a.partners.value.map(unitName),
      category: a.category.value,
      areas: a.areas.value,
      regions: region.value,
      plan: noticeId,
      summary: a.summary.value,
      draft: true,
    };
    const notes: Record<string, string | undefined> = {
      campaign: campaign.known ? undefined : campaignNote,
      when: a.when.value ? undefined : `${noteOf(a.when)}：请按 EDTF 填写，例如 "2020-10-17"`,
      lead: unknownUnits(a.lead.value) ?? noteOf(a.lead),
      partners: unknownUnits(a.partners.value) ?? noteOf(a.partners),
      category: a.category.value
        ? noteOf(a.category)
        : `${noteOf(a.category)}：请填写 src/content/categories.yaml 中的一个类别`,
      areas: noteOf(a.areas),
      regions: noteOf(region),
      summary: noteOf(a.summary),
    };
    // One paragraph a line of the item, as the plan has them.
    return { path, text: entryText(data, prune(notes), a.text.split('\n').join('\n\n')) };
  });

  return {
    notice: { path: noticePath, text: entryText(noticeData, prune(noticeNotes), n.body) },
    activities,
    campaign,
    regions,
    dateGuess,
  };
}

const prune = (notes: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(notes).filter((e): e is [string, string] => !!e[1]));
