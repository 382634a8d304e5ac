import { describe, expect, it } from 'vitest';
import { readDuty, splitNames, UnitIndex } from './units.ts';

describe('readDuty: the phrases plans name units with', () => {
  it.each([
    ['（地委宣传部负责）', ['地委宣传部'], []],
    ['(地委宣传部、网信办负责)', ['地委宣传部', '网信办'], []],
    ['（责任单位：市委宣传部）', ['市委宣传部'], []],
    ['(责任单位:市扶贫办、市电视台)', ['市扶贫办'], ['市电视台']],
    ['（责任单位：市扶贫攻坚领导小组办公室及相关单位）', ['市扶贫攻坚领导小组办公室'], []],
    ['地委宣传部牵头负责，举办研讨会', ['地委宣传部'], []],
    ['市委统战部牵头，组织企业结对', ['市委统战部'], []],
    [
      '地委宣传部牵头，会同地委政策研究室、地区扶贫办等有关部门举办研讨会',
      ['地委宣传部'],
      ['地委政策研究室', '地区扶贫办'],
    ],
    ['市扶贫办负责，市民政局、市妇联配合', ['市扶贫办'], ['市民政局', '市妇联']],
    ['地区文明办会同团委等单位负责开展志愿扶贫活动', ['地区文明办'], ['团委']],
    ['各有关单位积极配合', [], []],
  ])('%s → lead %j, partners %j', (text, lead, partners) => {
    const duty = readDuty(text);
    expect(duty.lead).toEqual(lead);
    expect(duty.partners).toEqual(partners);
    if (lead.length) expect(text.normalize('NFKC')).toContain(duty.leadWords!);
  });
});

describe('splitNames', () => {
  it.each([
    ['地委宣传部、网信办', ['地委宣传部', '网信办']],
    ['市扶贫办及相关单位', ['市扶贫办']],
    ['地委政策研究室、地区扶贫办等有关部门', ['地委政策研究室', '地区扶贫办']],
    ['市委宣传部和市扶贫办', ['市委宣传部', '市扶贫办']],
  ])('%s → %j', (list, names) => expect(splitNames(list)).toEqual(names));
});

describe('UnitIndex: names as plans shorten them', () => {
  const index = new UnitIndex([
    { name: '塔城地区扶贫开发领导小组', kind: 'coordination' },
    { name: '地区网信办', kind: 'government' },
    { name: '地区团委', kind: 'group' },
    { name: '塔城广播电视台', kind: 'media' },
    { name: '市扶贫攻坚工作领导小组办公室', kind: 'coordination' },
    { name: '地区发改委', kind: 'government' },
    { name: '市发改委', kind: 'government' },
    { name: '社会组织', kind: 'collective' },
  ]);
  it.each([
    ['地区网信办', '地区网信办'],
    ['网信办', '地区网信办'],
    ['团委', '地区团委'],
    ['地区扶贫开发领导小组', '塔城地区扶贫开发领导小组'],
    ['塔城电视台', '塔城广播电视台'],
    ['市扶贫攻坚领导小组办公室', '市扶贫攻坚工作领导小组办公室'],
    ['（全角）地区网信办'.slice(4), '地区网信办'],
  ])('%s → %s', (written, name) => expect(index.resolve(written).name).toBe(name));

  it('an unknown name gets the closest known names', () => {
    const read = index.resolve('地区网信委');
    expect(read.name).toBeNull();
    expect(read.closest[0]).toBe('地区网信办');
  });

  it('finds known units in running text, longest form first, not what is done after 开展', () => {
    expect(index.mentions('地区网信办会同地区发改委、社会组织开展社会组织扶贫活动')).toEqual([
      '地区网信办',
      '地区发改委',
      '社会组织',
    ]);
    expect(index.mentions('开展社会组织扶贫活动')).toEqual([]);
  });
});
