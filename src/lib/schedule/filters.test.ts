import { describe, expect, it } from 'vitest';
import { facetUrl, facetValues, matches, namesOf, type Filterable } from './filters.ts';

const a = (
  lead: string[],
  regions: string[],
  category: string,
  areas: string[] = [],
): Filterable => ({
  data: { lead, regions, category, areas },
});

describe('facetValues', () => {
  const lists = {
    lead: [
      { name: '甲', slug: 'jia' },
      { name: '乙', slug: 'yi' },
      { name: '丙', slug: 'bing' },
    ],
    region: [
      { name: '北', slug: 'bei' },
      { name: '南', slug: 'nan' },
    ],
    category: [
      { name: '理论研讨', slug: 'lilunyantao' },
      { name: '宣传报道', slug: 'xuanchuanbaodao' },
      { name: '帮扶行动', slug: 'bangfuxingdong' },
    ],
    area: [
      { name: '消费扶贫', slug: 'xiaofei-fupin', note: '购买贫困地区的产品' },
      { name: '产业扶贫', slug: 'chanye-fupin' },
      { name: '电商扶贫', slug: 'dianshang-fupin' },
    ],
  };
  const items = [
    a(['乙'], ['南'], '宣传报道', ['电商扶贫', '消费扶贫']),
    a(['甲', '乙'], [], '理论研讨'),
    a(['乙'], ['南', '北'], '宣传报道', ['消费扶贫']),
  ];

  it('lists the values in use, in the reference lists’ order, with counts', () => {
    const values = facetValues(items, lists);
    expect(values.lead.map((v) => [v.slug, v.count])).toEqual([
      ['jia', 1],
      ['yi', 3],
    ]);
    expect(values.region.map((v) => [v.slug, v.count])).toEqual([
      ['bei', 1],
      ['nan', 2],
    ]);
    expect(values.category.map((v) => [v.name, v.slug, v.count])).toEqual([
      ['理论研讨', 'lilunyantao', 1],
      ['宣传报道', 'xuanchuanbaodao', 2],
    ]);
    expect(values.area.map((v) => [v.name, v.slug, v.count])).toEqual([
      ['消费扶贫', 'xiaofei-fupin', 2],
      ['电商扶贫', 'dianshang-fupin', 1],
    ]);
  });

  it('carries a value’s note to its page', () => {
    const values = facetValues(items, lists);
    expect(values.area[0]?.note).toBe('购买贫困地区的产品');
    expect(values.area[1]).not.toHaveProperty('note');
  });

  it('keeps exactly the activities a page of that value shows', () => {
    const values = facetValues(items, lists);
    for (const list of Object.values(values)) {
      for (const v of list)
        expect(items.filter((i) => matches(i, v.facet, v.name)).length).toBe(v.count);
    }
  });

  it('counts an activity once per value even if a name is written twice', () => {
    const values = facetValues([a(['甲', '甲'], [], '理论研讨', ['消费扶贫', '消费扶贫'])], lists);
    expect(values.lead.map((v) => v.count)).toEqual([1]);
    expect(values.area.map((v) => v.count)).toEqual([1]);
  });

  it.each([
    ['lead', ['甲', '乙']],
    ['region', []],
    ['category', ['理论研讨']],
    ['area', []],
  ] as const)('names of an activity for %s', (facet, names) => {
    expect(namesOf(items[1] as Filterable, facet)).toEqual(names);
  });

  it('gives an activity with several areas each of them', () => {
    expect(namesOf(items[0] as Filterable, 'area')).toEqual(['电商扶贫', '消费扶贫']);
  });

  it.each([
    ['/activities/', 'lead', 'jia', '/activities/lead/jia/'],
    ['/campaigns/20xx/', 'category', 'zhutihuodong', '/campaigns/20xx/category/zhutihuodong/'],
    ['/activities/', 'area', 'xiaofei-fupin', '/activities/area/xiaofei-fupin/'],
  ] as const)('address under %s', (base, facet, slug, url) => {
    expect(facetUrl(base, facet, slug)).toBe(url);
  });
});
