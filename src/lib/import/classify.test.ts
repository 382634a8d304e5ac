import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { areasOf, categoryOf, type Classifier } from './classify.ts';

const list = (name: string) =>
  parse(readFileSync(`src/content/${name}.yaml`, 'utf8')) as Classifier[];
const categories = list('categories');
const areas = list('areas');

describe('categoryOf, with the site’s categories.yaml', () => {
  it.each([
    ['举办“习近平总书记关于扶贫工作的重要论述”研讨会', '理论研讨', '论述'],
    ['开展地区脱贫攻坚奖评选推荐活动暨脱贫攻坚先进事迹报告会', '评选表彰', '奖'],
    ['评选、宣传和表彰“扶贫功臣”', '评选表彰', '评选'],
    ['开展扶贫日专题宣传', '宣传报道', '宣传'],
    ['发表市长电视讲话', '宣传报道', '讲话'],
    ['开展扶贫公益短信发送活动', '宣传报道', '短信'],
    ['发布扶贫日活动倡议书', '倡议募捐', '倡议'],
    ['召开联席会议，动员社会各界开展公益募捐', '倡议募捐', '募捐'],
    ['举办扶贫日系列活动', '主题活动', '扶贫日系列活动'],
    // 收看 comes before 奖 in the title: the first clue word wins, not the list's order.
    ['组织收看2020年脱贫攻坚奖特别节目', '主题活动', '收看'],
    ['组织“大走访、大慰问”活动', '走访慰问', '走访'],
    ['启动“百企帮百村”活动', '帮扶行动', '帮百村'],
    ['各地因地制宜开展系列特色活动', '帮扶行动', '特色'],
  ])('%s → %s (by %s)', (title, name, word) => {
    expect(categoryOf(title, '', categories)).toEqual({
      value: name,
      source: { from: 'guessed', why: `按“${word}”一词归类` },
    });
  });

  it('reads the text when the title has no clue word', () => {
    expect(categoryOf('开展一项活动', '组织志愿者走访贫困户。', categories).value).toBe('走访慰问');
  });

  it('leaves the category empty, saying why, when no clue word occurs', () => {
    expect(categoryOf('开展扶贫志愿服务', '组织志愿者走进贫困村。', categories)).toEqual({
      value: '',
      source: { from: 'empty', why: '标题和正文中没有 categories.yaml 中任何类别的归类词' },
    });
  });

  it('uses the words an office adds to its list, and a category’s name when it has none', () => {
    const office: Classifier[] = [{ name: '文艺演出', words: ['文艺', '演出'] }, { name: '展销' }];
    expect(categoryOf('举办扶贫文艺演出', '', office).value).toBe('文艺演出');
    expect(categoryOf('农产品展销', '', office).value).toBe('展销');
  });
});

describe('areasOf, with the site’s areas.yaml', () => {
  it('reads every field seed 000’s item 6 names, in areas.yaml’s order, with the words', () => {
    const text =
      '地区扶贫办举办地区消费扶贫行动成果展示活动；地区网信办负责开展网络扶贫活动；地区发改委（援疆办）组织开展援疆扶贫活动；地区商务局负责开展电商扶贫活动。';
    expect(areasOf('举办扶贫日系列活动', text, areas)).toEqual({
      value: ['消费扶贫', '电商扶贫', '网络扶贫', '援疆扶贫'],
      source: { from: 'read', words: '消费扶贫、电商扶贫、网络扶贫、援疆' },
    });
  });

  it.each([
    ['启动“百企帮百村”活动', '', ['民营企业精准扶贫']],
    [
      '地区定点扶贫单位结合帮扶任务开展系列活动',
      '组织开展消费扶贫活动。',
      ['消费扶贫', '定点扶贫'],
    ],
    ['开展扶贫日专题宣传', '宣传扶贫政策。', []],
  ])('%s → %j', (title, text, names) => {
    expect(areasOf(title, text, areas).value).toEqual(names);
  });

  it('says when no area is named', () => {
    expect(areasOf('开展扶贫日专题宣传', '', areas).source).toEqual({
      from: 'empty',
      why: '没有提到 areas.yaml 中的扶贫领域',
    });
  });
});
