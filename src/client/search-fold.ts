/**
 * 繁/简 search folding on the search page: a query typed in either script searches this
 * page's index (zh-cn on /search/, zh-hant on /zh-hant/search/) in the page's script.
 * Loads the build's folding table (a few KB). The search page's UI (search-ui.ts) calls
 * foldInstanceSearches(instance) on its Pagefind Component UI instance; any other search
 * code calls loadQueryFolder() and searches for fold(query).
 */
import { foldTablePath, makeFolder, type FoldTable } from '../lib/search/script-fold.ts';

/** Resolves to a function that puts a query into this page's script. */
export async function loadQueryFolder(): Promise<(query: string) => string> {
  const table = (await (await fetch(foldTablePath)).json()) as FoldTable;
  const fold = makeFolder(table);
  const script = document.documentElement.lang === 'zh-Hant' ? 'hant' : 'hans';
  return (query) => fold(query, script);
}

interface SearchInstance {
  searchTerm?: string;
  searchFilters?: unknown;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: unknown): void;
}

/** Makes a component UI instance search for folded queries (and refolds a search already run). */
export async function foldInstanceSearches(instance: SearchInstance): Promise<void> {
  const fold = await loadQueryFolder();
  const search = instance.triggerSearch.bind(instance);
  const searchWithFilters = instance.triggerSearchWithFilters.bind(instance);
  instance.triggerSearch = (term) => search(fold(term));
  instance.triggerSearchWithFilters = (term, filters) => searchWithFilters(fold(term), filters);
  if (instance.searchTerm && fold(instance.searchTerm) !== instance.searchTerm)
    instance.triggerSearch(instance.searchTerm);
}
