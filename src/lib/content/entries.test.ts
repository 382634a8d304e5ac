import { describe, expect, it } from 'vitest';
import { parseWhen } from './dates.ts';
import { cardOf, entryUrl, initiativeUrl, refUrl, type Kind } from './entries.ts';

const kinds: Kind[] = ['notices', 'activities', 'commendations', 'stories', 'appeals'];

describe('entryUrl and refUrl', () => {
  it.each(kinds)('%s: /kind/id/ with a trailing slash', (kind) => {
    expect(entryUrl(kind, '2020-01-yantaohui')).toBe(`/${kind}/2020-01-yantaohui/`);
  });
  it.each([
    ['units', 'diwei-xuanchuanbu', '/units/diwei-xuanchuanbu/'],
    ['regions', 'tacheng-shi', '/regions/tacheng-shi/'],
  ] as const)('%s/%s → %s', (kind, slug, url) => expect(refUrl(kind, slug)).toBe(url));
  it('gives the initiative letter a short stable address', () =>
    expect(initiativeUrl).toBe('/changyishu/'));
});

describe('cardOf: one source of URL, title, date and summary', () => {
  const when = parseWhen('2020-09-15/2020-10-17');
  const date = parseWhen('2020-10-14');
  it.each([
    ['activities', { title: '专题宣传', when, summary: '摘要', example: false }, '专题宣传', when],
    ['notices', { title: '通知', date, summary: '摘要', example: false }, '通知', date],
    ['commendations', { name: '李xx', summary: '摘要', example: true }, '李xx', undefined],
    ['stories', { title: '故事', date, summary: '摘要', example: true }, '故事', date],
    ['appeals', { title: '倡议书', date, summary: '摘要', example: false }, '倡议书', date],
    ['stories', { summary: '没有标题', example: false }, 'x-id', undefined],
  ] as const)('%s: title %s', (kind, data, title, shown) => {
    const card = cardOf(kind, { id: 'x-id', data });
    expect(card).toEqual({
      kind,
      id: 'x-id',
      url: `/${kind}/x-id/`,
      title,
      date: shown,
      summary: data.summary,
      example: data.example,
      changes: [],
    });
  });

  it('carries the change history as written', () => {
    const changes = [{ date: '2020-10-09', note: '改期' }];
    const data = { title: '活动', when, summary: '', example: false, changes };
    expect(cardOf('activities', { id: 'a', data }).changes).toEqual(changes);
  });

  it('prefers the time window of an activity to a publication date', () => {
    expect(
      cardOf('activities', { id: 'a', data: { when, date, summary: '', example: false } }).date,
    ).toBe(when);
  });
});
