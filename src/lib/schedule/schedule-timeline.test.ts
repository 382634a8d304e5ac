/**
 * The timeline's grouping, ordering and status across every date form the plans use,
 * with a fixed "today", and the duties of a unit. (Kept apart from schedule.test.ts.)
 *
 * Past 250 lines: the table of every date form the plans use.
 */
import { describe, expect, it } from 'vitest';
import { parseWhen } from '../content/dates.ts';
import { byDate } from '../content/dates.ts';
import { activityStatus, daysToNextDay, groupByMonth, type Scheduled } from './schedule.ts';
import { dutiesOf, rolesOf } from './lookups.test-support.ts';

const activity = (
  id: string,
  edtf: string,
  lead: string[] = ['甲'],
  partners: string[] = [],
  plan = 'p',
): Scheduled => ({
  id,
  data: { when: parseWhen(edtf), lead, partners, campaign: '2020', plan },
});

/** Every form of date the content model lists, with an id that says what it is. */
const forms = {
  month: '2020-08',
  day: '2020-10-17',
  dayRange: '2020-09-15/2020-10-17',
  monthRange: '2020-07/2020-10',
  around: '2020-10-10~',
  monthEnd: '2020-09-30~',
  deadline: '[..2020-07-11]',
  year: '2020',
  crossYear: '2020-12-20/2021-01-05',
} as const;

const layout = (items: Scheduled[]) =>
  groupByMonth(items).map((g) => [
    g.label,
    g.items.map(({ item, continuing }) => `${item.id}${continuing ? '+' : ''}`),
  ]);

describe('groupByMonth: where each date form stands', () => {
  it.each([
    ['month', [['2020年8月', ['month']]]],
    ['day', [['2020年10月', ['day']]]],
    [
      'dayRange',
      [
        ['2020年9月', ['dayRange']],
        ['2020年10月', ['dayRange+']],
      ],
    ],
    [
      'monthRange',
      [
        ['2020年7月', ['monthRange']],
        ['2020年8月', ['monthRange+']],
        ['2020年9月', ['monthRange+']],
        ['2020年10月', ['monthRange+']],
      ],
    ],
    ['around', [['2020年10月', ['around']]]],
    ['monthEnd', [['2020年9月', ['monthEnd']]]],
    ['deadline', [['2020年7月', ['deadline']]]],
    ['year', [['2020年', ['year']]]],
    [
      'crossYear',
      [
        ['2020年12月', ['crossYear']],
        ['2021年1月', ['crossYear+']],
      ],
    ],
  ] as const)('%s', (form, expected) => {
    expect(layout([activity(form, forms[form])])).toEqual(expected);
  });

  it('marks whether an activity goes on into a later month', () => {
    const groups = groupByMonth([activity('r', forms.dayRange)]);
    expect(groups.map((g) => g.items.map((i) => [i.continuing, i.continues]))).toEqual([
      [[false, true]],
      [[true, false]],
    ]);
    expect(groups.map((g) => g.short)).toEqual(['9月', '10月']);
  });

  it('orders a month the way a reader looks for things: carried-over first, then whole month, then by day', () => {
    const items = [
      activity('oct17', '2020-10-17'),
      activity('due18', '[..2020-10-18]'),
      activity('around10', '2020-10-10~'),
      activity('octWhole', '2020-10'),
      activity('fromSep', '2020-09-15/2020-10-17'),
      activity('fromJul', '2020-07/2020-10'),
      activity('oct1to7', '2020-10-01/2020-10-07'),
      activity('sepEnd', '2020-09-30~'),
      activity('sepWhole', '2020-09'),
      activity('sep1', '2020-09-01'),
    ];
    expect(layout(items)).toEqual([
      ['2020年7月', ['fromJul']],
      ['2020年8月', ['fromJul+']],
      ['2020年9月', ['fromJul+', 'sepWhole', 'sep1', 'fromSep', 'sepEnd']],
      ['2020年10月', ['fromJul+', 'fromSep+', 'octWhole', 'oct1to7', 'around10', 'oct17', 'due18']],
    ]);
  });

  it('keeps a plan without a year in calendar order, month by month, with month-only headings', () => {
    const items = [
      activity('speech', '20XX-10-17'),
      activity('visits', '20XX-10-10~'),
      activity('meeting', '20XX-09-30~'),
      activity('awards', '20XX-09/20XX-10'),
      activity('firms', '[..20XX-10-17]'),
    ];
    expect(layout(items)).toEqual([
      ['9月', ['awards', 'meeting']],
      ['10月', ['awards+', 'visits', 'firms', 'speech']],
    ]);
  });

  it('does not depend on the order entries come in (ties broken by id)', () => {
    const items = Object.entries(forms).map(([id, edtf]) => activity(id, edtf));
    const reversed = [...items].reverse();
    expect(layout(reversed)).toEqual(layout(items));
    expect(
      byDate([activity('b', '2020-10-17'), activity('a', '2020-10-17')]).map((a) => a.id),
    ).toEqual(['a', 'b']);
  });
});

describe('activityStatus on a fixed today', () => {
  const table: [keyof typeof forms, string, string | null][] = [
    ['month', '2020-07-31', 'upcoming'],
    ['month', '2020-08-01', 'ongoing'],
    ['month', '2020-08-31', 'ongoing'],
    ['month', '2020-09-01', 'ended'],
    ['day', '2020-10-16', 'upcoming'],
    ['day', '2020-10-17', 'ongoing'],
    ['day', '2020-10-18', 'ended'],
    ['dayRange', '2020-09-14', 'upcoming'],
    ['dayRange', '2020-09-15', 'ongoing'],
    ['dayRange', '2020-10-17', 'ongoing'],
    ['dayRange', '2020-10-18', 'ended'],
    ['monthRange', '2020-06-30', 'upcoming'],
    ['monthRange', '2020-07-01', 'ongoing'],
    ['monthRange', '2020-10-31', 'ongoing'],
    ['monthRange', '2020-11-01', 'ended'],
    ['around', '2020-10-09', 'upcoming'],
    ['around', '2020-10-10', 'ongoing'],
    ['around', '2020-10-11', 'ended'],
    ['monthEnd', '2020-09-29', 'upcoming'],
    ['monthEnd', '2020-09-30', 'ongoing'],
    ['monthEnd', '2020-10-01', 'ended'],
    ['deadline', '2020-01-01', 'ongoing'],
    ['deadline', '2020-07-11', 'ongoing'],
    ['deadline', '2020-07-12', 'ended'],
    ['year', '2019-12-31', 'upcoming'],
    ['year', '2020-06-01', 'ongoing'],
    ['year', '2021-01-01', 'ended'],
    ['crossYear', '2020-12-31', 'ongoing'],
    ['crossYear', '2021-01-05', 'ongoing'],
    ['crossYear', '2021-01-06', 'ended'],
  ];
  it.each(table)('%s on %s is %s', (form, today, status) => {
    expect(activityStatus(activity(form, forms[form]), today)).toBe(status);
  });

  it.each(['20XX-10-17', '20XX-09/20XX-10', '20XX-10-10~', '20XX-09-30~', '[..20XX-10-17]'])(
    '%s has no status: its year is unknown',
    (edtf) => {
      expect(activityStatus(activity('x', edtf), '2020-10-10')).toBeNull();
    },
  );
});

describe('dutiesOf: what a unit must report, soonest first', () => {
  const plans = [
    {
      id: 'p',
      data: {
        title: '通知',
        planTitle: '方案',
        deadlines: [
          { task: '上报活动总结', due: parseWhen('[..2020-10-18]') },
          { task: '上报活动方案', due: parseWhen('[..2020-07-11]') },
          { task: '只给乙', due: parseWhen('[..2020-09-01]'), units: ['乙'] },
        ],
      },
    },
    {
      id: 'q',
      data: {
        title: '示例通知',
        deadlines: [{ task: '报送总结', due: parseWhen('[..20XX-10-31~]') }],
      },
    },
  ];
  const activities = [
    activity('a1', '2020-08', ['甲'], ['丙']),
    activity('a2', '20XX-10-17', ['丁'], [], 'q'),
  ];

  it.each([
    [
      '甲',
      '2020-07-01',
      [
        ['上报活动方案', 10],
        ['上报活动总结', 109],
      ],
    ],
    [
      '丙',
      '2020-07-12',
      [
        ['上报活动方案', -1],
        ['上报活动总结', 98],
      ],
    ],
    ['乙', '2020-09-01', [['只给乙', 0]]],
    ['丁', '2020-09-01', [['报送总结', null]]],
    ['戊', '2020-09-01', []],
  ] as const)('%s on %s', (unit, today, expected) => {
    expect(dutiesOf(unit, plans, activities, today).map((d) => [d.task, d.daysLeft])).toEqual(
      expected,
    );
  });

  it('names the plan and the deadline position, so calendars can give it a stable id', () => {
    const [first] = dutiesOf('甲', plans, activities, '2020-07-01');
    expect(first).toMatchObject({ plan: 'p', index: 1, planTitle: '方案' });
    expect(dutiesOf('丁', plans, activities, '2020-07-01')[0]).toMatchObject({
      plan: 'q',
      index: 0,
      planTitle: '示例通知',
    });
  });
});

describe('rolesOf and the countdown', () => {
  it('separates what a unit leads from what it helps with', () => {
    const items = [
      activity('b', '2020-10', ['甲'], ['乙']),
      activity('a', '2020-09', ['乙', '甲']),
      activity('c', '2020-08', ['丙'], ['甲']),
    ];
    const roles = rolesOf('甲', items);
    expect([roles.leads.map((a) => a.id), roles.helps.map((a) => a.id)]).toEqual([
      ['a', 'b'],
      ['c'],
    ]);
  });

  it.each([
    ['2020-10-17', 0],
    ['2020-10-16', 1],
    ['2020-10-18', 364],
    ['2020-01-01', 290],
    ['2019-12-31', 291],
    ['2023-10-18', 365],
  ])('on %s, %i days to 17 October', (today, n) => {
    expect(daysToNextDay(today)).toBe(n);
  });
});
