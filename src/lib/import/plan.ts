/**
 * A cleaned plan's lines → its notice (metadata, deadlines, full text) and one activity per
 * numbered item, each field with where it came from, for the review report.
 * Long (about 260 lines) because the notice header, the items and the deadlines are read in one pass.
 */
import { planYear, readPlanDate } from './when.ts';
import { readDuty, UnitIndex, type ReadUnit } from './units.ts';
import { areasOf, categoryOf, type Classifiers } from './classify.ts';
import { empty, guessed, read, type Field } from './field.ts';

export type { Field, Source } from './field.ts';
export type { Classifier, Classifiers } from './classify.ts';

export interface ImportedActivity {
  ref: string;
  title: Field<string>;
  when: Field<string | null>;
  lead: Field<ReadUnit[]>;
  partners: Field<ReadUnit[]>;
  category: Field<string>;
  areas: Field<string[]>;
  summary: Field<string>;
  text: string;
}

export interface ImportedDeadline {
  task: string;
  due: string;
  to: ReadUnit | null;
  words: string;
}

export interface ImportedNotice {
  title: Field<string>;
  planTitle: Field<string | null>;
  year: Field<string>;
  date: Field<string | null>;
  issued: Field<string | null>;
  docNumber: Field<string | null>;
  indexNumber: Field<string | null>;
  publisher: Field<ReadUnit | null>;
  validity: Field<string | null>;
  addressees: Field<string | null>;
  contact: Field<{ name?: string; phone?: string; email?: string } | null>;
  signedBy: Field<ReadUnit | null>;
  signedOn: Field<string | null>;
  deadlines: ImportedDeadline[];
  /** The notice's Markdown body: the whole plan, headings as headings. */
  body: string;
}

export interface ImportedPlan {
  notice: ImportedNotice;
  activities: ImportedActivity[];
  /** Why no activity was read, when none was. */
  noItems: string | null;
}

/** ASCII punctuation between Chinese words → full-width, as the site writes it. */
export function fullWidth(text: string): string {
  return text
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/(?<!https?):(?!\/\/)/g, '：');
}

const TOP = /^([一二三四五六七八九十]+)、(.*)$/;
const SUB = /^\(([一二三四五六七八九十]+)\)(.*)$/;
const NUM = /^(\d+)[.．、](.*)$/;
const WHEN_NOTE = /\(开展时间[:：]([^()]*)\)/;
/** A sentence cut to a summary's length: whole up to 100 characters, else up to its last clause that fits. */
function shortSentence(sentence: string): string {
  if ([...sentence].length <= 100) return sentence;
  const head = [...sentence].slice(0, 100).join('');
  const cut = Math.max(head.lastIndexOf('，'), head.lastIndexOf('；'));
  return `${cut > 20 ? head.slice(0, cut) : head}。`;
}

const looksLikeUnit = (name: string) =>
  /[办局委部室会台报队团社联组位业织处司厅院所站心]$/.test(name);

/** Reads a cleaned plan. `today` (YYYY-MM-DD) stands in for a 公开日期 the plan does not give. */
export function readPlan(
  lines: readonly string[],
  units: UnitIndex,
  classes: Classifiers,
): ImportedPlan {
  const all = lines.map((l) => l.normalize('NFKC'));
  const whole = all.join('\n');
  const field = (re: RegExp) => {
    for (const l of all) {
      const m = re.exec(l);
      if (m) return { value: m[1]!, words: m[0] };
    }
    return null;
  };
  const titleLine = all.find((l) => /^关于.*的通知$/.test(l));
  const planTitleLine = all.find(
    (l) => /方案$/.test(l) && !/^关于/.test(l) && !TOP.test(l) && l.length <= 40,
  );
  const yearRead = planYear(titleLine ?? planTitleLine ?? whole);
  const year = yearRead.words
    ? read(yearRead.year, yearRead.words)
    : guessed('20XX', '方案没有写年份，按年份不详（20XX）处理');
  const quoted = /“[^”]{2,8}”活动/.exec(whole)?.[0];
  const title = titleLine
    ? read(titleLine, titleLine)
    : planTitleLine
      ? read(planTitleLine, planTitleLine)
      : quoted
        ? guessed(`${quoted}方案`, `原文没有标题，按正文“${quoted}”拟定`)
        : guessed('活动方案', '原文没有标题');
  const iso = (f: { value: string; words: string } | null) =>
    f ? read(f.value, f.words) : empty(null, '原文没有写');
  const indexNumber = field(/^索\s*引\s*号\s*(\S+)/);
  const publisherText = field(/发布机构\s+(\S+)\s+公开日期/);
  const docNumber = field(/^(\S+〔\d{4}〕\d+号)$/);
  const validity = field(/有效性\s+(\S+)\s+文号/);
  const dateAt = all.findIndex((l) => /^\d{4}年\d{1,2}月\d{1,2}日$/.test(l));
  const signedBy = dateAt > 0 ? units.resolve(all[dateAt - 1]!) : null;
  const signedOnM = dateAt >= 0 ? /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(all[dateAt]!) : null;
  const pad = (n: string) => n.padStart(2, '0');
  const contactName = field(/^联系人[:：](\S+)$/);
  const phone = field(/^联系电话[:：](\S+)$/);
  const email = field(/^(?:报送)?邮箱[:：](\S+)$/);
  const addressees = all.find((l, i) => /[:：]$/.test(l) && /^现将/.test(all[i + 1] ?? ''));

  // Deadlines: …7月11日前上报扶贫日活动方案; …于20xx年10月底前以书面形式(含电子版)报送X。
  const deadlines: ImportedDeadline[] = [];
  for (const line of all)
    for (const clause of line.split(/[;；。]/)) {
      const m = /((?:\d{4}|20[xX]{2})年)?\d{1,2}月(?:\d{1,2}日|底)前(.*?)(上报|报送)(.*)$/.exec(
        clause,
      );
      if (!m) continue;
      const due = readPlanDate(m[0], year.value)!.edtf;
      const after = m[4]!.replace(/^[,，]/, '');
      const target = after ? units.resolve(after) : null;
      let what = after;
      if (target?.name || !after) {
        const before =
          clause
            .slice(0, m.index)
            .replace(/[,，]?于?$/, '')
            .split(/[,，]/)
            .at(-1) ?? '';
        what = before.replace(/^(?:各[^、]*、)*各[^开]*?(?=开展)/, '');
      }
      deadlines.push({
        task: `${m[3]}${what}`,
        due,
        to: target?.name ? target : null,
        words: clause,
      });
    }

  // The items of the activities section.
  const activities: ImportedActivity[] = [];
  const start = all.findIndex((l) => TOP.test(l) && /活动(?:内容|安排)|主要活动/.test(l));
  let noItems: string | null = null;
  if (start < 0) noItems = '没有找到“活动内容”或“活动安排”一节，无法拆分出各项活动';
  else {
    const top = TOP.exec(all[start]!)![1]!;
    let end = all.findIndex((l, i) => i > start && TOP.test(l));
    if (end < 0) end = all.length;
    const section = all.slice(start + 1, end);
    let sub = '';
    let subWhen: string | null = null;
    for (let i = 0; i < section.length; i++) {
      const line = section[i]!;
      const s = SUB.exec(line);
      const n = NUM.exec(line);
      if (!s && !n) continue;
      const body: string[] = [];
      for (
        let j = i + 1;
        j < section.length && !SUB.test(section[j]!) && !NUM.test(section[j]!);
        j++
      )
        body.push(section[j]!);
      if (s && NUM.test(section[i + 1] ?? '')) {
        sub = s[1]!;
        subWhen = WHEN_NOTE.exec(line)?.[1] ?? null;
        continue;
      }
      if (s) sub = s[1]!;
      const ref = n ? `${top}（${sub}）${n[1]}` : `${top}（${sub}）`;
      const head = (s ?? n)![2]!;
      const text = [head, ...body].join('\n');
      const cut = head.search(/\(开展时间|。/);
      const titleText = fullWidth((cut < 0 ? head : head.slice(0, cut)).replace(/[。.]$/, ''));
      const note = WHEN_NOTE.exec(text);
      const dateWords = note?.[1] ?? subWhen ?? text;
      const date = readPlanDate(dateWords, year.value);
      const duty = readDuty(text);
      const lead = duty.lead.map((w) => units.resolve(w));
      const leadNames = new Set(lead.map((u) => u.name ?? u.written));
      const partners: ReadUnit[] = [];
      const add = (u: ReadUnit) => {
        const key = u.name ?? u.written;
        if (!leadNames.has(key) && !partners.some((p) => (p.name ?? p.written) === key))
          partners.push(u);
      };
      for (const w of duty.partners) {
        const u = units.resolve(w);
        if (u.name || looksLikeUnit(u.written)) add(u);
      }
      const mentioned = units.mentions(text).filter((name) => !leadNames.has(name));
      for (const name of mentioned) add({ written: name, name, closest: [] });
      const rest = fullWidth(body.join('') || head.slice(cut < 0 ? head.length : cut)).replace(
        /^。/,
        '',
      );
      const firstSentence = (
        rest.replace(/^（开展时间[^）]*）。?/, '').match(/^[^。]*。/)?.[0] ?? titleText
      ).replace(/（[^（）]*负责）|（责任单位[^）]*）/g, '');
      activities.push({
        ref,
        title: read(titleText, head.slice(0, cut < 0 ? head.length : cut)),
        when: date ? read(date.edtf, date.words) : empty(null, '没有找到开展时间'),
        lead: duty.leadWords
          ? read(lead, duty.leadWords)
          : empty(lead, '没有找到“…负责”“责任单位：…”或“…牵头”'),
        partners:
          duty.partnerWords.length || mentioned.length
            ? guessed(
                partners,
                [...duty.partnerWords, mentioned.length ? `正文提到：${mentioned.join('、')}` : '']
                  .filter(Boolean)
                  .join('；'),
              )
            : empty(partners, '没有提到配合单位'),
        category: categoryOf(titleText, text, classes.categories),
        areas: areasOf(titleText, text, classes.areas),
        summary: guessed(shortSentence(firstSentence), '取正文第一句'),
        text: fullWidth(text),
      });
    }
    if (!activities.length)
      noItems = `“${all[start]}”一节里没有“（一）”或“1.”这样编号的条目，无法拆分出各项活动`;
  }

  const body = all
    .filter(
      (l) =>
        l !== titleLine &&
        !/^(?:索\s*引\s*号|发文日期|联系人|联系电话|(?:报送)?邮箱)/.test(l) &&
        l !== docNumber?.value &&
        l !== addressees,
    )
    .filter(
      (_, i, kept) =>
        !(
          dateAt >= 0 &&
          (kept[i] === all[dateAt] || (kept[i + 1] === all[dateAt] && kept[i] === all[dateAt - 1]))
        ),
    )
    .map((l) => {
      const h = fullWidth(l);
      if (l === planTitleLine) return `## ${h}`;
      if (TOP.test(l)) return `### ${h}`;
      if (SUB.test(l) && l.length <= 30) return `#### ${h}`;
      return h;
    })
    .join('\n\n');

  return {
    notice: {
      title:
        fullWidth(title.value) === title.value
          ? title
          : { ...title, value: fullWidth(title.value) },
      planTitle: planTitleLine
        ? read(fullWidth(planTitleLine), planTitleLine)
        : empty(null, '原文没有单独的方案标题'),
      year,
      date: field(/公开日期\s+(\S+)/)
        ? iso(field(/公开日期\s+(\S+)/))
        : empty(null, '原文没有写公开日期'),
      issued: iso(field(/^发文日期\s+(\d{4}-\d{2}-\d{2})/)),
      docNumber: iso(docNumber),
      indexNumber: iso(indexNumber),
      publisher: publisherText
        ? read(units.resolve(publisherText.value), publisherText.words)
        : signedBy
          ? guessed(signedBy, `“发布机构”为空，取落款“${signedBy.written}”`)
          : deadlines[0]?.to
            ? guessed(deadlines[0].to, `原文没有发布机构，取报送单位“${deadlines[0].to.written}”`)
            : empty(null, '原文没有发布机构、落款或报送单位'),
      validity: iso(validity),
      addressees: addressees
        ? read(fullWidth(addressees.replace(/[:：]$/, '')), addressees)
        : empty(null, '原文没有写主送单位'),
      contact: contactName
        ? read(
            {
              name: contactName.value,
              ...(phone && { phone: phone.value }),
              ...(email && { email: email.value }),
            },
            [contactName, phone, email]
              .filter(Boolean)
              .map((f) => f!.words)
              .join(' '),
          )
        : empty(null, '原文没有联系人'),
      signedBy: signedBy ? read(signedBy, all[dateAt - 1]!) : empty(null, '原文没有落款'),
      signedOn: signedOnM
        ? read(`${signedOnM[1]}-${pad(signedOnM[2]!)}-${pad(signedOnM[3]!)}`, signedOnM[0])
        : empty(null, '原文没有落款日期'),
      deadlines,
      body,
    },
    activities,
    noItems,
  };
}
