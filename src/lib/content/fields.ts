/**
 * Field schemas shared by the collections in src/content.config.ts. Every message is
 * what an editor reads when a field is wrong: in Chinese, saying what is expected.
 */
import { z } from 'zod';
import { DateError, parseWhen, type When } from './dates.ts';
import type { RefKind } from './references.ts';

// Zod's own messages (for types no field below words itself) in Chinese too.
z.config(z.locales.zhCN());

/** YAML turns an unquoted 2020-10-14 into a Date: turn it back into the text the editor wrote. */
function asText(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}

/**
 * How editing tools show a field (read by src/lib/editors/field-docs.ts for the `new`
 * command, the editor guide and the CMS): a date, a reference to a list, an amount.
 */
export type EditorMeta = { editor: 'date' | 'amount' | 'image' } | { ref: RefKind };

/** An EDTF date, range or deadline, parsed once here into a When that knows its precision. */
export const edtf = () =>
  z
    .preprocess(
      asText,
      z
        .string({ error: '应为 EDTF 日期，例如 "2020-10-17"、"2020-08"、"2020-09-15/2020-10-17"' })
        .transform((text, ctx): When => {
          try {
            return parseWhen(text);
          } catch (error) {
            const reason = error instanceof DateError ? error.message : String(error);
            ctx.addIssue({
              code: 'custom',
              message: `${reason}；应为 EDTF 日期，例如 "2020-10-17"、"2020-08"、"2020-10-10~"、"[..2020-07-11]"`,
            });
            return z.NEVER;
          }
        }),
    )
    .meta({ editor: 'date' } satisfies EditorMeta);

/** A non-empty line of text. */
export const text = (what: string) =>
  z
    .string({ error: `应填写${what}（文字）` })
    .trim()
    .min(1, { error: `${what}不能为空` });

/** The name of a unit as written in src/content/units.yaml (checked against that list). */
export const unitName = () => text('单位名称').meta({ ref: 'unit' } satisfies EditorMeta);

/** The name of a county, city or district as written in src/content/regions.yaml (checked against that list). */
export const regionName = () => text('地区名称').meta({ ref: 'region' } satisfies EditorMeta);

/** The name of an activity category as written in src/content/categories.yaml (checked against that list). */
export const categoryName = () => text('类别').meta({ ref: 'category' } satisfies EditorMeta);

/** Fields of poverty work as written in src/content/areas.yaml (checked against that list); none by default. */
export const areaNames = () =>
  z
    .array(text('扶贫领域').meta({ ref: 'area' } satisfies EditorMeta), {
      error: '应为扶贫领域名称列表，例如 [消费扶贫, 电商扶贫]',
    })
    .default([]);

/** The name of an enterprise as written in src/content/enterprises.yaml (checked against that list). */
export const enterpriseName = () =>
  text('企业名称').meta({ ref: 'enterprise' } satisfies EditorMeta);

/** The name of a village as written in src/content/villages.yaml (checked against that list). */
export const villageName = () => text('村名').meta({ ref: 'village' } satisfies EditorMeta);

/** The file name (without .md) of a programme in src/content/programmes/ (checked against that folder). */
export const programmeId = () =>
  z
    .string({ error: '应为 src/content/programmes/ 中某个帮扶项目的文件名（不含 .md）' })
    .meta({ ref: 'programme' } satisfies EditorMeta);

/** The file name (without .md) of a notice in src/content/notices/ (checked against that folder). */
export const noticeId = () =>
  z
    .string({ error: '应为 src/content/notices/ 中某个通知的文件名（不含 .md）' })
    .meta({ ref: 'plan' } satisfies EditorMeta);

/** A list of notice file names (see noticeId); none by default. */
export const noticeIds = () =>
  z
    .array(noticeId(), { error: '应为通知文件名列表，例如 [2020-tacheng-fupinri-fangan]' })
    .default([]);

/** A list of unit names, at least one. */
export const unitNames = () =>
  z
    .array(unitName(), { error: '应为单位名称列表，例如 [地委宣传部, 地区扶贫办]' })
    .min(1, { error: '至少填写一个单位' });

/** The id of a campaign in src/content/campaigns.yaml, e.g. "2020" (a number is accepted). */
export const campaignId = () =>
  z
    .preprocess(
      (v) => (typeof v === 'number' ? String(v) : v),
      z.string({ error: '应为活动年度，例如 "2020"' }).min(1),
    )
    .meta({ ref: 'campaign' } satisfies EditorMeta);

/** A yuan amount: zero or more. */
export const amount = (what: string) =>
  z
    .number({ error: `${what}应为数字（元），例如 10000` })
    .nonnegative({ error: `${what}不能为负数` })
    .meta({ editor: 'amount' } satisfies EditorMeta);

/** One calendar day written YYYY-MM-DD (a change's date: calendars and feeds need the exact day). */
export const day = () =>
  z
    .preprocess(
      asText,
      z
        .string({ error: '应为日期，例如 "2020-10-20"' })
        .refine(
          (v) =>
            /^\d{4}-\d{2}-\d{2}$/.test(v) &&
            new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v,
          { error: '应为具体到日的日期，例如 "2020-10-20"' },
        ),
    )
    .meta({ editor: 'date' } satisfies EditorMeta);

/** One change to a published entry: the day it was made and what changed. */
export const change = z.strictObject({
  /** 更改日期，例如 "2020-10-20" */
  date: day(),
  /** 改了什么，读者会看到，例如 因天气原因延期至10月24日 */
  note: text('更改说明'),
});

/** Fields every Markdown collection takes. */
export const publishing = {
  /** 更新记录（可选）：发布后每次更改写一条，日期和说明，例如 - { date: "2020-10-20", note: 改期至10月24日 } */
  changes: z.array(change, { error: '应为更新记录列表，每条写 date 和 note' }).default([]),
  /** 草稿：true 时不出现在正式网站的任何地方（页面、列表、订阅、日历、站点地图、搜索），只在 npm run dev 预览中可见 */
  draft: z.boolean({ error: 'draft 应为 true 或 false' }).default(false),
  /** 示例：true 时照常发布，但醒目标注“示例”（内容不是来自真实文件） */
  example: z.boolean({ error: 'example 应为 true 或 false' }).default(false),
  /** 不进搜索：true 时照常发布，但站内搜索搜不到 */
  noindex: z.boolean({ error: 'noindex 应为 true 或 false' }).default(false),
};
