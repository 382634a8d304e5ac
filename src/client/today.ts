/**
 * Corrects what depends on today's date after the page was built: activity statuses,
 * the countdown to 17 October and the state of reporting deadlines. Days are China
 * Standard Time whatever the reader's zone. No imports beyond the shared words, so it
 * stays far under 2 KB (tests/build/schedule.test.ts measures it in dist/).
 */
import {
  dueLabels,
  dueLabelsHant,
  statusLabels,
  statusLabelsHant,
} from '../lib/site/status-labels.ts';

const hant = document.documentElement.lang === 'zh-Hant';
const labels = hant ? statusLabelsHant : statusLabels;
const due = hant ? dueLabelsHant : dueLabels;
const today = new Date(Date.now() + 288e5).toISOString().slice(0, 10);
const days = (to: string) => Math.round((Date.parse(to) - Date.parse(today)) / 864e5);
const each = (selector: string, fn: (el: HTMLElement, data: DOMStringMap) => void) =>
  document.querySelectorAll<HTMLElement>(selector).forEach((el) => fn(el, el.dataset));

each('[data-status]', (el, { first = '', last = '' }) => {
  const status = first && today < first ? 'upcoming' : today > last ? 'ended' : 'ongoing';
  el.dataset.status = status;
  el.textContent = labels[status];
});

each('[data-countdown]', (el, d) => {
  const year = +today.slice(0, 4);
  const target = `${today.slice(5) > '10-17' ? year + 1 : year}-10-17`;
  const n = days(target);
  el.textContent = n
    ? (d.template ?? '').replace('{n}', `${n}`).replace('{year}', target.slice(0, 4))
    : (d.today ?? '');
});

each('[data-due]', (el, d) => {
  const n = days(d.due ?? '');
  const state = n < 0 ? 'past' : n ? 'left' : 'today';
  el.dataset.state = state;
  const out = el.querySelector('[data-left]');
  if (out) out.textContent = due[state].replace('{n}', `${n}`);
});
