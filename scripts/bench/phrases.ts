/**
 * The phrase bank the synthetic corpus is built from: campaign themes, words of titles,
 * tags, awards, and clauses from which plausible Chinese bodies are assembled. The names
 * of regions, units, villages and people are in names.ts.
 */
import type { Rng } from './prng.ts';

/** Themes of past Poverty Alleviation Days, and plausible ones. */
export const themes: readonly string[] = [
  '社会扶贫，共同参与',
  '携手脱贫，共建小康',
  '动员全社会力量，凝聚攻坚正能量',
  '扶贫济困，你我同行',
  '决战决胜脱贫攻坚',
  '巩固拓展脱贫攻坚成果，全面推进乡村振兴',
  '凝聚社会帮扶力量，助力乡村全面振兴',
  '10·17，一起过上好日子',
];

/** Words in titles: what is done. */
export const titleVerbs: readonly string[] = [
  '开展',
  '举办',
  '组织',
  '召开',
  '启动',
  '推进',
  '深化',
  '部署',
  '做好',
  '表彰',
];

/** Words in titles: the subject. */
export const titleTopics: readonly string[] = [
  '消费扶贫进机关活动',
  '扶贫日专题宣传',
  '脱贫攻坚先进事迹报告会',
  '产业扶贫现场观摩会',
  '就业扶贫专场招聘会',
  '健康扶贫义诊活动',
  '教育扶贫助学行动',
  '电商扶贫培训班',
  '网络扶贫公益直播',
  '巾帼扶贫志愿服务',
  '百企帮百村结对签约',
  '大走访大慰问活动',
  '扶贫政策宣讲',
  '扶贫公益短信发送',
  '扶贫产品展销会',
  '驻村工作队经验交流会',
  '社会组织扶贫对接会',
  '金融扶贫政策解读',
  '旅游扶贫推介会',
  '青年建功扶贫行动',
];

/** Tags of stories. */
export const storyTags: readonly string[] = [
  '驻村工作',
  '产业扶贫',
  '就业扶贫',
  '消费扶贫',
  '教育扶贫',
  '健康扶贫',
  '我所经历的脱贫攻坚故事',
  '易地搬迁',
  '志愿服务',
];

/** Awards for commendations. */
export const awards: readonly string[] = [
  '地区脱贫攻坚奖',
  '脱贫攻坚先进个人',
  '脱贫攻坚先进集体',
  '扶贫功臣',
  '优秀驻村工作队员',
  '消费扶贫爱心单位',
];

/** Opening clauses of body sentences. */
const openers: readonly string[] = [
  '按照地区扶贫开发领导小组的统一部署',
  '围绕扶贫日活动主题',
  '为深入贯彻落实精准扶贫精准脱贫基本方略',
  '结合本地实际',
  '在各级党委政府的坚强领导下',
  '活动期间',
  '近年来',
  '为进一步凝聚社会帮扶力量',
  '根据活动方案要求',
  '为巩固拓展脱贫攻坚成果',
  '在帮扶单位的支持下',
  '驻村工作队进村以来',
  '合作社成立以后',
  '今年扶贫日前后',
];

/** Middle clauses of body sentences. */
const middles: readonly string[] = [
  '各成员单位密切配合、上下联动',
  '工作队逐户走访摸清底数',
  '把每户的收入来源和困难一条条记在本子上',
  '统一购买种苗、统一技术指导、统一对外销售',
  '组织干部职工集中认购扶贫产品',
  '通过报纸、电视、网站和微信等平台广泛宣传',
  '邀请先进典型讲述亲身经历',
  '开展技能培训和岗位推介',
  '落实“两不愁三保障”各项政策',
  '发展特色种植和养殖产业',
  '打通农产品销售渠道',
  '动员民营企业和社会组织积极参与',
  '建立帮扶台账，实行销号管理',
  '组织医疗队深入村组开展义诊',
  '为困难家庭学生发放助学金',
  '修通了通往乡上的硬化路',
  '引导群众转变观念、勤劳致富',
  '把扶贫车间办到了家门口',
  '对募集资金实行专账管理',
  '主动接受社会各方面的监督',
];

/** Closing clauses of body sentences. */
const closers: readonly string[] = [
  '营造了全社会关心扶贫、参与扶贫的浓厚氛围',
  '带动贫困户稳定增收',
  '确保各项活动落到实处',
  '形成了上下联动、左右互动的工作态势',
  '群众的获得感和幸福感明显增强',
  '取得了良好的社会效果',
  '为打赢脱贫攻坚战作出了积极贡献',
  '受到群众普遍欢迎',
  '村里的面貌发生了很大变化',
  '让更多农产品走出大山',
  '做到节俭务实、公开透明',
  '推动帮扶工作常态化开展',
];

/** Section headings of long bodies (notices and appeals). */
export const sectionHeads: readonly string[] = [
  '指导思想',
  '基本原则',
  '活动内容',
  '工作要求',
  '组织领导',
  '时间安排',
  '资金管理',
  '宣传报道',
];

/** Chinese ordinal numerals for headings: 一、二、… */
export const numerals: readonly string[] = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
];

/** One sentence of plausible Chinese built from the bank: an opener, one or two actions, a result. */
export function sentence(rng: Pick<Rng, 'pick' | 'sample' | 'int'>): string {
  return `${[rng.pick(openers), ...rng.sample(middles, rng.int(1, 2)), rng.pick(closers)].join('，')}。`;
}
