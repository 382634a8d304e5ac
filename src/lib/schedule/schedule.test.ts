/**
 * Grouping, ordering, paging and duties of activities on a fixed set of seed-like entries.
 * Past 250 lines: one fixture list serves every function of schedule.ts.
 */
import { describe, expect, it } from 'vitest';
import { byDate, parseWhen } from '../content/dates.ts';
import {
  activityStatus,
  daysToNextDay,
  dutiesByUnit,
  groupByMonth,
  monthLabel,
  monthPages,
  pageGroups,
  rolesByUnit,
  unitsByPlan,
  type Scheduled,
} from './schedule.ts';
import { dutiesOf, rolesOf, unitsOfPlan } from './lookups.test-support.ts';

const act = (
  id: string,
  when: string,
  lead: string[],
  partners: string[] = [],
  plan?: string,
): Scheduled => ({
  id,
  data: { when: parseWhen(when), lead, partners, campaign: '2020', plan },
});

const plan = 'tacheng';
const activities = [
  act('xilie', '2020-07/2020-10', ['地区扶贫办'], ['地区商务局'], plan),
  act('yantaohui', '2020-08', ['地委宣传部'], ['地委政策研究室', '地区扶贫办'], plan),
  act('zhuanti', '2020-09-15/2020-10-17', ['地委宣传部', '地区网信办'], [], plan),
  act('duanxin', '2020-10-17', ['塔城地区三大电信运营商'], [], plan),
  act('changyi', '2020-09', ['地区扶贫办'], [], plan),
  act('zoufang', '20XX-10-10~', ['市委办公室'], ['市扶贫办'], 'shili'),
  act('lianxihui', '20XX-09-30~', ['市扶贫攻坚工作领导小组办公室'], [], 'shili'),
  act('gongchen', '20XX-09/20XX-10', ['市委宣传部'], ['市扶贫办'], 'shili'),
  act('a-same-day', '2020-10-17', ['地区扶贫办'], [], plan),
];

describe('byDate', () => {
  it('sorts by first day, unknown years first, ties by id', () => {
    expect(byDate(activities).map((a) => a.id)).toEqual([
      'gongchen',
      'lianxihui',
      'zoufang',
      'xilie',
      'yantaohui',
      'changyi',
      'zhuanti',
      'a-same-day',
      'duanxin',
    ]);
  });

  it('does not depend on the input order', () => {
    expect(byDate([...activities].reverse())).toEqual(byDate(activities));
  });
});

describe('monthLabel', () => {
  it.each([
    ['2020-08', '2020年8月'],
    ['2020-10', '2020年10月'],
    ['XXXX-09', '9月'],
  ])('%s → %s', (month, label) => expect(monthLabel(month)).toBe(label));
});

describe('groupByMonth', () => {
  const groups = groupByMonth(activities);
  const table = Object.fromEntries(
    groups.map((g) => [g.label, g.items.map((i) => `${i.item.id}${i.continuing ? '…' : ''}`)]),
  );

  it('puts each activity in every month it covers, marked as continuing after the first', () => {
    expect(table).toEqual({
      '9月': ['gongchen', 'lianxihui'],
      '10月': ['gongchen…', 'zoufang'],
      '2020年7月': ['xilie'],
      '2020年8月': ['xilie…', 'yantaohui'],
      '2020年9月': ['xilie…', 'changyi', 'zhuanti'],
      '2020年10月': ['xilie…', 'zhuanti…', 'a-same-day', 'duanxin'],
    });
  });

  it('orders the months (unknown years first)', () => {
    expect(groups.map((g) => g.month)).toEqual([
      'XXXX-09',
      'XXXX-10',
      '2020-07',
      '2020-08',
      '2020-09',
      '2020-10',
    ]);
  });

  it.each([
    ['a deadline stands in the month it is due', '[..2020-07-11]', ['2020年7月']],
    ['a year-only date stands under its year', '2021', ['2021年']],
    ['a range over the new year', '2020-12-20/2021-01-05', ['2020年12月', '2021年1月']],
  ])('%s', (_, when, labels) => {
    expect(groupByMonth([act('x', when, ['甲'])]).map((g) => g.label)).toEqual(labels);
  });
});

describe('activityStatus on a fixed day', () => {
  it.each([
    ['yantaohui', '2020-07-31', 'upcoming'],
    ['yantaohui', '2020-08-01', 'ongoing'],
    ['yantaohui', '2020-08-31', 'ongoing'],
    ['yantaohui', '2020-09-01', 'ended'],
    ['zhuanti', '2020-10-17', 'ongoing'],
    ['zhuanti', '2020-10-18', 'ended'],
    ['zoufang', '2020-10-10', null],
  ])('%s on %s is %s', (id, today, status) => {
    const a = activities.find((x) => x.id === id);
    if (!a) throw new Error(id);
    expect(activityStatus(a, today)).toBe(status);
  });
});

describe('duties: which reporting deadlines bind a unit', () => {
  const plans = [
    {
      id: plan,
      data: {
        deadlines: [
          { task: '上报活动总结', due: parseWhen('[..2020-10-18]'), to: '地区扶贫办' },
          { task: '上报扶贫日活动方案', due: parseWhen('[..2020-07-11]'), to: '地区扶贫办' },
          { task: '报送宣传稿', due: parseWhen('[..2020-09-30]'), units: ['地区网信办'] },
        ],
      },
    },
    {
      id: 'shili',
      data: { deadlines: [{ task: '报送初步情况总结', due: parseWhen('[..20XX-10-31~]') }] },
    },
  ];

  it('collects the units named as lead or partner in a plan', () => {
    expect([...unitsOfPlan(plan, activities)].sort()).toEqual(
      [
        '地区扶贫办',
        '地区商务局',
        '地委宣传部',
        '地委政策研究室',
        '地区网信办',
        '塔城地区三大电信运营商',
      ].sort(),
    );
  });

  it.each([
    ['地委宣传部', ['上报扶贫日活动方案', '上报活动总结']],
    ['地区商务局', ['上报扶贫日活动方案', '上报活动总结']],
    ['地区网信办', ['上报扶贫日活动方案', '报送宣传稿', '上报活动总结']],
    ['市扶贫办', ['报送初步情况总结']],
    ['不相干的单位', []],
  ])('%s: %j, soonest first', (unit, tasks) => {
    expect(dutiesOf(unit, plans, activities, '2020-07-01').map((d) => d.task)).toEqual(tasks);
  });

  it.each([
    ['2020-07-01', [10, 109]],
    ['2020-07-11', [0, 99]],
    ['2020-07-12', [-1, 98]],
    ['2020-10-19', [-100, -1]],
  ])('days left on %s', (today, days) => {
    expect(dutiesOf('地委宣传部', plans, activities, today).map((d) => d.daysLeft)).toEqual(days);
  });

  it('has no days left for a deadline of an unknown year', () => {
    expect(dutiesOf('市扶贫办', plans, activities, '2020-10-01')).toMatchObject([
      { plan: 'shili', daysLeft: null },
    ]);
  });
  it.each([
    ['地区网信办', ['上报扶贫日活动方案', '报送宣传稿', '上报活动总结']],
    ['市委办公室', ['报送初步情况总结']],
    ['市扶贫攻坚工作领导小组办公室', ['报送初步情况总结']],
  ])('dutiesByUnit gives %s %j, as dutiesOf does', (unit, tasks) => {
    const all = dutiesByUnit(plans, activities, '2020-07-01');
    expect(all.get(unit)!.map((d) => d.task)).toEqual(tasks);
    expect(all.get(unit)).toEqual(dutiesOf(unit, plans, activities, '2020-07-01'));
  });

  it('dutiesByUnit holds exactly the units some deadline binds, each deadline once', () => {
    const twice = [
      {
        id: 'x',
        data: {
          deadlines: [
            { task: '报送', due: parseWhen('[..2020-10-01]'), units: ['甲', '甲', '乙'] },
          ],
        },
      },
    ];
    expect(
      [...dutiesByUnit(twice, [], '2020-07-01').entries()].map(([u, d]) => [u, d.length]),
    ).toEqual([
      ['甲', 1],
      ['乙', 1],
    ]);
    expect([...dutiesByUnit(plans, activities, '2020-07-01').keys()].sort()).toEqual(
      [...new Set([...unitsOfPlan(plan, activities), ...unitsOfPlan('shili', activities)])].sort(),
    );
  });
});

describe('unitsByPlan', () => {
  it.each([
    [
      plan,
      [
        '地区扶贫办',
        '地区商务局',
        '地委宣传部',
        '地委政策研究室',
        '地区网信办',
        '塔城地区三大电信运营商',
      ],
    ],
    ['shili', ['市委办公室', '市扶贫办', '市扶贫攻坚工作领导小组办公室', '市委宣传部']],
  ])('%s: %j', (id, units) => {
    expect([...unitsByPlan(activities).get(id)!].sort()).toEqual(units.sort());
  });

  it('leaves out activities without a plan', () => {
    expect([...unitsByPlan([act('solo', '2020-10-17', ['甲'])]).keys()]).toEqual([]);
  });
});

describe('rolesByUnit', () => {
  it.each([
    ['地区扶贫办', ['xilie', 'changyi', 'a-same-day'], ['yantaohui']],
    ['市扶贫办', [], ['gongchen', 'zoufang']],
    ['地区网信办', ['zhuanti'], []],
  ])('%s leads %j and helps with %j', (unit, leads, helps) => {
    const roles = rolesByUnit(activities).get(unit)!;
    expect(roles.leads.map((a) => a.id)).toEqual(leads);
    expect(roles.helps.map((a) => a.id)).toEqual(helps);
  });

  it('counts a unit named as both lead and partner, or twice, once as lead', () => {
    const roles = rolesByUnit([act('both', '2020-10-17', ['甲', '甲'], ['甲', '乙', '乙'])]);
    expect([roles.get('甲')!.leads.length, roles.get('甲')!.helps.length]).toEqual([1, 0]);
    expect([roles.get('乙')!.leads.length, roles.get('乙')!.helps.length]).toEqual([0, 1]);
  });
});

describe('rolesOf', () => {
  it.each([
    ['地区扶贫办', ['xilie', 'changyi', 'a-same-day'], ['yantaohui']],
    ['地委宣传部', ['yantaohui', 'zhuanti'], []],
    ['市扶贫办', [], ['gongchen', 'zoufang']],
    ['无关单位', [], []],
  ])('%s leads %j and helps with %j', (unit, leads, helps) => {
    const roles = rolesOf(unit, activities);
    expect(roles.leads.map((a) => a.id)).toEqual(leads);
    expect(roles.helps.map((a) => a.id)).toEqual(helps);
  });
});

describe('daysToNextDay', () => {
  it.each([
    ['2020-10-17', 0],
    ['2020-10-16', 1],
    ['2020-01-01', 290],
    ['2020-10-18', 364],
    ['2019-10-18', 365],
    ['2020-12-31', 290],
  ])('from %s: %i days', (today, days) => expect(daysToNextDay(today)).toBe(days));
});

describe('pageGroups', () => {
  const month = (m: string, n: number) => ({
    month: m,
    label: m,
    short: m,
    items: Array.from({ length: n }, (_, i) => ({
      item: `${m}/${i}`,
      continuing: false,
      continues: false,
    })),
  });
  const shape = (pages: ReturnType<typeof pageGroups<string>>) =>
    pages.map((p) => p.map((g) => `${g.month}:${g.items.length}`).join(' '));

  it.each([
    ['nothing', [], 3, []],
    ['one short page', [month('a', 1), month('b', 2)], 3, ['a:1 b:2']],
    [
      'whole months while they fit',
      [month('a', 2), month('b', 1), month('c', 2)],
      3,
      ['a:2 b:1', 'c:2'],
    ],
    [
      'a long month cut, its heading on each page',
      [month('a', 1), month('b', 5)],
      3,
      ['a:1 b:2', 'b:3'],
    ],
    ['a month longer than two pages', [month('a', 7)], 3, ['a:3', 'a:3', 'a:1']],
  ])('%s', (_, groups, size, expected) => {
    expect(shape(pageGroups(groups, size))).toEqual(expected);
  });

  it('keeps every row once, in order, and no page over its size', () => {
    const groups = groupByMonth(activities);
    for (const size of [1, 2, 3, 5, 100]) {
      const pages = pageGroups(groups, size);
      expect(pages.flat().flatMap((g) => g.items)).toEqual(groups.flatMap((g) => g.items));
      for (const p of pages) expect(p.flatMap((g) => g.items).length).toBeLessThanOrEqual(size);
    }
  });

  it('monthPages: the page each month begins on', () => {
    expect([...monthPages(pageGroups([month('a', 1), month('b', 5), month('c', 1)], 3))]).toEqual([
      ['a', 0],
      ['b', 0],
      ['c', 2],
    ]);
  });
});
