import { describe, expect, it } from 'vitest';
import { parseWhen } from './dates.ts';
import { addMonths, books, isQuiet, ledgerCsv } from './ledger.ts';

const line = (date: string, amount: number) => ({
  date: parseWhen(date),
  item: '用途',
  amount,
  recipient: '接收方',
});

describe('books', () => {
  it.each([
    {
      raised: 1000,
      ledger: [line('2020-10-20', 300), line('2020-10-22', 200.5)],
      spent: [300, 500.5],
      balance: [700, 499.5],
      asOf: '2020-10-22',
    },
    {
      raised: 0.3,
      ledger: [line('2020-10', 0.1), line('2020-09-01', 0.2)],
      spent: [0.1, 0.3],
      balance: [0.2, 0],
      asOf: '2020-10-31',
    },
    {
      raised: undefined,
      ledger: [line('20XX-10-01', 5)],
      spent: [5],
      balance: [undefined],
      asOf: null,
    },
    { raised: 50, ledger: [], spent: [], balance: [], asOf: null },
  ])(
    'running totals of $ledger.length lines against $raised',
    ({ raised, ledger, spent, balance, asOf }) => {
      const b = books(raised, ledger);
      expect(b.rows.map((r) => r.spent)).toEqual(spent);
      expect(b.rows.map((r) => r.balance)).toEqual(balance);
      expect(b.spent).toBe(spent.at(-1) ?? 0);
      expect(b.balance).toBe(raised === undefined ? undefined : (balance.at(-1) ?? raised));
      expect(b.asOf).toBe(asOf);
    },
  );
});

describe('addMonths', () => {
  it.each([
    ['2020-10-26', 3, '2021-01-26'],
    ['2020-11-30', 3, '2021-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2020-01-31', 1, '2020-02-29'],
    ['2020-12-01', 12, '2021-12-01'],
  ])('%s + %i months is %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });
});

describe('isQuiet', () => {
  const open = books(1000, [line('2020-10-26', 400)]);
  it.each([
    ['the day three months on', open, '2021-01-26', false],
    ['the day after that', open, '2021-01-27', true],
    ['all spent', books(400, [line('2020-10-26', 400)]), '2022-01-01', false],
    ['no raised figure', books(undefined, [line('2020-10-26', 400)]), '2022-01-01', false],
    ['no dated line', books(1000, [line('20XX-10-26', 400)]), '2022-01-01', false],
    ['no line at all', books(1000, []), '2022-01-01', false],
  ])('%s', (_, b, today, expected) => {
    expect(isQuiet(b, today)).toBe(expected);
  });
});

describe('ledgerCsv', () => {
  it('starts with a byte-order mark, quotes what needs quoting and ends each row with CRLF', () => {
    const b = books(100, [
      { ...line('2020-10-20', 30), item: '购买"化肥",农药', recipient: '某村\n合作社' },
    ]);
    expect(ledgerCsv(b)).toBe(
      '\uFEFF日期,用途,金额（元）,接收方,累计支出（元）,余额（元）\r\n' +
        '2020-10-20,"购买""化肥"",农药",30,"某村\n合作社",30,70\r\n',
    );
  });
});
