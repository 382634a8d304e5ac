/**
 * A search on /search/ as its address: the query (?q=), the filters chosen and the
 * order, so a search can be shared and the Back button returns to it. Shared by the
 * page's script and by the index (the filter names), with no other dependencies.
 */

/** The filter groups the search page offers, in the order readers see them. */
export const searchFilters = ['类型', '年度', '单位', '地区', '类别', '扶贫领域'] as const;

/** One filter group's name. */
export type SearchFilter = (typeof searchFilters)[number];

/** Result order: Pagefind's relevance, or newest first. */
export type SearchSort = 'relevance' | 'date';

/** Everything that defines one search. */
export interface SearchState {
  q: string;
  filters: Partial<Record<SearchFilter, string[]>>;
  sort: SearchSort;
}

/** Reads a search from a query string such as `?q=扶贫&类型=活动&sort=date`. */
export function parseSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const name of searchFilters) {
    const values = [
      ...new Set(
        params
          .getAll(name)
          .map((v) => v.trim())
          .filter(Boolean),
      ),
    ];
    if (values.length) filters[name] = values;
  }
  return {
    q: (params.get('q') ?? '').trim(),
    filters,
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** The query string for a search ('' for an empty one), in a stable order. */
export function searchStateQuery(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const name of searchFilters)
    for (const value of state.filters[name] ?? []) params.append(name, value);
  if (state.sort === 'date') params.set('sort', 'date');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The sort option Pagefind takes for an order (dates are indexed under the key `date`). */
export function pagefindSort(sort: SearchSort): Record<string, 'asc' | 'desc'> {
  return sort === 'date' ? { date: 'desc' } : {};
}

/** Keeps only the filter groups this page offers, each with at least one value. */
export function knownFilters(filters: Record<string, readonly string[]>): SearchState['filters'] {
  const out: SearchState['filters'] = {};
  for (const name of searchFilters) {
    const values = filters[name];
    if (values?.length) out[name] = [...values];
  }
  return out;
}
