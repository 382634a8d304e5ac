/**
 * What only the search index reads, which the Traditional and elder copies leave out:
 * Pagefind indexes the Simplified page alone (src/integrations/pagefind.ts), so on a copy
 * the hidden block of title, date, filter and sort marks (src/components/SearchMeta.astro)
 * and the data-pagefind-body mark are bytes no reader or indexer uses, and a block's texts
 * need not be converted.
 */
import { DomUtils } from 'htmlparser2';
import { isElement, type Element } from './page-dom.ts';

/** Whether an element is the hidden block of search marks: every element in it a data-pagefind-* mark. */
export const isSearchMarks = (el: Element): boolean =>
  'hidden' in el.attribs &&
  'data-pagefind-ignore' in el.attribs &&
  el.children.every(
    (child) =>
      !isElement(child) || Object.keys(child.attribs).some((a) => a.startsWith('data-pagefind-')),
  );

/**
 * For a walk over a copy: call `visit` on each element; it drops the element's
 * data-pagefind-body mark and answers whether the element is a block of search marks
 * (then kept for `removeAll` and not walked into). `removeAll` takes them out of the page.
 */
export function searchMarksRemover(): { visit: (el: Element) => boolean; removeAll: () => void } {
  const found: Element[] = [];
  return {
    visit: (el) => {
      delete el.attribs['data-pagefind-body'];
      if (!isSearchMarks(el)) return false;
      found.push(el);
      return true;
    },
    removeAll: () => {
      for (const el of found) DomUtils.removeElement(el);
      found.length = 0;
    },
  };
}
