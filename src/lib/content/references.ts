/**
 * The lists and folders a field may name an entry of (units.yaml, notices/, …), and how an
 * editor is told of each: the one table the content check, the `new` command, the editor
 * guide and the CMS read, so a new kind of reference is added in one place.
 */

/** Where the names a reference field may take are kept. */
export interface Reference {
  /** The collection the names come from. */
  collection: string;
  /** The key of an item that a reference names (`name` in a list, the file name in a folder). */
  key: 'name' | 'id';
  /** The file or folder, relative to the project root. */
  where: string;
  /** What one name is, e.g. 单位名称. */
  what: string;
  /** The same in a table cell, e.g. 单位名称（units.yaml）. */
  short: string;
}

export const REFERENCES = {
  unit: {
    collection: 'units',
    key: 'name',
    where: 'src/content/units.yaml',
    what: '单位名称',
    short: '单位名称（units.yaml）',
  },
  region: {
    collection: 'regions',
    key: 'name',
    where: 'src/content/regions.yaml',
    what: '地区名称',
    short: '地区名称（regions.yaml）',
  },
  campaign: {
    collection: 'campaigns',
    key: 'id',
    where: 'src/content/campaigns.yaml',
    what: '年度',
    short: '年度（campaigns.yaml）',
  },
  plan: {
    collection: 'notices',
    key: 'id',
    where: 'src/content/notices/',
    what: '某个通知的文件名（不含 .md）',
    short: '通知文件名',
  },
  enterprise: {
    collection: 'enterprises',
    key: 'name',
    where: 'src/content/enterprises.yaml',
    what: '企业名称',
    short: '企业名称（enterprises.yaml）',
  },
  village: {
    collection: 'villages',
    key: 'name',
    where: 'src/content/villages.yaml',
    what: '村名',
    short: '村名（villages.yaml）',
  },
  programme: {
    collection: 'programmes',
    key: 'id',
    where: 'src/content/programmes/',
    what: '某个帮扶项目的文件名（不含 .md）',
    short: '帮扶项目文件名',
  },
  category: {
    collection: 'categories',
    key: 'name',
    where: 'src/content/categories.yaml',
    what: '类别名称',
    short: '类别名称（categories.yaml）',
  },
  area: {
    collection: 'areas',
    key: 'name',
    where: 'src/content/areas.yaml',
    what: '扶贫领域名称',
    short: '扶贫领域名称（areas.yaml）',
  },
} as const satisfies Record<string, Reference>;

/** A kind of reference: unit, region, campaign, plan, enterprise, village, programme, category, area. */
export type RefKind = keyof typeof REFERENCES;

/** What a reference must be, as an editor reads it: "src/content/units.yaml 中的单位名称". */
export const referenceText = (kind: RefKind): string =>
  `${REFERENCES[kind].where} 中的${REFERENCES[kind].what}`;
