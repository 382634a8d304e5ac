/**
 * Unit names in a plan's phrases (…负责, 责任单位:…, …牵头, …配合, 会同…) and in its running
 * text, matched to src/content/units.yaml. Plans shorten names (网信办 for 地区网信办, 地区扶贫开发
 * 领导小组 for 塔城地区扶贫开发领导小组, xx电视台 for xx广播电视台): each known name has the
 * short forms below, and a form two names share is no form of either.
 */
import { closest } from '../content/suggest.ts';

export interface KnownUnit {
  name: string;
  kind: string;
}

/** A name as the plan wrote it, and the known name it is (or null, with the closest known names). */
export interface ReadUnit {
  written: string;
  name: string | null;
  closest: string[];
}

const nfkc = (s: string) => s.normalize('NFKC');

/** The forms a plan may write a known name in (NFKC). */
function formsOf(name: string): string[] {
  const n = nfkc(name);
  const forms = new Set([n]);
  if (n.startsWith('塔城地区')) forms.add(n.slice(2));
  if (n.startsWith('地区') && n.length > 3) forms.add(n.slice(2));
  if (n.includes('工作领导小组')) forms.add(n.replace('工作领导小组', '领导小组'));
  if (n.endsWith('广播电视台')) forms.add(n.replace('广播电视台', '电视台'));
  if (n.endsWith('各成员单位')) forms.add('各成员单位');
  return [...forms];
}

export class UnitIndex {
  readonly names: string[];
  private readonly form = new Map<string, string>();
  private readonly kind = new Map<string, string>();
  private readonly sorted: string[];

  constructor(units: readonly KnownUnit[]) {
    this.names = units.map((u) => u.name);
    const owners = new Map<string, Set<string>>();
    for (const u of units) {
      this.kind.set(u.name, u.kind);
      for (const f of formsOf(u.name)) owners.set(f, (owners.get(f) ?? new Set()).add(u.name));
    }
    for (const u of units) this.form.set(nfkc(u.name), u.name);
    for (const [f, who] of owners)
      if (who.size === 1 && !this.form.has(f)) this.form.set(f, [...who][0]!);
    this.sorted = [...this.form.keys()].sort((a, b) => b.length - a.length);
  }

  /** A name as written (e.g. inside "(…负责)") → the known name. */
  resolve(written: string): ReadUnit {
    const w = nfkc(written).trim();
    const name = this.form.get(w) ?? null;
    return {
      written: written.trim(),
      name,
      closest: name ? [] : closest(written.trim(), this.names),
    };
  }

  /**
   * Known units named in running text, in order, each once. Longest form first; a name right
   * after 开展 is what is done (开展社会组织扶贫活动), not who does it; a generic collective of
   * four characters or fewer (社会组织, 民营企业) counts only in a list of other units.
   */
  mentions(text: string): string[] {
    const t = nfkc(text);
    const found: { name: string; start: number; end: number }[] = [];
    for (let i = 0; i < t.length;) {
      const f = this.sorted.find((s) => t.startsWith(s, i));
      if (!f) {
        i++;
        continue;
      }
      if (!t.slice(0, i).endsWith('开展'))
        found.push({ name: this.form.get(f)!, start: i, end: i + f.length });
      i += f.length;
    }
    const joined = (a: { end: number } | undefined, b: { start: number } | undefined) =>
      !!a && !!b && /^[、和及与]?$/.test(t.slice(a.end, b.start));
    const kept = found.filter(
      (m, k) =>
        !(this.kind.get(m.name) === 'collective' && [...m.name].length <= 4) ||
        joined(found[k - 1], m) ||
        joined(m, found[k + 1]),
    );
    return [...new Set(kept.map((m) => m.name))];
  }
}

/** Splits a list of names: 地委宣传部、网信办 / 市扶贫办及相关单位 / 地委政策研究室、地区扶贫办等有关部门. */
export function splitNames(list: string): string[] {
  return nfkc(list)
    .replace(/(?:及|等)(?:相关|有关)?(?:单位|部门)$/, '')
    .split(/[、,，]|(?<=[办局委部室会台报])和/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Who leads and who helps, as a plan's phrases say, with the words each came from. */
export interface Duty {
  lead: string[];
  partners: string[];
  /** The words lead came from (e.g. "(地委宣传部负责)"), or null when nothing said. */
  leadWords: string | null;
  partnerWords: string[];
}

/** The lead and partner names an item's phrases write (not yet matched to units.yaml). */
export function readDuty(text: string): Duty {
  const t = nfkc(text);
  const partnerWords: string[] = [];
  const partners: string[] = [];
  let lead: string[] = [];
  let leadWords: string | null = null;
  const duty = /\(责任单位[:：]([^()]*(?:\([^()]*\)[^()]*)*)\)/.exec(t);
  const responsible = /\(((?:[^()]|\([^()]*\))+?)负责\)/g;
  const trailing = [...t.matchAll(responsible)].at(-1);
  if (duty) {
    const names = splitNames(duty[1]!);
    lead = names.slice(0, 1);
    partners.push(...names.slice(1));
    leadWords = duty[0];
    if (names.length > 1) partnerWords.push(duty[0]);
  } else if (trailing) {
    lead = splitNames(trailing[1]!);
    leadWords = trailing[0];
  } else {
    // "X牵头" / "X负责"; in "X会同Y等单位负责" X leads and Y helps (read below).
    const m = /([^,，。;；()]+?)(?:牵头|负责)/.exec(t);
    if (m) {
      lead = splitNames(m[1]!.split('会同')[0]!);
      leadWords = m[0];
    }
  }
  for (const m of t.matchAll(/会同([^,，。;；]+?)(?:等|举办|召开|开展|组织|负责|,|，|。|$)/g)) {
    partners.push(...splitNames(m[1]!));
    partnerWords.push(m[0]);
  }
  for (const m of t.matchAll(/([^,，。;；()]+?)(?:积极)?配合/g)) {
    if (/^各?(?:参与|相关|有关)(?:单位|部门)$/.test(m[1]!)) continue;
    partners.push(...splitNames(m[1]!));
    partnerWords.push(m[0]);
  }
  return { lead, partners, leadWords, partnerWords };
}
