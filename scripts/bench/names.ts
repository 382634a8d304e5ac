/**
 * The names the synthetic corpus uses: real region and unit names in the style of the
 * seed plans, villages, and surnames. No person is named: people appear redacted (张xx),
 * as in the seeds. The words of titles and bodies are in phrases.ts.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** Counties and cities (2020 divisions of 塔城地区), with ASCII slugs. */
export const regions: readonly { name: string; slug: string }[] = [
  { name: '塔城地区', slug: 'tacheng-diqu' },
  { name: '塔城市', slug: 'tacheng-shi' },
  { name: '乌苏市', slug: 'wusu-shi' },
  { name: '额敏县', slug: 'emin-xian' },
  { name: '沙湾县', slug: 'shawan-xian' },
  { name: '托里县', slug: 'tuoli-xian' },
  { name: '裕民县', slug: 'yumin-xian' },
  { name: '和布克赛尔蒙古自治县', slug: 'hebukesaier-menggu-zizhixian' },
];

/** The site's own activity categories and areas (src/content/categories.yaml, areas.yaml): the corpus keeps them as they are. */
export const classLists = Object.fromEntries(
  (['categories', 'areas'] as const).map((name) => {
    const text = readFileSync(new URL(`../../src/content/${name}.yaml`, import.meta.url), 'utf8');
    return [name, { text, names: (parse(text) as { name: string }[]).map((c) => c.name) }];
  }),
) as Record<'categories' | 'areas', { text: string; names: string[] }>;

/** The region of the example (示例) campaign, whose names are redacted. */
export const exampleRegion = { name: 'xx市', slug: 'shili-xx-shi' } as const;

/** Unit kinds as src/content.config.ts lists them. */
export type UnitKind =
  | 'party'
  | 'government'
  | 'coordination'
  | 'group'
  | 'media'
  | 'enterprise'
  | 'collective'
  | 'other';

/** A unit as units.yaml writes it. */
export interface UnitSeed {
  name: string;
  slug: string;
  kind: UnitKind;
  parent?: string;
}

/** Prefecture-level units named in seed 000, with their slugs. */
export const prefectureUnits: readonly UnitSeed[] = [
  { name: '塔城地区扶贫开发领导小组', slug: 'tacheng-fupin-lingdao-xiaozu', kind: 'coordination' },
  {
    name: '塔城地区扶贫开发领导小组办公室',
    slug: 'tacheng-fupin-lingdao-xiaozu-bangongshi',
    kind: 'coordination',
    parent: '塔城地区扶贫开发领导小组',
  },
  { name: '地委宣传部', slug: 'diwei-xuanchuanbu', kind: 'party' },
  { name: '地委政策研究室', slug: 'diwei-zhengce-yanjiushi', kind: 'party' },
  { name: '地区网信办', slug: 'diqu-wangxinban', kind: 'party' },
  { name: '地区文明办', slug: 'diqu-wenmingban', kind: 'party' },
  { name: '地区扶贫办', slug: 'diqu-fupinban', kind: 'government' },
  { name: '地区发改委', slug: 'diqu-fagaiwei', kind: 'government' },
  { name: '地区援疆办', slug: 'diqu-yuanjiangban', kind: 'government', parent: '地区发改委' },
  { name: '地区教育局', slug: 'diqu-jiaoyuju', kind: 'government' },
  { name: '地区农业农村局', slug: 'diqu-nongye-nongcunju', kind: 'government' },
  { name: '地区商务局', slug: 'diqu-shangwuju', kind: 'government' },
  { name: '地区国资委', slug: 'diqu-guoziwei', kind: 'government' },
  { name: '地区民政局', slug: 'diqu-minzhengju', kind: 'government' },
  { name: '地区卫健委', slug: 'diqu-weijianwei', kind: 'government' },
  { name: '地区人社局', slug: 'diqu-rensheju', kind: 'government' },
  { name: '地区文化旅游局', slug: 'diqu-wenhua-lvyouju', kind: 'government' },
  { name: '地区地方金融监督管理局', slug: 'diqu-difang-jinrong-jianguanju', kind: 'government' },
  { name: '地区工商联', slug: 'diqu-gongshanglian', kind: 'group' },
  { name: '地区妇联', slug: 'diqu-fulian', kind: 'group' },
  { name: '地区团委', slug: 'diqu-tuanwei', kind: 'group' },
  { name: '地区供销合作社', slug: 'diqu-gongxiao-hezuoshe', kind: 'other' },
  { name: '地区宣讲团', slug: 'diqu-xuanjiangtuan', kind: 'other', parent: '地委宣传部' },
  { name: '辽宁援疆前方指挥部', slug: 'liaoning-yuanjiang-qianfang-zhihuibu', kind: 'government' },
  { name: '地区定点扶贫单位', slug: 'diqu-dingdian-fupin-danwei', kind: 'collective' },
  { name: '“访惠聚”驻村工作队', slug: 'fanghuiju-zhucun-gongzuodui', kind: 'collective' },
  { name: '社会组织', slug: 'shehui-zuzhi', kind: 'collective' },
  { name: '民营企业', slug: 'minying-qiye', kind: 'collective' },
  {
    name: '塔城地区三大电信运营商',
    slug: 'tacheng-sanda-dianxin-yunyingshang',
    kind: 'collective',
  },
  { name: '塔城日报', slug: 'tacheng-ribao', kind: 'media' },
  { name: '塔城广播电视台', slug: 'tacheng-guangbo-dianshitai', kind: 'media' },
  { name: '新疆日报', slug: 'xinjiang-ribao', kind: 'media' },
];

/** Offices every county and city has: suffix of the name, slug suffix, kind. */
export const countyOffices: readonly { suffix: string; slug: string; kind: UnitKind }[] = [
  { suffix: '扶贫开发领导小组', slug: 'fupin-lingdao-xiaozu', kind: 'coordination' },
  { suffix: '扶贫办', slug: 'fupinban', kind: 'government' },
  { suffix: '委宣传部', slug: 'xuanchuanbu', kind: 'party' },
  { suffix: '农业农村局', slug: 'nongye-nongcunju', kind: 'government' },
  { suffix: '商务局', slug: 'shangwuju', kind: 'government' },
  { suffix: '妇联', slug: 'fulian', kind: 'group' },
];

/** Units of the example (示例) plan, names redacted as in seed 001. */
export const exampleUnits: readonly UnitSeed[] = [
  {
    name: '市扶贫攻坚工作领导小组办公室',
    slug: 'shili-shi-fupin-gongjian-lingdao-xiaozu-bangongshi',
    kind: 'coordination',
  },
  { name: '市委宣传部', slug: 'shili-shiwei-xuanchuanbu', kind: 'party' },
  { name: '市慈善总会', slug: 'shili-shi-cishan-zonghui', kind: 'group' },
  { name: 'xx日报', slug: 'shili-xx-ribao', kind: 'media' },
];

/** Villages (common names, not tied to any real place in the data). */
export const villages: readonly string[] = [
  '红旗村',
  '团结村',
  '幸福村',
  '新华村',
  '和平村',
  '光明村',
  '前进村',
  '胜利村',
  '东风村',
  '新民村',
  '丰收村',
  '富强村',
];

/** Surnames for redacted names such as 王xx. */
export const surnames: readonly string[] = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
];
