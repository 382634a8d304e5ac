/**
 * 繁/简 on the search page. There is one search index, of the Simplified pages: a query
 * typed in Simplified or Traditional is shown in the page's script (the box, the count,
 * the address) and searched in Simplified; on /zh-hant/search/ every result is then shown
 * in Traditional, leading to the /zh-hant/ page. Loads the build's folding table (a few
 * KB, made from the site's own conversion: src/lib/search/script-fold.ts); no OpenCC
 * dictionary in the browser. The search page's UI (search-ui.ts) uses these on its
 * Pagefind Component UI instance.
 */
import {
  foldTablePath,
  makeFolder,
  makeHantWriter,
  type FoldTable,
} from '../lib/search/script-fold.ts';
import type { Pagefind } from '../lib/search/pagefind-workarounds.ts';
import type { Script } from '../lib/versions/page-versions.ts';

/** Puts a query (in either script) into the given script. */
export type Fold = (text: string, to: Script) => string;

/** The build's folding table, for queries and for showing the index's Simplified text. */
export interface Folding {
  fold: Fold;
  /** Writes the index's Simplified text in this page's script. */
  show: (simplified: string) => string;
}

/** The script of this page: Traditional on /zh-hant/ pages. */
export const pageScript = (): Script =>
  document.documentElement.lang === 'zh-Hant' ? 'hant' : 'hans';

/** The script the index is written in. */
export const indexScript: Script = 'hans';

/** Loads the build's folding table, for a page in `script`. */
export async function loadFolding(script: Script): Promise<Folding> {
  const table = (await (await fetch(foldTablePath)).json()) as FoldTable;
  const toHant = makeHantWriter(table);
  return { fold: makeFolder(table), show: script === 'hant' ? toHant : (text) => text };
}

interface SearchInstance {
  searchTerm?: string;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: unknown): void;
}

/** Makes a Component UI instance take every query in the page's script (and refolds a search already run). */
export function foldInstanceSearches(instance: SearchInstance, fold: Fold, script: Script): void {
  const search = instance.triggerSearch.bind(instance);
  const searchWithFilters = instance.triggerSearchWithFilters.bind(instance);
  instance.triggerSearch = (term) => search(fold(term, script));
  instance.triggerSearchWithFilters = (term, filters) =>
    searchWithFilters(fold(term, script), filters);
  if (instance.searchTerm && fold(instance.searchTerm, script) !== instance.searchTerm)
    instance.triggerSearch(instance.searchTerm);
}

/** Makes Pagefind search the index in its script, whichever script the query is in. */
export function searchInIndexScript(pagefind: Pagefind, fold: Fold): void {
  const search = pagefind.search.bind(pagefind);
  pagefind.search = (term, options) =>
    search(term === null ? null : fold(term, indexScript), options);
}

/**
 * Pagefind's excerpt (page text, escaped, with <mark> around the matches) as nodes in
 * the given script. The text is folded whole, then cut back at the marks, so a phrase
 * across a mark keeps its spelling (头<mark>发</mark> → 頭<mark>髮</mark>); the table
 * maps each character to one character, so the marks stay on the same characters.
 */
export function excerptIn(html: string, show: Folding['show']): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html; // Pagefind escapes the page text and adds only <mark>.
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  // Pagefind separates the words of Chinese text with zero-width spaces; they would cut phrases.
  const pieces = texts.map((t) => [...t.data.replace(/\u200b/g, '')]);
  const folded = [...show(pieces.map((p) => p.join('')).join(''))];
  if (folded.length === pieces.reduce((n, p) => n + p.length, 0)) {
    let at = 0;
    texts.forEach((t, i) => {
      t.data = folded.slice(at, (at += pieces[i]!.length)).join('');
    });
  } else {
    // Never expected (the table is one character to one); fold each piece on its own.
    texts.forEach((t, i) => (t.data = show(pieces[i]!.join(''))));
  }
  return template.content;
}

/** Texts already shown in the page's script: writing Traditional text again could change it (托里縣 → 托裡縣). */
const shown = new WeakSet<Text>();

/** Writes every text under `root` that came from the index (Simplified) in this page's script, once. */
export function showTextIn(root: Node, show: Folding['show']): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    if (shown.has(text)) continue;
    shown.add(text);
    const written = show(text.data);
    if (written !== text.data) text.data = written;
  }
}
