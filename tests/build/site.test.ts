/**
 * The built site (dist/, built once by tests/support/build-site.ts) against the seed
 * plans and the source content: activity pages with their dates and units, the notice's
 * metadata, deadlines on unit pages, the initiative letter, drafts, example labels.
 *
 * Past 250 lines: the seed plans' content checked page by page against one build.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { allSourceEntries, sourceEntries, yamlList, type SourceEntry } from '../support/content.ts';
import { allFiles, allPages, distDir, page, textOf } from '../support/dist.ts';
import { factsOf, h1Of, linksOf, timesOf } from '../support/html.ts';
import { normalise, seeds } from '../support/seeds.ts';

const [seed000, seed001] = seeds;
if (!seed000 || !seed001)
  throw new Error('tests/fixtures/seed-sentences.json must hold both seeds');

const units = new Map(yamlList('units').map((u) => [String(u.name), String(u.slug)]));
const notices = sourceEntries('notices');
// The seed plans' activities; the 示例 activities that show a changed plan belong to none.
const activities = sourceEntries('activities').filter((a) => a.data.plan !== undefined);
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The notice that publishes a seed plan: seed 000's by its 文号, seed 001's by its first sentence. */
const planOf000 = notices.find((n) => n.data.docNumber === seed000.fields['文号']);
const planOf001 = notices.find((n) =>
  normalise(n.body).includes(normalise(seed001.sentences[0] ?? '∅')),
);

/** A date of the seed's header (2020-10-14) as plans write it (2020年10月14日). */
const chineseDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

describe('every seed activity has its page', () => {
  /**
   * Each activity's time as its seed plan writes it, by its place in the plan (the
   * activity's `ref`): a dash between dates reads 至, the plan's year is shown where the
   * plan gives one, and seed 001's "在“10·17”当天" is 10月17日.
   */
  const asWritten: Record<string, [plan: SourceEntry | undefined, when: string]> = {
    '三（一）1': [planOf000, '2020年8月'],
    '三（一）2': [planOf000, '2020年10月'],
    '三（一）3': [planOf000, '2020年7月'],
    '三（一）4': [planOf000, '2020年9月15日至10月17日'],
    '三（一）5': [planOf000, '2020年9月'],
    '三（一）6': [planOf000, '2020年7月至10月'],
    '三（一）7': [planOf000, '2020年10月'],
    '三（一）8': [planOf000, '2020年10月17日'],
    '三（二）': [planOf000, '2020年7月至10月'],
    '三（三）': [planOf000, '2020年7月至10月'],
    '二（一）': [planOf001, '10月17日'],
    '二（二）': [planOf001, '10月17日'],
    '二（三）': [planOf001, '9月至10月'],
    '二（四）': [planOf001, '10月17日前'],
    '二（五）': [planOf001, '10月10日左右'],
    '二（六）': [planOf001, '9月底'],
  };

  it('both seed plans are notices', () => {
    expect(planOf000).toBeDefined();
    expect(planOf001).toBeDefined();
  });

  it('has 16 activities: 10 from seed 000 and 6 from seed 001', () => {
    expect(activities).toHaveLength(16);
    expect(activities.filter((a) => a.data.plan === planOf000?.id)).toHaveLength(10);
    expect(activities.filter((a) => a.data.plan === planOf001?.id)).toHaveLength(6);
    expect(activities.map((a) => a.data.ref).sort()).toEqual(Object.keys(asWritten).sort());
  });

  it.each(activities.map((a) => [a.id, a] as const))(
    '%s: its dates as written, its lead units linked',
    (id, a) => {
      const [plan, when] = asWritten[String(a.data.ref)] ?? [];
      expect(a.data.plan).toBe(plan?.id);
      const html = page(`/activities/${id}/`);
      expect(h1Of(html)).toContain(String(a.data.title));
      expect(timesOf(html)).toContain(when);
      const lead = list(a.data.lead);
      expect(lead.length).toBeGreaterThan(0);
      for (const name of lead) {
        const slug = units.get(name);
        expect(slug, name).toBeDefined();
        expect(linksOf(html)).toContainEqual({ href: `/units/${slug}/`, text: name });
        // …and the unit's page leads back to the activity.
        expect(linksOf(page(`/units/${slug}/`)).map((l) => l.href)).toContain(`/activities/${id}/`);
      }
    },
  );
});

describe('the notice of seed 000 shows its document metadata', () => {
  const html = page(`/notices/${planOf000?.id}/`);
  const facts = factsOf(html);
  const f = seed000.fields;

  it.each([
    ['文号', f['文号']],
    ['索引号', f['索引号']],
    // The seed's 发布机构 column is empty: the office that signed it published it.
    ['发布机构', f['落款']],
    ['公开日期', chineseDate(f['公开日期'] ?? '')],
    ['发文日期', chineseDate(f['发文日期'] ?? '')],
    ['联系人', f['联系人']],
    ['联系电话', f['联系电话']],
    ['报送邮箱', f['报送邮箱']],
  ])('%s %s', (label, value) => {
    expect(value).toBeTruthy();
    expect(facts.get(label)).toBe(value);
  });

  it('links the phone number and the mail address', () => {
    const hrefs = linksOf(html).map((l) => l.href);
    expect(hrefs).toContain(`tel:${f['联系电话']}`);
    expect(hrefs).toContain(`mailto:${f['报送邮箱']}`);
  });

  it('shows the signature (落款) and its date', () => {
    expect(f['落款日期']).toBe('2020年7月7日');
    expect(timesOf(html)).toContain(f['落款日期']);
    // The signing office stands beside its date, not only as the publisher.
    expect(normalise(textOf(html))).toMatch(
      new RegExp(`${escape(normalise(f['落款'] ?? '∅'))}${escape(f['落款日期'] ?? '∅')}`),
    );
  });

  it('shows the addressees (主送)', () => {
    const addressees = seed000.sentences.find((s) => s.startsWith('各县(市)扶贫开发领导小组,'));
    expect(normalise(facts.get('主送') ?? '')).toBe(normalise(addressees ?? '∅'));
  });
});

describe('reporting deadlines stand on the pages of the units they bind', () => {
  const cases = [
    [seed000, planOf000],
    [seed001, planOf001],
  ] as const;

  /** A deadline's due day as plans write it: 7月11日前, 10月底前. */
  const written = (due: string) => {
    const [, m, d, approx] = /\[\.\.(?:\d{4}|20XX)-(\d{2})-(\d{2})(~?)\]/.exec(due) ?? [];
    return approx ? `${Number(m)}月底前` : `${Number(m)}月${Number(d)}日前`;
  };

  it.each(cases.map(([seed, plan]) => [seed.file, seed, plan] as const))('%s', (_, seed, plan) => {
    const deadlines = (plan?.data.deadlines ?? []) as {
      task: string;
      due: string;
      units?: string[];
    }[];
    expect(deadlines.map((d) => written(d.due)).sort()).toEqual([...seed.deadlines].sort());
    const involved = new Set(
      activities
        .filter((a) => a.data.plan === plan?.id)
        .flatMap((a) => [...list(a.data.lead), ...list(a.data.partners)]),
    );
    for (const d of deadlines) {
      const bound = d.units ?? [...involved];
      expect(bound.length).toBeGreaterThan(0);
      for (const name of bound) {
        const text = normalise(textOf(page(`/units/${units.get(name)}/`)));
        expect(text, name).toContain(normalise(written(d.due)));
        expect(text, name).toContain(normalise(d.task));
      }
    }
  });

  it('not on the pages of units the plan does not bind', () => {
    const of000 = new Set(
      activities
        .filter((a) => a.data.plan === planOf000?.id)
        .flatMap((a) => [...list(a.data.lead), ...list(a.data.partners)]),
    );
    const of001 = activities
      .filter((a) => a.data.plan === planOf001?.id)
      .flatMap((a) => [...list(a.data.lead), ...list(a.data.partners)]);
    const only001 = of001.filter((n) => !of000.has(n));
    expect(only001.length).toBeGreaterThan(0);
    for (const name of only001) {
      const text = textOf(page(`/units/${units.get(name)}/`));
      for (const due of seed000.deadlines) expect(text, name).not.toContain(due);
    }
  });
});

describe('the initiative letter (倡议书)', () => {
  const title = /发布“([^”]+)”倡议书/.exec(seed000.sentences.join(''))?.[1];

  it('is linked from the home page at its short address', () => {
    expect(title).toBeTruthy();
    expect(linksOf(page('/')).map((l) => l.href)).toContain('/changyishu/');
  });

  it('is the letter the seed names', () => {
    expect(normalise(h1Of(page('/changyishu/')))).toContain(normalise(title ?? '∅'));
  });
});

describe('drafts reach no file of the build', () => {
  const drafts = allSourceEntries().filter((e) => e.data.draft === true);
  /** Every file of dist as text, gzip-compressed ones (Pagefind's) decompressed, Pagefind's word breaks removed. */
  const contents = allFiles().map((path) => {
    const bytes = readFileSync(join(distDir, path));
    const raw = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes;
    return { path, text: raw.toString('utf8').replace(/\u200b/g, '') };
  });

  it('there is a draft to look for', () => {
    expect(drafts.map((d) => `${d.collection}/${d.id}`)).toContain('stories/draft-caogao-shili');
  });

  it('the scan reads the search index: published words are found in it', () => {
    const published = allSourceEntries().find(
      (e) => e.collection === 'stories' && e.data.draft !== true,
    );
    const word = String(published?.data.title);
    expect(
      contents.filter(
        (c) => c.path.endsWith('.pf_fragment') && normalise(c.text).includes(normalise(word)),
      ).length,
    ).toBeGreaterThan(0);
    expect(
      contents.some(
        (c) => c.path.startsWith('/sitemap') && c.text.includes(`/stories/${published?.id}/`),
      ),
    ).toBe(true);
  });

  it.each(drafts.map((d) => [`${d.collection}/${d.id}`, d] as const))(
    '%s: its id, title and words are nowhere',
    (_, d) => {
      const needles = [
        d.id,
        String(d.data.title),
        String(d.data.summary),
        ...d.body
          .split(/[。\n]/)
          .map((s) => s.trim())
          .filter((s) => [...s].length >= 8),
        '草稿专用检索词甲乙丙',
      ].map(normalise);
      const found = contents.flatMap((c) =>
        needles.filter((n) => normalise(c.text).includes(n)).map((n) => `${c.path}: ${n}`),
      );
      expect(found).toEqual([]);
    },
  );
});

describe('example entries carry the visible 示例 label', () => {
  const entries = allSourceEntries().filter((e) => e.data.draft !== true);
  const titleOf = (e: SourceEntry) => String(e.data.title ?? e.data.name);

  it('there are examples and real entries', () => {
    expect(entries.filter((e) => e.data.example === true).length).toBeGreaterThan(5);
    expect(entries.filter((e) => e.data.example !== true).length).toBeGreaterThan(5);
  });

  it.each(entries.map((e) => [`${e.collection}/${e.id}`, e] as const))('%s', (_, e) => {
    const heading = h1Of(page(`/${e.collection}/${e.id}/`));
    expect(heading).toContain(titleOf(e));
    // What the heading says besides the title (a title may itself end in （示例）).
    const rest = heading.replace(titleOf(e), '');
    if (e.data.example === true) expect(rest).toContain('示例');
    else expect(rest).not.toContain('示例');
  });
});

describe('no page shows what the seeds had around the plans', () => {
  // The Simplified pages; the /zh-hant/ copies are Traditional on purpose (tests/build/traditional-and-elder.test.ts).
  // Text marked as Traditional (the switch to 繁體中文, lang="zh-Hant") is left out.
  const withoutHant = (html: string) =>
    html.replace(/<(\w+)\b[^>]*\slang="zh-Hant"[^>]*>[\s\S]*?<\/\1>/g, '');
  const pages = allPages()
    .filter((p) => !p.startsWith('/zh-hant/'))
    .map((path) => ({ path, text: textOf(withoutHant(page(path))) }));

  it('reads every page', () => {
    expect(pages.length).toBeGreaterThan(50);
  });

  it('no sidebar list of seed 001', () => {
    const junk = [
      '乡镇干部春节走访慰问',
      '世界艾滋病日',
      '防范网络电信诈骗',
      '学党史',
      ...seed001.sidebar.map((l) => l.replace(/^[一二三四五六七八九十]+、/, '')),
    ];
    expect(seed001.sidebar).toHaveLength(10);
    const found = pages.flatMap((p) =>
      junk.filter((j) => normalise(p.text).includes(normalise(j))).map((j) => `${p.path}: ${j}`),
    );
    expect(found).toEqual([]);
  });

  it('no page chrome of seed 000', () => {
    // 扶贫政策 (the source site's column name) is also a word of the plan, and × a sign: not searched for.
    const chrome = [
      '关闭窗口',
      '用户登录',
      ...seed000.chrome.filter(
        (c) => [...c].length > 1 && !seed000.sentences.some((s) => s.includes(c)),
      ),
    ];
    expect(chrome).toContain('【关闭窗口】');
    const found = pages.flatMap((p) =>
      chrome.filter((c) => normalise(p.text).includes(normalise(c))).map((c) => `${p.path}: ${c}`),
    );
    expect(found).toEqual([]);
  });

  it('no pinyin (Latin letters with tone marks)', () => {
    const toned = /\p{Script=Latin}*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]\p{Script=Latin}*/gu;
    const found = pages.flatMap((p) =>
      [...p.text.matchAll(toned)].map((m) => `${p.path}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });

  it('no Traditional characters: the visible text is its own Simplified form', () => {
    const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });
    // The check can see Traditional text: seed 001 as written is not its own Simplified form.
    expect(toSimplified('活動內容')).toBe('活动内容');
    const found = pages.flatMap((p) => {
      const simplified = [...toSimplified(p.text)];
      return [...p.text].flatMap((ch, i) =>
        simplified[i] !== ch ? [`${p.path}: ${ch}→${simplified[i]}`] : [],
      );
    });
    expect([...new Set(found)]).toEqual([]);
  });
});
