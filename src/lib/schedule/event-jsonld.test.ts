import { describe, expect, it } from 'vitest';
import { parseWhen } from '../content/dates.ts';
import { eventJsonLd, jsonForScript, type EventInput } from './event-jsonld.ts';

const input = (edtf: string, extra: Partial<EventInput> = {}): EventInput => ({
  name: '开展扶贫日专题宣传',
  description: '摘要',
  url: 'https://fupinri.example.gov.cn/activities/x/',
  when: parseWhen(edtf),
  organizers: [
    { name: '地委宣传部', url: 'https://fupinri.example.gov.cn/units/diwei-xuanchuanbu/' },
  ],
  regions: ['塔城地区'],
  inLanguage: 'zh-CN',
  ...extra,
});

describe('eventJsonLd', () => {
  it.each([
    ['2020-09-15/2020-10-17', '2020-09-15', '2020-10-17'],
    ['2020-08', '2020-08-01', '2020-08-31'],
    ['2020-07/2020-10', '2020-07-01', '2020-10-31'],
    ['2020-10-10~', '2020-10-10', '2020-10-10'],
    ['2020-10-17', '2020-10-17', '2020-10-17'],
    ['[..2020-10-17]', undefined, '2020-10-17'],
    ['20XX-10-17', undefined, undefined],
  ])('%s: startDate %s, endDate %s', (edtf, start, end) => {
    const data = eventJsonLd(input(edtf));
    expect([data.startDate, data.endDate]).toEqual([start, end]);
  });

  it.each([
    { status: undefined, eventStatus: 'EventScheduled', previous: undefined },
    { status: 'postponed' as const, eventStatus: 'EventPostponed', previous: '2020-10-10' },
    { status: 'rescheduled' as const, eventStatus: 'EventRescheduled', previous: '2020-10-10' },
    { status: 'cancelled' as const, eventStatus: 'EventCancelled', previous: undefined },
  ])('$status: eventStatus $eventStatus, previousStartDate $previous', (c) => {
    const data = eventJsonLd(
      input('2020-10-24', { status: c.status, previousWhen: parseWhen('2020-10-10/2020-10-12') }),
    );
    expect(data.eventStatus).toBe(`https://schema.org/${c.eventStatus}`);
    expect(data.previousStartDate).toBe(c.previous);
  });

  it('is a scheduled schema.org Event with name, organizer and location', () => {
    expect(eventJsonLd(input('2020-10-17'))).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: '开展扶贫日专题宣传',
      description: '摘要',
      url: 'https://fupinri.example.gov.cn/activities/x/',
      inLanguage: 'zh-CN',
      eventStatus: 'https://schema.org/EventScheduled',
      startDate: '2020-10-17',
      endDate: '2020-10-17',
      organizer: {
        '@type': 'Organization',
        name: '地委宣传部',
        url: 'https://fupinri.example.gov.cn/units/diwei-xuanchuanbu/',
      },
      location: {
        '@type': 'Place',
        name: '塔城地区',
        address: { '@type': 'PostalAddress', addressLocality: '塔城地区', addressCountry: 'CN' },
      },
    });
  });

  it('lists several organizers, and leaves out a location nobody gave', () => {
    const data = eventJsonLd(
      input('2020-10-17', {
        organizers: [{ name: '甲' }, { name: '乙', url: 'https://x.example/u/' }],
        regions: [],
      }),
    );
    expect(data.organizer).toEqual([
      { '@type': 'Organization', name: '甲' },
      { '@type': 'Organization', name: '乙', url: 'https://x.example/u/' },
    ]);
    expect(data).not.toHaveProperty('location');
  });
});

describe('jsonForScript', () => {
  it.each([
    ['</script><script>alert(1)</script>'],
    ['<!-- a comment -->'],
    ['a & b > c'],
    ['line\u2028separator\u2029'],
  ])('%s cannot end the element and reads back unchanged', (text) => {
    const json = jsonForScript({ name: text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ name: text });
  });
});
