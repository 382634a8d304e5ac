import { describe, expect, it } from 'vitest';
import { parseWhen } from '../content/dates.ts';
import {
  campaignFacets,
  entryFacets,
  pairedFacets,
  programmeFacets,
  regionFacets,
  unitFacets,
  unknownYear,
} from './page-meta.ts';

const base = { summary: '摘要', example: false };

describe('entryFacets: what a result shows and is filtered by', () => {
  it.each([
    [
      'an activity: its campaign, lead and partner units, regions',
      entryFacets('activities', {
        id: 'a',
        data: {
          ...base,
          title: '举办研讨会',
          campaign: '2020',
          when: parseWhen('2020-08'),
          lead: ['地委宣传部'],
          partners: ['地区扶贫办', '地委宣传部'],
          regions: ['塔城市'],
        },
      }),
      {
        type: '活动',
        date: '2020年8月',
        filters: {
          类型: ['活动'],
          年度: ['2020'],
          单位: ['地委宣传部', '地区扶贫办'],
          地区: ['塔城市'],
        },
      },
    ],
    [
      'a notice: publisher and signer',
      entryFacets('notices', {
        id: 'n',
        data: {
          ...base,
          title: '通知',
          campaign: '2020',
          date: parseWhen('2020-10-14'),
          publisher: '地区扶贫办',
          signedBy: '塔城地区扶贫开发领导小组办公室',
        },
      }),
      {
        type: '通知',
        date: '2020年10月14日',
        filters: {
          类型: ['通知'],
          年度: ['2020'],
          单位: ['地区扶贫办', '塔城地区扶贫开发领导小组办公室'],
          地区: [],
        },
      },
    ],
    [
      'a story: the year of its date, its region',
      entryFacets('stories', {
        id: 's',
        data: {
          ...base,
          title: '故事',
          date: parseWhen('2020-10-12'),
          region: '塔城地区',
          tags: ['扶贫车间'],
        },
      }),
      {
        type: '故事',
        date: '2020年10月12日',
        filters: { 类型: ['故事'], 年度: ['2020'], 单位: [], 地区: ['塔城地区'] },
      },
    ],
    [
      'a commendation of a year left open (20xx): no date',
      entryFacets('commendations', {
        id: 'c',
        data: {
          ...base,
          name: '王xx',
          campaign: '20xx',
          conferredBy: '市扶贫办',
          region: 'xx市',
          award: '扶贫功臣',
        },
      }),
      {
        type: '表彰',
        date: '',
        filters: { 类型: ['表彰'], 年度: [unknownYear], 单位: ['市扶贫办'], 地区: ['xx市'] },
      },
    ],
    [
      'an appeal: its organizers',
      entryFacets('appeals', {
        id: 'p',
        data: {
          ...base,
          title: '倡议书',
          campaign: '2020',
          date: parseWhen('2020-09'),
          organizers: ['塔城地区扶贫开发领导小组'],
        },
      }),
      {
        type: '倡议',
        date: '2020年9月',
        filters: { 类型: ['倡议'], 年度: ['2020'], 单位: ['塔城地区扶贫开发领导小组'], 地区: [] },
      },
    ],
  ])('%s', (_, facets, expected) => {
    expect(facets).toMatchObject(expected);
  });

  it('takes the title from the card and marks examples', () => {
    const facets = entryFacets('stories', {
      id: 's',
      data: { ...base, example: true, title: '家门口的扶贫车间', date: parseWhen('2020-10-12') },
    });
    expect(facets.title).toBe('家门口的扶贫车间');
    expect(facets.example).toBe(true);
  });

  it('puts naming fields in the keywords: title, document number, award, tags', () => {
    const notice = entryFacets('notices', {
      id: 'n',
      data: {
        ...base,
        title: '关于印发方案的通知',
        campaign: '2020',
        date: parseWhen('2020-10-14'),
        publisher: 'x',
        docNumber: '塔地扶贫领办字〔2020〕15号',
      },
    });
    expect(notice.keywords.split(' ')).toEqual(
      expect.arrayContaining(['通知', '2020', '15', '号', '领']),
    );
    const story = entryFacets('stories', {
      id: 's',
      data: { ...base, title: '故事', date: parseWhen('2020-10-12'), tags: ['扶贫车间'] },
    });
    expect(story.keywords.split(' ')).toEqual(expect.arrayContaining(['车间']));
  });
});

describe('sort keys: newest first when sorted descending, undated last', () => {
  it('orders dated entries by date, a known year before undated pages', () => {
    const story = (date: string) =>
      entryFacets('stories', { id: 's', data: { ...base, title: 't', date: parseWhen(date) } })
        .sort;
    const commendation = entryFacets('commendations', {
      id: 'c',
      data: { ...base, name: 'n', campaign: '2020', conferredBy: 'u' },
    }).sort;
    const keys = [
      story('2020-10-12'),
      story('2020-09'),
      commendation,
      story('2019-01-01'),
      unitFacets({ name: '地委宣传部' }).sort,
    ];
    expect([...keys].sort().reverse()).toEqual(keys);
  });
});

describe('pages that are not entries', () => {
  it.each([
    [
      'a unit',
      unitFacets({ name: '地委宣传部' }),
      {
        title: '地委宣传部',
        type: '单位',
        filters: { 类型: ['单位'], 年度: [], 单位: ['地委宣传部'], 地区: [] },
      },
    ],
    [
      'a region',
      regionFacets({ name: '塔城市' }),
      {
        title: '塔城市',
        type: '地区',
        filters: { 类型: ['地区'], 年度: [], 单位: [], 地区: ['塔城市'] },
      },
    ],
    [
      'a pairing programme: its own type, its organizers and counties',
      programmeFacets(
        {
          id: 'p',
          data: {
            ...base,
            title: '百企帮百村',
            campaign: '2020',
            date: parseWhen('2020-10-17'),
            organizers: ['市工商联', '市工商联'],
            example: true,
          },
        },
        ['甲县', '乙县'],
      ),
      {
        title: '百企帮百村',
        type: '结对帮扶',
        example: true,
        filters: { 类型: ['结对帮扶'], 年度: ['2020'], 单位: ['市工商联'], 地区: ['甲县', '乙县'] },
      },
    ],
    [
      'an enterprise, filtered by its county',
      pairedFacets('enterprises', { name: '某企业', region: '甲县' }),
      { type: '帮扶企业', filters: { 类型: ['帮扶企业'], 年度: [], 单位: [], 地区: ['甲县'] } },
    ],
    [
      'an enterprise of no county, and a village',
      [
        pairedFacets('enterprises', { name: '某企业' }),
        pairedFacets('villages', { name: '某村', region: '乙县', example: true }),
      ],
      [
        { filters: { 地区: [] } },
        {
          title: '某村',
          type: '结对村',
          example: true,
          filters: { 类型: ['结对村'], 地区: ['乙县'] },
        },
      ],
    ],
    [
      'a campaign',
      campaignFacets('2020', '2020年扶贫日活动安排', {
        date: parseWhen('2020-10-17'),
        theme: '决战决胜脱贫攻坚',
        example: false,
      }),
      {
        title: '2020年扶贫日活动安排',
        type: '活动安排',
        date: '2020年10月17日',
        filters: { 类型: ['活动安排'], 年度: ['2020'], 单位: [], 地区: [] },
      },
    ],
    [
      'an example campaign of no known year',
      campaignFacets('20xx', '扶贫日（示例方案，年份未定）活动安排', {
        date: parseWhen('20XX-10-17'),
        theme: '10·17，一起过上好日子',
        example: true,
      }),
      {
        type: '活动安排',
        example: true,
        filters: { 类型: ['活动安排'], 年度: [unknownYear], 单位: [], 地区: [] },
      },
    ],
  ])('%s', (_, facets, expected) => {
    expect(facets).toMatchObject(expected);
  });
});
