/**
 * Corrects what depends on today's date after the page was built: activity statuses,
 * the countdown to 17 October and overdue marks. Dates are China Standard Time.
 * Kept tiny (no imports beyond the status words) so it stays far under 2 KB.
 */
import { statusLabels, statusLabelsHant } from '../lib/status-labels.ts';

const labels = document.documentElement.lang === 'zh-Hant' ? statusLabelsHant : statusLabels;
const today = new Date(Date.now() + 8 * 3600e3).toISOString().slice(0, 10);
const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 864e5);

document.querySelectorAll<HTMLElement>('[data-status]').forEach((el) => {
  const { first = '', last = '' } = el.dataset;
  const status = first && today < first ? 'upcoming' : today > last ? 'ended' : 'ongoing';
  el.textContent = labels[status];
  el.dataset.status = status;
});

document.querySelectorAll<HTMLElement>('[data-countdown]').forEach((el) => {
  const year = Number(today.slice(0, 4));
  const day = `${year}-10-17`;
  const target = today <= day ? day : `${year + 1}-10-17`;
  const n = days(today, target);
  el.textContent = n === 0 ? el.dataset.today ?? '' : (el.dataset.template ?? '').replace('{n}', String(n)).replace('{year}', target.slice(0, 4));
});

document.querySelectorAll<HTMLElement>('[data-due]').forEach((el) => {
  el.toggleAttribute('data-past', !!el.dataset.due && today > el.dataset.due);
});
