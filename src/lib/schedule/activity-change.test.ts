import { describe, expect, it } from 'vitest';
import { parseWhen } from '../content/dates.ts';
import { activityChange, eventStatusOf, isMoved } from './activity-change.ts';

const when = parseWhen('2020-10-24');
const previousWhen = parseWhen('2020-10-17');

describe('activityChange', () => {
  it.each([
    { name: 'default', input: { when }, expected: null },
    { name: 'scheduled', input: { when, status: 'scheduled' as const }, expected: null },
    {
      name: 'postponed with old date and note',
      input: { when, status: 'postponed' as const, previousWhen, statusNote: '因天气延期' },
      expected: {
        status: 'postponed',
        label: '已延期',
        previous: previousWhen,
        note: '因天气延期',
      },
    },
    {
      name: 'rescheduled names the new day',
      input: { when, status: 'rescheduled' as const, previousWhen },
      expected: { status: 'rescheduled', label: '改期至10月24日', previous: previousWhen },
    },
    {
      name: 'cancelled keeps its note, never an old date',
      input: { when, status: 'cancelled' as const, previousWhen, statusNote: '取消' },
      expected: { status: 'cancelled', label: '已取消', note: '取消' },
    },
  ])('$name', ({ input, expected }) => {
    expect(activityChange(input)).toEqual(expected);
  });
});

describe('eventStatusOf and isMoved', () => {
  it.each([
    { status: undefined, event: 'EventScheduled', moved: false },
    { status: 'scheduled' as const, event: 'EventScheduled', moved: false },
    { status: 'postponed' as const, event: 'EventPostponed', moved: true },
    { status: 'rescheduled' as const, event: 'EventRescheduled', moved: true },
    { status: 'cancelled' as const, event: 'EventCancelled', moved: false },
  ])('$status', ({ status, event, moved }) => {
    expect(eventStatusOf(status)).toBe(`https://schema.org/${event}`);
    expect(isMoved(status)).toBe(moved);
  });
});
