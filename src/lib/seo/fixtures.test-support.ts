/** A site and an entry's card, shared by the head-tag and structured-data tests. */
import { parseWhen } from '../content/dates.ts';
import type { Card } from '../content/entries.ts';
import type { SiteSettings } from './head-tags.ts';

export const site: SiteSettings = {
  url: 'https://fupinri.example.gov.cn',
  name: '扶贫日',
  title: '扶贫日活动专题网站',
  organiser: '某地扶贫办',
  siteIdCode: '',
};

export const notice: Card = {
  kind: 'notices',
  id: 'n1',
  url: '/notices/n1/',
  title: '关于印发方案的通知',
  date: parseWhen('2020-10-14'),
  summary: '印发方案',
  example: false,
  changes: [],
};
