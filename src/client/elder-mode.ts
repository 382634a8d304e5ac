/**
 * 长辈模式 with JavaScript: the layout link becomes a button that switches the page in
 * place (no reload, focus and reading position kept) and remembers the choice in
 * localStorage; the script in <head> applies it on every later page before it is painted.
 */
import { modeStorageKey } from '../lib/versions/page-versions.ts';

const root = document.documentElement;

function toggle(control: HTMLElement): void {
  const before = control.getBoundingClientRect().top;
  root.classList.add('switching');
  const elder = root.classList.toggle('elder');
  try {
    localStorage.setItem(modeStorageKey, elder ? 'elder' : 'standard');
  } catch {
    // Storage can be switched off; the switch still works on this page.
  }
  // Keep the control, and so the reader's place, where it was on the screen.
  window.scrollBy(0, control.getBoundingClientRect().top - before);
  requestAnimationFrame(() => root.classList.remove('switching'));
}

document.querySelectorAll<HTMLAnchorElement>('a[data-mode-toggle]').forEach((link) => {
  link.setAttribute('role', 'button');
  link.addEventListener('click', (event) => {
    event.preventDefault();
    toggle(link);
  });
  link.addEventListener('keydown', (event) => {
    if (event.key === ' ') {
      event.preventDefault();
      toggle(link);
    }
  });
});
