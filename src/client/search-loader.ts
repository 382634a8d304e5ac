/**
 * The only script /search/ loads up front. It shows the search box and puts the
 * address's query (?q=, e.g. from the header's search box) in it; the search code
 * itself (search-ui.ts, Pagefind) is fetched when the reader focuses the box or types,
 * or at once when the address already holds a search.
 */
import { parseSearchState } from '../lib/search/state.ts';

const root = document.querySelector<HTMLElement>('[data-site-search]');
const input = root?.querySelector<HTMLInputElement>('input[name="q"]');
const form = input?.form;

if (root && input && form) {
  // On a phone the filters start folded, so the results follow the search box.
  const filters = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
  if (filters && matchMedia('(max-width: 47.99rem)').matches) filters.open = false;
  root.hidden = false;
  const state = parseSearchState(location.search);
  if (state.q && !input.value) input.value = state.q;

  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    void import('./search-ui.ts').then((ui) => ui.start(root, input));
  };
  // Until the search code has loaded, pressing Enter must not reload the page.
  const hold = (event: SubmitEvent) => {
    event.preventDefault();
    start();
  };
  form.addEventListener('submit', hold);
  root.addEventListener('search-ready', () => form.removeEventListener('submit', hold), {
    once: true,
  });

  if (state.q || Object.keys(state.filters).length > 0) start();
  else {
    input.addEventListener('focus', start, { once: true });
    input.addEventListener('input', start, { once: true });
  }
}
