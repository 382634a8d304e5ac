import { describe, expect, it } from 'vitest';
import { categories } from '../../content.config.ts';
import {
  categorySlug,
  facetUrl,
  facetValues,
  matches,
  namesOf,
  type Filterable,
} from './filters.ts';

const a = (lead: string[], regions: string[], category: string): Filterable => ({
  data: { lead, regions, category },
});

describe('categorySlug', () => {
  it.each([
    ['理论研讨', 'lilunyantao'],
    ['帮扶行动', 'bangfuxingdong'],
    ['走访慰问', 'zoufangweiwen'],
    ['女性 ABC', 'nvxing-abc'],
  ])('%s → %s', (name, slug) => {
    expect(categorySlug(name)).toBe(slug);
  });

  it('gives every category of the schema a distinct ASCII address', () => {
    const slugs = categories.map(categorySlug);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(new Set(slugs).size).toBe(categories.length);
  });
});

describe('facetValues', () => {
  const units = [
    { name: '甲', slug: 'jia' },
    { name: '乙', slug: 'yi' },
    { name: '丙', slug: 'bing' },
  ];
  const regions = [
    { name: '北', slug: 'bei' },
    { name: '南', slug: 'nan' },
  ];
  const items = [
    a(['乙'], ['南'], '宣传报道'),
    a(['甲', '乙'], [], '理论研讨'),
    a(['乙'], ['南', '北'], '宣传报道'),
  ];

  it('lists the values in use, in the reference lists’ order, with counts', () => {
    const values = facetValues(items, { units, regions, categories });
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
  });

  it('keeps exactly the activities a page of that value shows', () => {
    const values = facetValues(items, { units, regions, categories });
    for (const list of Object.values(values)) {
      for (const v of list)
        expect(items.filter((i) => matches(i, v.facet, v.name)).length).toBe(v.count);
    }
  });

  it.each([
    ['lead', ['甲', '乙']],
    ['region', []],
    ['category', ['理论研讨']],
  ] as const)('names of an activity for %s', (facet, names) => {
    expect(namesOf(items[1] as Filterable, facet)).toEqual(names);
  });

  it.each([
    ['/activities/', 'lead', 'jia', '/activities/lead/jia/'],
    ['/campaigns/20xx/', 'category', 'zhutihuodong', '/campaigns/20xx/category/zhutihuodong/'],
  ] as const)('address under %s', (base, facet, slug, url) => {
    expect(facetUrl(base, facet, slug)).toBe(url);
  });
});
