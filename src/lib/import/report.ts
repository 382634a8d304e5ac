/**
 * The review report of an import, in Chinese: the files written, what was done to the text,
 * for every field whether it was read from the document (with the words) or guessed or left
 * empty, and a numbered list of what is left for the editor (unknown units with the closest
 * known names and the line to add, dates not placed, a missing campaign year). Once that list
 * is answered, `npm run check` passes.
 */
import { slugify } from '../editors/slug.ts';
import type { Field, ImportedPlan, Source } from './plan.ts';
import type { PlanFiles } from './entry-files.ts';
import type { ReadUnit } from './units.ts';

/** Where the document came from and how it was read. */
export interface ReportInput {
  /** File name, or 标准输入. */
  source: string;
  readAs: string;
  /** What reading and cleaning did (encoding, numbering, chrome, pinyin, 繁体). */
  notes: readonly string[];
  today: string;
  /** The names in categories.yaml, offered where an item's category could not be told. */
  categories: readonly string[];
}

/** The report's text, and how many things are left for the editor. */
export interface Report {
  text: string;
  todo: number;
}

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '（空）';
  if (Array.isArray(v)) return v.length ? v.map(show).join('、') : '（空）';
  if (typeof v === 'object' && 'written' in (v as object)) {
    const u = v as ReadUnit;
    return u.name ?? u.written;
  }
  if (typeof v === 'object')
    return Object.values(v as object)
      .map(show)
      .join(' ');
  return String(v);
};

const clip = (s: string, max = 60) => {
  const flat = s.replace(/\s+/g, ' ');
  return [...flat].length > max ? `${[...flat].slice(0, max).join('')}…` : flat;
};

function sourceText(source: Source): string {
  if (source.from === 'read') return `读自原文：“${clip(source.words)}”`;
  if (source.from === 'guessed') return `推测：${source.why}`;
  return `未读到：${source.why}`;
}

const line = (label: string, f: Field<unknown>) =>
  `- ${label}：${show(f.value)}　←　${sourceText(f.source)}`;

/** The kind units.yaml would give a new unit, from how its name ends (the editor checks it). */
function kindOf(name: string): string {
  if (/领导小组|办公室$/.test(name)) return 'coordination';
  if (/^地委|党委|委员会|宣传部|组织部|统战部|政法委/.test(name)) return 'party';
  if (/(?:电视台|广播电视台|报社|日报|报|台)$/.test(name)) return 'media';
  if (/(?:团委|妇联|工商联|总工会|红十字会|协会|联合会|基金会|商会|学会)$/.test(name))
    return 'group';
  if (/(?:公司|集团|企业)$/.test(name)) return 'enterprise';
  if (/^各|(?:单位|部门)$/.test(name)) return 'collective';
  if (/(?:局|办|委|厅|院|所|中心|社)$/.test(name)) return 'government';
  return 'other';
}

/** The report of one import. */
export function importReport(plan: ImportedPlan, files: PlanFiles, input: ReportInput): Report {
  const n = plan.notice;
  const out: string[] = [];
  const todo: string[] = [];

  out.push(`# 导入报告：${n.title.value}`, '');
  out.push(`来源：${input.source}（${input.readAs}），导入日期 ${input.today}。`, '');
  out.push('## 写入的文件', '');
  out.push(`- ${files.notice.path}（通知）`);
  for (const a of files.activities) out.push(`- ${a.path}（活动）`);
  out.push('', '所有条目都是草稿（draft: true）：网站上不显示，只在 npm run dev 预览中可见。', '');
  if (input.notes.length) {
    out.push('## 对原文所做的处理', '');
    for (const note of input.notes) out.push(`- ${note}`);
    out.push('');
  }

  out.push('## 通知', '');
  out.push(line('标题', n.title), line('年度', n.year));
  out.push(
    files.dateGuess
      ? `- 公开日期：${n.date.value ?? n.issued.value ?? n.signedOn.value ?? input.today}　←　推测：${files.dateGuess}`
      : line('公开日期', n.date),
  );
  out.push(
    line('发文日期', n.issued),
    line('文号', n.docNumber),
    line('索引号', n.indexNumber),
    line('发布机构', n.publisher),
    line('有效性', n.validity),
    line('主送', n.addressees),
    line('联系人', n.contact),
    line('落款', n.signedBy),
    line('落款日期', n.signedOn),
    line('方案标题', n.planTitle),
    '- 摘要：按方案标题和活动数拟定　←　推测：请改写成一句话摘要',
  );
  if (n.deadlines.length) {
    out.push('', '报送期限：');
    for (const d of n.deadlines)
      out.push(
        `- ${d.task}，${d.due}${d.to ? `，报送${show(d.to)}` : ''}　←　读自原文：“${clip(d.words)}”`,
      );
  } else out.push('- 报送期限：（空）　←　未读到：原文没有“…前上报/报送…”这样的句子');
  out.push('');

  out.push('## 活动', '');
  if (plan.noItems) {
    out.push(
      `没有拆分出活动：${plan.noItems}。只写入了通知，请按原文用 npm run new -- activities "<活动名称>" 逐项添加。`,
      '',
    );
    todo.push(`没有拆分出活动（${plan.noItems}）：请逐项添加活动。`);
  }
  plan.activities.forEach((a, i) => {
    const file = files.activities[i]!;
    out.push(`### ${i + 1}. ${a.ref}　${a.title.value}`, '', `文件：${file.path}`, '');
    out.push(
      line('开展时间', a.when),
      line('牵头单位', a.lead),
      line('配合单位', a.partners),
      line('类别', a.category),
      line('扶贫领域', a.areas),
      line('县市区', files.regions[i]!),
      line('摘要', a.summary),
      '',
    );
    if (!a.when.value)
      todo.push(
        `${file.path}：没有读出开展时间（${sourceText(a.when.source)}）。请按原文在 when 填写 EDTF 日期，例如 "2020-10-17"、"2020-09/2020-10"、"[..2020-10-31]"。`,
      );
    if (!a.category.value)
      todo.push(
        `${file.path}：没有判断出类别（${sourceText(a.category.source)}）。请在 category 填写 src/content/categories.yaml 中的一个类别：${input.categories.join('、')}；常用的归类词可加在该类别的 words 中。`,
      );
    if (!a.lead.value.length)
      todo.push(
        `${file.path}：没有读出牵头单位（${sourceText(a.lead.source)}）。请在 lead 填写 units.yaml 中的单位名称。`,
      );
  });

  // Unknown unit names: each once, with the files that use it.
  const unknown = new Map<string, { unit: ReadUnit; files: Set<string> }>();
  const note = (u: ReadUnit | null, file: string) => {
    if (!u || u.name) return;
    const seen = unknown.get(u.written) ?? { unit: u, files: new Set<string>() };
    seen.files.add(file);
    unknown.set(u.written, seen);
  };
  note(n.publisher.value, files.notice.path);
  note(n.signedBy.value, files.notice.path);
  plan.activities.forEach((a, i) => {
    for (const u of [...a.lead.value, ...a.partners.value]) note(u, files.activities[i]!.path);
  });
  for (const { unit, files: where } of unknown.values())
    todo.push(
      [
        `单位“${unit.written}”不在 src/content/units.yaml 中（用于 ${[...where].join('、')}）。`,
        unit.closest.length
          ? `   最接近的已有名称：${unit.closest.join('、')}；如是其中之一，请在上述文件中改为该名称。`
          : '   units.yaml 中没有相近的名称。',
        '   如是新单位，请在 src/content/units.yaml 中加上（kind 请核对）：',
        `     - name: ${unit.written}`,
        `       slug: ${slugify(unit.written) || 'danwei'}`,
        `       kind: ${kindOf(unit.written)}`,
      ].join('\n'),
    );
  if (!n.publisher.value)
    todo.push(
      `${files.notice.path}：没有读出发布机构。请在 publisher 填写 units.yaml 中的单位名称。`,
    );
  if (!files.campaign.known)
    todo.push(
      [
        `年度“${files.campaign.id}”不在 src/content/campaigns.yaml 中。请在其中加上（主题请按当年填写）：`,
        `     - id: "${files.campaign.id}"`,
        `       date: "${files.campaign.id.toUpperCase()}-10-17"`,
        '       theme: 当年扶贫日主题',
      ].join('\n'),
    );

  out.push(`## 需要处理的事项（${todo.length} 项）`, '');
  if (todo.length) todo.forEach((t, i) => out.push(`${i + 1}. ${t}`));
  else out.push('没有必须处理的事项：条目已能通过 npm run check。');
  out.push(
    '',
    '然后：逐项核对上面标为“推测”和“未读到”的字段（文件中也在这些字段上方标了“待核对”），',
    '核对完毕后删去每个文件中的 draft: true，运行 npm run check 直到没有问题，再用 npm run dev 预览。',
    '',
  );
  return { text: out.join('\n'), todo: todo.length };
}
