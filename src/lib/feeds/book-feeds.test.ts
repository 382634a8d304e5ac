import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseWhen } from '../content/dates.ts';
import { bookItems, type BookRow } from './book-feeds.ts';

const row = (url: string, date: string, example = false): BookRow => ({
  url,
  title: `结对 ${url}`,
  text: '帮扶 <内容> & 说明',
  date: parseWhen(date),
  categories: ['结对帮扶'],
  example,
});

describe('bookItems', () => {
  const items = bookItems(
    [
      row('/p/#a', '2020-09-01'),
      row('/p/#b', '20XX-10-01'),
      row('/p/#c', '2020-10-17', true),
      row('/p/#d', '2020-10-17'),
    ],
    'https://x.example',
  );
  it('puts the newest first, later rows of one day first, and rows of an open year last', () => {
    expect(items.map((i) => i.link)).toEqual([
      'https://x.example/p/#d',
      'https://x.example/p/#c',
      'https://x.example/p/#a',
      'https://x.example/p/#b',
    ]);
  });
  it.each([
    [0, 'Sat, 17 Oct 2020 00:00:00 +0800'],
    [2, 'Tue, 01 Sep 2020 00:00:00 +0800'],
    [3, undefined],
  ])('item %i is dated %s', (i, pubDate) => {
    const xml = new XMLParser().parse(`<i>${items[i]?.customData}</i>`) as {
      i: { pubDate?: string } | '';
    };
    expect(typeof xml.i === 'object' ? xml.i.pubDate : undefined).toBe(pubDate);
  });
  it('labels example rows and escapes the text', () => {
    expect(items[1]?.title).toBe('结对 /p/#c（示例）');
    expect(items[0]?.content).toBe('<p>2020年10月17日：帮扶 &lt;内容&gt; &amp; 说明</p>');
  });
  it('keeps at most the limit', () => {
    expect(
      bookItems([row('/a/', '2020-01-01'), row('/b/', '2020-01-02')], 'https://x', 1),
    ).toHaveLength(1);
  });
});
