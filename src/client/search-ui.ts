/**
 * The search page once the reader has reached for it: loads Pagefind's Component UI
 * (from the index the build wrote to /pagefind/), connects the page's own search box
 * to it, keeps the search in the address (?q=, filters, order) and draws each result
 * with its type, date and excerpt. Loaded by search-loader.ts, never up front. The one
 * index is of the Simplified pages; on /zh-hant/search/ the query is searched in
 * Simplified and everything drawn from the index (titles, types, dates, excerpts, filter
 * names and values) is shown in Traditional, each result leading to its /zh-hant/ page
 * (search-fold.ts).
 */
import {
  knownFilters,
  pagefindSort,
  parseSearchState,
  searchFilters,
  searchStateQuery,
  type SearchSort,
  type SearchState,
} from '../lib/search/state.ts';
import { requireEveryWord, type Pagefind } from '../lib/search/pagefind-workarounds.ts';
import {
  excerptIn,
  foldInstanceSearches,
  indexScript,
  loadFolding,
  pageScript,
  searchInIndexScript,
  showTextIn,
  type Folding,
} from './search-fold.ts';
import { variantPath, type Script } from '../lib/versions/page-versions.ts';

const BUNDLE = '/pagefind/';
/** Ranking boosts for matches in the title and in the keywords each page carries (search-facets.ts). */
const META_WEIGHTS = { title: 5, keywords: 5 };
const DEBOUNCE_MS = 250;

type Filters = Record<string, string[]>;

/** The parts of a Pagefind Component UI instance this page uses. */
interface Instance {
  searchTerm: string;
  searchFilters: Filters;
  searchSort: Record<string, string>;
  faceted: boolean;
  /** Private; replaced by requireEveryWord (src/lib/search/pagefind-workarounds.ts). */
  __pagefind__: Pagefind | null;
  setTranslations(strings: Record<string, string>): void;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  on(event: 'filters', callback: () => void): void;
  registerInput(element: HTMLElement, capabilities: { keyboardNavigation: boolean }): void;
  triggerLoad(): Promise<void>;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  announce(key: string, values?: object, priority?: 'polite' | 'assertive'): void;
}

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

declare global {
  interface Window {
    PagefindComponents?: { configureInstance(name: string, options: object): Instance };
  }
}

/** The page's search box, registered with Pagefind so its keyboard moves (↑ from the first result, typing) come back here. */
class SearchBox extends HTMLElement {
  get inputEl(): HTMLInputElement | null {
    return this.querySelector('input');
  }
  override focus(): void {
    this.inputEl?.focus();
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`${src} did not load`)));
    document.head.append(script);
  });
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * Draws one result in the page's script: its title as a link (to the page in that script),
 * then type · date (and 示例), then Pagefind's excerpt with the matches marked. The index
 * holds the Simplified page: its Traditional title comes with it (`title_hant`, written
 * where it differs), the rest is folded with the build's table.
 */
function resultRenderer({ show }: Folding, script: Script): (data: ResultData) => HTMLElement {
  return (data) => {
    const item = element('li', 'search-result');
    const heading = element('h3', '');
    const title =
      script === 'hant'
        ? (data.meta['title_hant'] ?? data.meta['title'])
        : (data.meta['title'] ?? data.url);
    const link = element('a', '', title ?? data.url);
    link.href = script === indexScript ? data.url : variantPath(data.url, { script, elder: false });
    heading.append(link);
    const facts = [data.meta['type'], data.meta['date'], data.meta['example']]
      .filter((fact): fact is string => !!fact)
      .map(show)
      .join(' · ');
    item.append(heading, element('p', 'search-result-meta', facts));
    if (data.excerpt) {
      const excerpt = element('p', 'search-result-excerpt');
      if (script === indexScript)
        excerpt.innerHTML = data.excerpt; // Pagefind escapes the page text and adds only <mark>.
      else excerpt.append(excerptIn(data.excerpt, show));
      item.append(excerpt);
    }
    return item;
  };
}

/** Filter values as `write` writes them: the index's (Simplified) values in the page's script, or back. */
const filtersWith = (
  filters: SearchState['filters'],
  write: (value: string) => string,
): SearchState['filters'] =>
  Object.fromEntries(
    Object.entries(filters).map(([name, values]) => [name, values.map(write)]),
  ) as SearchState['filters'];

/** Loads the Component UI and runs the page; `input` is the search box the reader may already be typing in. */
export async function start(root: HTMLElement, input: HTMLInputElement): Promise<void> {
  const box = root.querySelector('site-search-box');
  const sort = root.querySelector<HTMLSelectElement>('#search-sort');
  const results = root.querySelector('pagefind-results');
  if (!box || !sort || !results || !input.form) return;
  if (!customElements.get('site-search-box')) customElements.define('site-search-box', SearchBox);

  await loadScript(`${BUNDLE}pagefind-component-ui.js`);
  const components = window.PagefindComponents;
  if (!components) return;
  const instance = components.configureInstance('default', {
    bundlePath: BUNDLE,
    ranking: { metaWeights: META_WEIGHTS },
  });
  // A query typed in either script is shown in the page's script and searched in the index's.
  const script = pageScript();
  const folding = await loadFolding(script);
  const { fold } = folding;
  foldInstanceSearches(instance, fold, script);
  instance.setTranslations(JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>);
  // Every count, "none found" included, goes to the polite live region: it never interrupts typing.
  const announce = instance.announce.bind(instance);
  instance.announce = (key, values) => announce(key, values, 'polite');
  Object.assign(results, { resultTemplate: resultRenderer(folding, script) });
  instance.registerInput(box as HTMLElement, { keyboardNavigation: true });

  const initial = parseSearchState(location.search);
  let order: SearchSort = initial.sort;
  sort.value = order;
  instance.searchSort = pagefindSort(order);

  // Pagefind lists filter groups in its own order; show them in the page's (类型, 年度, 单位, 地区),
  // and their names and values in the page's script (the checkboxes keep the index's values).
  const pane = root.querySelector('pagefind-filter-pane');
  instance.on('filters', () => {
    const container = pane?.querySelector('.pf-filter-pane');
    if (!container) return;
    for (const name of searchFilters) {
      const group = container.querySelector(`:scope > [data-filter-name="${name}"]`);
      if (group) container.append(group);
    }
    if (script !== indexScript) showTextIn(container, folding.show);
  });

  const baseTitle = document.title;
  instance.on('search', (term, filters) => {
    // The address spells filter values in the page's script, like everything the reader sees.
    const state: SearchState = {
      q: term,
      filters: filtersWith(knownFilters(filters), folding.show),
      sort: order,
    };
    // Filters alone (no words) list every page they match.
    instance.faceted = Object.keys(state.filters).length > 0;
    history.replaceState(history.state, '', `${location.pathname}${searchStateQuery(state)}`);
    document.title = term.trim() ? `“${term.trim()}” - ${baseTitle}` : baseTitle;
  });

  await instance.triggerLoad();
  // Show results only when every query word is in the index (src/lib/search/pagefind-workarounds.ts).
  // Every query, typed in either script, searches the index in Simplified.
  if (instance.__pagefind__) {
    requireEveryWord(instance.__pagefind__);
    searchInIndexScript(instance.__pagefind__, fold);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const searchNow = () => {
    clearTimeout(timer);
    instance.triggerSearch(input.value);
  };
  const searchSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(searchNow, DEBOUNCE_MS);
  };
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) searchSoon();
  });
  input.addEventListener('compositionend', searchSoon);
  input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown') {
      // ↓ goes to the first result once it has loaded (Pagefind fills results in as they load,
      // not in order, and its own ↓ would take the first loaded one).
      const first = results.querySelector<HTMLAnchorElement>(
        '.pf-results > li:first-child a[href]',
      );
      if (first) {
        first.focus();
        event.preventDefault();
      }
    }
    if (event.key === 'Escape' && input.value) {
      input.value = '';
      searchNow();
    }
  });
  input.form.addEventListener('submit', (event) => {
    event.preventDefault();
    searchNow();
  });
  sort.addEventListener('change', () => {
    order = sort.value === 'date' ? 'date' : 'relevance';
    instance.searchSort = pagefindSort(order);
    instance.triggerSearch(instance.searchTerm);
  });
  root.dispatchEvent(new Event('search-ready'));

  if (input.value.trim() || Object.keys(initial.filters).length > 0)
    instance.triggerSearchWithFilters(
      input.value,
      filtersWith(initial.filters, (value) => fold(value, indexScript)) as Filters,
    );
}
