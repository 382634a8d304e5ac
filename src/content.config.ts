/**
 * Every collection the site publishes and the schema its front matter must match.
 * Editors: the comment above each field is what it means. Cross-references (unit,
 * region, campaign and plan names) are checked by src/lib/content/validate.ts before a build.
 *
 * Long (about 400 lines) on purpose: every collection's schema and each field's comment in one
 * file, the one place an editor reads what a field means and the source of the field docs.
 */
import { defineCollection, type SchemaContext } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { z } from 'zod';
import { parse as parseYaml } from 'yaml';
import {
  amount,
  areaNames,
  campaignId,
  categoryName,
  edtf,
  enterpriseName,
  noticeId,
  noticeIds,
  programmeId,
  publishing,
  regionName,
  text,
  unitName,
  unitNames,
  villageName,
} from './lib/content/fields.ts';

const markdown = (folder: string) =>
  glob({ pattern: '**/[^_]*.{md,mdx}', base: `./src/content/${folder}` });
const yamlList = (name: string, idKey: string) =>
  file(`src/content/${name}.yaml`, {
    parser: (source) =>
      (parseYaml(source) as Record<string, unknown>[]).map((item) => ({
        ...item,
        id: String(item[idKey]),
      })),
  });

/** 活动状态：scheduled 按计划, postponed 延期（新时间未定或待通知）, rescheduled 改期（已定新时间）, cancelled 取消 */
export const activityStatuses = ['scheduled', 'postponed', 'rescheduled', 'cancelled'] as const;

/** 通知的有效性 */
export const validities = ['有效', '失效', '废止'] as const;

/** 单位种类 */
export const unitKinds = [
  'party',
  'government',
  'coordination',
  'group',
  'media',
  'enterprise',
  'collective',
  'other',
] as const;

export const unitSchema = z.object({
  /** 单位名称，编辑在各处引用时照此书写 */
  name: text('单位名称'),
  /** 网址中使用的英文短名（小写字母、数字和连字符） */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: '应为小写字母、数字和连字符，例如 diwei-xuanchuanbu',
  }),
  /** 种类：party 党委部门, government 政府部门, coordination 领导小组, group 人民团体, media 媒体, enterprise 企业, collective 多个单位的统称, other 其他 */
  kind: z.enum(unitKinds, { error: `应为以下之一：${unitKinds.join('、')}` }),
  /** 上级单位名称（可选） */
  parent: unitName().optional(),
});

export const regionSchema = z.object({
  /** 县市区名称 */
  name: text('地区名称'),
  /** 网址中使用的英文短名 */
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: '应为小写字母、数字和连字符，例如 tacheng-shi' }),
});

/** Fields an activity category (categories.yaml) and a field of poverty work (areas.yaml) share. */
const classFields = {
  /** 网址中使用的英文短名（小写字母、数字和连字符） */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: '应为小写字母、数字和连字符，例如 xiaofei-fupin',
  }),
  /** 说明：什么活动归入此项（显示在筛选页上） */
  note: text('说明'),
  /** 导入方案时据以归类的词（可选） */
  words: z.array(text('归类词'), { error: '应为词语列表，例如 [研讨, 座谈]' }).optional(),
};

export const categorySchema = z.object({
  /** 类别名称，活动的 category 照此书写 */
  name: text('类别名称'),
  ...classFields,
});

export const areaSchema = z.object({
  /** 扶贫领域名称，活动的 areas 照此书写 */
  name: text('领域名称'),
  ...classFields,
});

/** 企业性质 */
export const ownerships = ['state', 'private', 'other'] as const;

export const enterpriseSchema = z.object({
  /** 企业名称，结对名单中照此书写 */
  name: text('企业名称'),
  /** 网址中使用的英文短名（小写字母、数字和连字符） */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: '应为小写字母、数字和连字符，例如 shili-qiye-jia',
  }),
  /** 性质：state 国有, private 民营, other 其他 */
  ownership: z.enum(ownerships, { error: `应为以下之一：${ownerships.join('、')}` }),
  /** 所在县市区（可选） */
  region: regionName().optional(),
  /** 示例：true 表示示例企业 */
  example: z.boolean({ error: 'example 应为 true 或 false' }).default(false),
});

export const villageSchema = z.object({
  /** 村名，结对名单中照此书写 */
  name: text('村名'),
  /** 网址中使用的英文短名（小写字母、数字和连字符） */
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: '应为小写字母、数字和连字符，例如 shili-jiaxian-yicun',
  }),
  /** 所在县市区 */
  region: regionName(),
  /** 示例：true 表示示例村 */
  example: z.boolean({ error: 'example 应为 true 或 false' }).default(false),
});

export const campaignSchema = z.object({
  /** 年度，例如 "2020"；年份不详的示例写 "20xx" */
  id: z.string(),
  /** 扶贫日当天（EDTF），例如 "2020-10-17" */
  date: edtf(),
  /** 第几个扶贫日（可选） */
  edition: z.number().int().positive().optional(),
  /** 第几个国际消除贫困日（可选） */
  idepEdition: z.number().int().positive().optional(),
  /** 当年主题 */
  theme: text('主题'),
  /** 示例：true 表示示例年度 */
  example: z.boolean().default(false),
});

const deadlineSchema = z.strictObject({
  /** 要做的事，例如 上报活动总结 */
  task: text('事项'),
  /** 截止日期（EDTF），例如 "[..2020-10-18]" 表示 10月18日前 */
  due: edtf(),
  /** 报送给哪个单位（可选） */
  to: unitName().optional(),
  /** 适用的单位；不填则适用于方案中所有活动涉及的单位 */
  units: unitNames().optional(),
});

export const noticeSchema = z.strictObject({
  /** 标题 */
  title: text('标题'),
  /** 所属扶贫日年度，例如 "2020" */
  campaign: campaignId(),
  /** 公开日期（EDTF），例如 "2020-10-14" */
  date: edtf(),
  /** 发文日期（可选） */
  issued: edtf().optional(),
  /** 文号，例如 塔地扶贫领办字〔2020〕15号（可选） */
  docNumber: text('文号').optional(),
  /** 索引号（可选） */
  indexNumber: text('索引号').optional(),
  /** 发布机构（单位名称） */
  publisher: unitName(),
  /** 有效性（可选）：有效、失效 或 废止；失效或废止的通知照常发布，页面醒目标注 */
  validity: z.enum(validities, { error: `应为以下之一：${validities.join('、')}` }).optional(),
  /** 失效或废止的日期（可选），例如 "2020-11-01" */
  validityDate: edtf().optional(),
  /** 本文修订的通知（notices 中的文件名，可选） */
  amends: noticeIds(),
  /** 本文替代的通知（notices 中的文件名，可选） */
  replaces: noticeIds(),
  /** 废止本文的通知（notices 中的文件名，可选；填写时有效性应为 废止） */
  repealedBy: noticeId().optional(),
  /** 主送单位（可选） */
  addressees: text('主送').optional(),
  /** 联系人、电话、邮箱（可选） */
  contact: z
    .strictObject({
      /** 联系人 */
      name: text('联系人'),
      /** 联系电话 */
      phone: z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string()).optional(),
      /** 电子邮箱 */
      email: z.email({ error: '应为电子邮箱地址' }).optional(),
    })
    .optional(),
  /** 落款单位（可选） */
  signedBy: unitName().optional(),
  /** 落款日期（可选） */
  signedOn: edtf().optional(),
  /** 随文印发的方案标题（可选） */
  planTitle: text('方案标题').optional(),
  /** 一句话摘要 */
  summary: text('摘要'),
  /** 方案规定的报送期限（可选） */
  deadlines: z.array(deadlineSchema).default([]),
  ...publishing,
});

export const activitySchema = z.strictObject({
  /** 活动名称 */
  title: text('标题'),
  /** 所属扶贫日年度，例如 "2020" */
  campaign: campaignId(),
  /** 在方案中的位置，例如 三（一）1（可选） */
  ref: z.string().optional(),
  /** 开展时间（EDTF），例如 "2020-08"、"2020-09-15/2020-10-17"、"2020-10-10~" */
  when: edtf(),
  /** 牵头单位（负责单位） */
  lead: unitNames(),
  /** 配合单位（可选） */
  partners: z.array(unitName()).default([]),
  /** 类别：src/content/categories.yaml 中的一项 */
  category: categoryName(),
  /** 涉及的扶贫领域（可选）：src/content/areas.yaml 中的名称，可写多个，例如 [消费扶贫, 电商扶贫] */
  areas: areaNames(),
  /** 涉及的县市区（可选） */
  regions: z.array(regionName()).default([]),
  /** 出自哪份通知（notices 中的文件名，可选） */
  plan: noticeId().optional(),
  /** 状态（可选）：scheduled 按计划（默认）, postponed 已延期, rescheduled 已改期, cancelled 已取消；取消的活动照常列出并标注 */
  status: z
    .enum(activityStatuses, { error: `应为以下之一：${activityStatuses.join('、')}` })
    .default('scheduled'),
  /** 原定时间（EDTF，可选）：延期或改期的活动写原来的时间，when 写新的时间 */
  previousWhen: edtf().optional(),
  /** 状态说明（可选；取消的活动必填），例如 因疫情防控需要取消 */
  statusNote: text('状态说明').optional(),
  /** 一句话摘要 */
  summary: text('摘要'),
  ...publishing,
});

export const commendationSchema = z.strictObject({
  /** 受表彰的个人或单位名称 */
  name: text('名称'),
  /** 种类：individual 个人 或 unit 单位 */
  kind: z.enum(['individual', 'unit'], { error: '应为 individual（个人）或 unit（单位）' }),
  /** 奖项名称 */
  award: text('奖项'),
  /** 所属扶贫日年度 */
  campaign: campaignId(),
  /** 所在县市区（可选） */
  region: regionName().optional(),
  /** 授予单位 */
  conferredBy: unitName(),
  /** 一句话事迹 */
  summary: text('摘要'),
  ...publishing,
});

export const storySchema = ({ image }: Pick<SchemaContext, 'image'>) =>
  z.strictObject({
    /** 标题 */
    title: text('标题'),
    /** 发表日期（EDTF），例如 "2020-10-12" */
    date: edtf(),
    /** 作者 */
    author: text('作者'),
    /** 所在县市区（可选） */
    region: regionName().optional(),
    /** 标签（可选） */
    tags: z.array(z.string()).default([]),
    /** 一句话摘要 */
    summary: text('摘要'),
    /** 封面图（可选）：src 图片路径，alt 图片说明 */
    cover: z
      .strictObject({
        /** 图片路径，相对于本文件，例如 ./images/cover.jpg */
        src: image(),
        /** 图片说明（alt）：给看不见图片的读者读的一句话 */
        alt: text('图片说明 alt'),
      })
      .optional(),
    ...publishing,
  });

export const appealSchema = z.strictObject({
  /** 标题 */
  title: text('标题'),
  /** 种类：initiative 倡议书 或 donation 募捐 */
  kind: z.enum(['initiative', 'donation'], {
    error: '应为 initiative（倡议书）或 donation（募捐）',
  }),
  /** 所属扶贫日年度 */
  campaign: campaignId(),
  /** 发布日期（EDTF） */
  date: edtf(),
  /** 发起单位 */
  organizers: unitNames(),
  /** 状态：open 进行中 或 closed 已结束 */
  status: z.enum(['open', 'closed'], { error: '应为 open（进行中）或 closed（已结束）' }),
  /** 截止日期（可选） */
  deadline: edtf().optional(),
  /** 目标金额（元，可选） */
  goal: amount('目标金额').optional(),
  /** 已筹金额（元，可选） */
  raised: amount('已筹金额').optional(),
  /** 参与或捐赠渠道 */
  channels: z
    .array(
      z.strictObject({
        /** 渠道名称 */
        name: text('渠道名称'),
        /** 说明，例如 账号、地址或办理方式 */
        detail: text('渠道说明'),
      }),
    )
    .default([]),
  /** 资金使用公示（可选）：日期、用途、金额、接收方 */
  ledger: z
    .array(
      z.strictObject({
        /** 支出日期 */
        date: edtf(),
        /** 用途 */
        item: text('用途'),
        /** 金额（元） */
        amount: amount('金额'),
        /** 接收方 */
        recipient: text('接收方'),
      }),
    )
    .default([]),
  /** 一句话摘要 */
  summary: text('摘要'),
  ...publishing,
});

export const programmeSchema = z.strictObject({
  /** 项目名称，例如 百企帮百村 */
  title: text('标题'),
  /** 所属扶贫日年度 */
  campaign: campaignId(),
  /** 启动日期（EDTF） */
  date: edtf(),
  /** 目标：要结对的村的个数，例如 243 */
  target: z
    .number({ error: '目标应为整数，例如 243' })
    .int({ error: '目标应为整数，例如 243' })
    .positive({ error: '目标应大于 0' }),
  /** 项目覆盖的县市区；结对名单只能写这些地区 */
  regions: z
    .array(regionName(), { error: '应为地区名称列表，例如 [塔城市, 乌苏市]' })
    .min(1, { error: '至少填写一个地区' }),
  /** 牵头单位 */
  organizers: unitNames(),
  /** 出自哪份通知（notices 中的文件名，可选） */
  plan: noticeId().optional(),
  /** 状态：open 进行中 或 closed 已结束 */
  status: z.enum(['open', 'closed'], { error: '应为 open（进行中）或 closed（已结束）' }),
  /** 一句话摘要 */
  summary: text('摘要'),
  ...publishing,
});

/** 结对状态 */
export const pairingStatuses = ['signed', 'ongoing', 'done'] as const;

export const pairingListSchema = z.strictObject({
  /** 名单标题，例如 示例甲县“百企帮百村”结对名单 */
  title: text('标题'),
  /** 所属帮扶项目（programmes 中的文件名） */
  programme: programmeId(),
  /** 本名单所属的县市区（须是项目覆盖的地区） */
  region: regionName(),
  /** 结对名单：一行一对企业和村 */
  pairings: z
    .array(
      z.strictObject({
        /** 帮扶企业（enterprises.yaml 中的企业名称） */
        enterprise: enterpriseName(),
        /** 结对村（villages.yaml 中的村名，须在本名单的县市区） */
        village: villageName(),
        /** 签约日期（EDTF），不能晚于今天 */
        signed: edtf(),
        /** 帮扶内容，例如 产业帮扶：建设农产品加工车间 */
        help: text('帮扶内容'),
        /** 承诺投入金额（元，可选） */
        pledged: amount('承诺投入金额').optional(),
        /** 已到位金额（元，可选） */
        delivered: amount('已到位金额').optional(),
        /** 状态：signed 已签约, ongoing 帮扶中, done 已完成 */
        status: z
          .enum(pairingStatuses, { error: `应为以下之一：${pairingStatuses.join('、')}` })
          .default('signed'),
      }),
      { error: '应为结对列表，每项以“- enterprise: …”开头' },
    )
    .min(1, { error: '至少填写一对结对' }),
  ...publishing,
});

export const collections = {
  units: defineCollection({ loader: yamlList('units', 'slug'), schema: unitSchema }),
  regions: defineCollection({ loader: yamlList('regions', 'slug'), schema: regionSchema }),
  campaigns: defineCollection({ loader: yamlList('campaigns', 'id'), schema: campaignSchema }),
  enterprises: defineCollection({
    loader: yamlList('enterprises', 'slug'),
    schema: enterpriseSchema,
  }),
  villages: defineCollection({ loader: yamlList('villages', 'slug'), schema: villageSchema }),
  categories: defineCollection({
    loader: yamlList('categories', 'slug'),
    schema: categorySchema,
  }),
  areas: defineCollection({ loader: yamlList('areas', 'slug'), schema: areaSchema }),
  notices: defineCollection({ loader: markdown('notices'), schema: noticeSchema }),
  activities: defineCollection({ loader: markdown('activities'), schema: activitySchema }),
  commendations: defineCollection({
    loader: markdown('commendations'),
    schema: commendationSchema,
  }),
  stories: defineCollection({ loader: markdown('stories'), schema: storySchema }),
  appeals: defineCollection({ loader: markdown('appeals'), schema: appealSchema }),
  programmes: defineCollection({ loader: markdown('programmes'), schema: programmeSchema }),
  pairings: defineCollection({ loader: markdown('pairings'), schema: pairingListSchema }),
};

export type Unit = z.infer<typeof unitSchema>;
export type Region = z.infer<typeof regionSchema>;
export type Campaign = z.infer<typeof campaignSchema>;
export type Notice = z.infer<typeof noticeSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Commendation = z.infer<typeof commendationSchema>;
export type Appeal = z.infer<typeof appealSchema>;
export type Enterprise = z.infer<typeof enterpriseSchema>;
export type Village = z.infer<typeof villageSchema>;
export type Category = z.infer<typeof categorySchema>;
export type Area = z.infer<typeof areaSchema>;
export type Programme = z.infer<typeof programmeSchema>;
export type PairingList = z.infer<typeof pairingListSchema>;
