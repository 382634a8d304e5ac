/**
 * Field schemas shared by the collections in src/content.config.ts. Every message is
 * what an editor reads when a field is wrong: in Chinese, saying what is expected.
 */
import { z } from 'zod';
import { DateError, parseWhen, type When } from './dates.ts';

// Zod's own messages (for types no field below words itself) in Chinese too.
z.config(z.locales.zhCN());

/** YAML turns an unquoted 2020-10-14 into a Date: turn it back into the text the editor wrote. */
function asText(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/** An EDTF date, range or deadline, parsed once here into a When that knows its precision. */
export const edtf = () =>
  z.preprocess(
    asText,
    z
      .string({ error: '应为 EDTF 日期，例如 "2020-10-17"、"2020-08"、"2020-09-15/2020-10-17"' })
      .transform((text, ctx): When => {
        try {
          return parseWhen(text);
        } catch (error) {
          const reason = error instanceof DateError ? error.message : String(error);
          ctx.addIssue({ code: 'custom', message: `${reason}；应为 EDTF 日期，例如 "2020-10-17"、"2020-08"、"2020-10-10~"、"[..2020-07-11]"` });
          return z.NEVER;
        }
      }),
  );

/** A non-empty line of text. */
export const text = (what: string) =>
  z.string({ error: `应填写${what}（文字）` }).trim().min(1, { error: `${what}不能为空` });

/** The name of a unit as written in src/content/units.yaml (checked against that list). */
export const unitName = () => text('单位名称');

/** A list of unit names, at least one. */
export const unitNames = () => z.array(unitName(), { error: '应为单位名称列表，例如 [地委宣传部, 地区扶贫办]' }).min(1, { error: '至少填写一个单位' });

/** The id of a campaign in src/content/campaigns.yaml, e.g. "2020" (a number is accepted). */
export const campaignId = () =>
  z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string({ error: '应为活动年度，例如 "2020"' }).min(1));

/** A yuan amount: zero or more. */
export const amount = (what: string) =>
  z.number({ error: `${what}应为数字（元），例如 10000` }).nonnegative({ error: `${what}不能为负数` });

/** Fields every Markdown collection takes. */
export const publishing = {
  /** true: left out of every production output (pages, lists, feeds, calendar, sitemap, search). */
  draft: z.boolean({ error: 'draft 应为 true 或 false' }).default(false),
  /** true: published, visibly labelled 示例 (content that does not come from a real document). */
  example: z.boolean({ error: 'example 应为 true 或 false' }).default(false),
  /** true: published but kept out of the site search. */
  noindex: z.boolean({ error: 'noindex 应为 true 或 false' }).default(false),
};
