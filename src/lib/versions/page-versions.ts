/**
 * The four versions of every page: Simplified or Traditional script, standard or
 * elder-friendly (长辈模式) layout. Astro renders only the Simplified standard page;
 * the build writes the others under /zh-hant/, /elder/ and /zh-hant/elder/.
 */

/** The script a page is written in. */
export type Script = 'hans' | 'hant';

/** Which version of a page a path addresses. */
export interface Variant {
  script: Script;
  elder: boolean;
}

/** Path prefix of the Traditional Chinese pages. */
export const hantPrefix = '/zh-hant';
/** Path prefix of the elder-friendly pages (after the script prefix). */
export const elderPrefix = '/elder';

/** The value of `lang` (and `hreflang`) for each script. */
export const langOf: Record<Script, string> = { hans: 'zh-CN', hant: 'zh-Hant' };

const under = (path: string, prefix: string): boolean =>
  path === prefix || path.startsWith(`${prefix}/`);

/** Splits a site path into its version and the path of the Simplified standard page. */
export function parseVariant(path: string): Variant & { base: string } {
  let rest = path;
  let script: Script = 'hans';
  if (under(rest, hantPrefix)) {
    script = 'hant';
    rest = rest.slice(hantPrefix.length);
  }
  let elder = false;
  if (under(rest, elderPrefix)) {
    elder = true;
    rest = rest.slice(elderPrefix.length);
  }
  return { script, elder, base: rest === '' ? '/' : rest };
}

/** The path of the given version of the page whose Simplified standard path is `base`. */
export function variantPath(base: string, variant: Variant): string {
  const prefix = `${variant.script === 'hant' ? hantPrefix : ''}${variant.elder ? elderPrefix : ''}`;
  return `${prefix}${base}`;
}

/** The same page as `path` in another version: only the fields given change. */
export function switchVariant(path: string, change: Partial<Variant>): string {
  const { base, ...current } = parseVariant(path);
  return variantPath(base, { ...current, ...change });
}

/** localStorage key of the reader's choice of layout: "elder" or "standard". */
export const modeStorageKey = 'fupinri:mode';

/** Whether a built page is not for readers (the editors' admin): it gets no Traditional or elder copy. */
export function notForReaders(path: string): boolean {
  return path === '/admin/' || path.startsWith('/admin/');
}

/**
 * The script that applies the reader's stored layout before the page is first painted
 * (inline in <head>, run before <body> is parsed, so the other layout never flashes).
 * Without a stored choice the page keeps the layout its address gives (/elder/… is elder).
 */
export const modeHeadScript = `try{var m=localStorage.getItem(${JSON.stringify(modeStorageKey)}),c=document.documentElement.classList;m==="elder"?c.add("elder"):m==="standard"&&c.remove("elder")}catch(e){}`;
