/**
 * Simplified → Traditional Chinese for the /zh-hant/ pages, at build time.
 *
 * OpenCC's cn→tw converter: Taiwan's standard character forms (為, 裡, 著, 群), the
 * forms most Traditional readers in Taiwan, Hong Kong, Macao and overseas read every
 * day, and characters only, no vocabulary substitution (cn→twp would turn 网络 into
 * 網路), so mainland government terms and names stay as the office wrote them. The
 * site's own terms (hant-terms.ts) take priority over OpenCC's phrase dictionary.
 */
import * as OpenCC from 'opencc-js';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrasesRegional from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import HKVariants from 'opencc-js/dict/HKVariants';
import { hantTerms } from './traditional-terms.ts';

/** OpenCC's cn→tw conversion alone, without the site's terms. */
export const openccToTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

const terms = new OpenCC.Trie();
for (const [s, t] of hantTerms) terms.addWord(s, t);

const han = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3ffff}]/u;

/** The text cut at the site's terms: [piece, its Traditional form if it is a term]. */
function splitAtTerms(text: string): [string, string | undefined][] {
  const pieces: [string, string | undefined][] = [];
  let start = 0;
  for (let i = 0; i < text.length;) {
    const term = terms.matchPrefix(text, i);
    if (term) {
      if (i > start) pieces.push([text.slice(start, i), undefined]);
      pieces.push([text.slice(i, term.end), term.value]);
      i = start = term.end;
    } else {
      i += text.codePointAt(i)! > 0xffff ? 2 : 1;
    }
  }
  if (start < text.length) pieces.push([text.slice(start), undefined]);
  return pieces;
}

/** Texts already converted: a site repeats its labels, navigation and footer on every page. */
const converted = new Map<string, string>();
/** Texts longer than this (bodies, which seldom repeat) are not remembered. */
const rememberUpTo = 200;

/** The text in Traditional Chinese (OpenCC cn→tw with the site's terms). */
export function toTraditional(text: string): string {
  if (!han.test(text)) return text;
  const known = converted.get(text);
  if (known !== undefined) return known;
  const result = splitAtTerms(text)
    .map(([piece, term]) => term ?? openccToTraditional(piece))
    .join('');
  if (text.length <= rememberUpTo) converted.set(text, result);
  return result;
}

let segmenter: OpenCC.Trie | undefined;

/**
 * The Chinese words of `text` with their Traditional forms, as [Simplified, Traditional]
 * pairs: the site's terms, the phrases OpenCC's dictionary recognises, and single Han
 * characters elsewhere. The data search folding is built from.
 */
export function wordPairs(text: string): [string, string][] {
  if (!han.test(text)) return [];
  if (!segmenter) {
    segmenter = new OpenCC.Trie();
    segmenter.loadDictGroup([STPhrases, STPhrasesRegional]);
  }
  const pairs: [string, string][] = [];
  for (const [piece, term] of splitAtTerms(text)) {
    if (term !== undefined) {
      pairs.push([piece, term]);
      continue;
    }
    const converted = [...openccToTraditional(piece)];
    // cn→tw maps one character to one character; if a conversion ever does not, the
    // words of that piece are left out of the folding table rather than misaligned.
    if (converted.length !== [...piece].length) continue;
    let at = 0;
    for (const segment of segmenter.segment(piece)) {
      const phrase = segmenter.matchPrefix(segment, 0)?.end === segment.length;
      for (const word of phrase ? [segment] : [...segment]) {
        const n = [...word].length;
        if (han.test(word)) pairs.push([word, converted.slice(at, at + n).join('')]);
        at += n;
      }
    }
  }
  return pairs;
}

const variantPairs = (dict: string): [string, string][] =>
  dict.split('|').map((line) => line.split(' ') as [string, string]);

/**
 * Other forms of Taiwan-standard characters that readers type: OpenCC's standard forms
 * (爲, 裏, 羣) and Hong Kong forms (衞, 説, 脱), as [other form, Taiwan form] pairs.
 */
export function variantForms(): [string, string][] {
  const tw = new Map(variantPairs(TWVariants));
  const out: [string, string][] = [];
  for (const [std, twForm] of tw) out.push([std, twForm]);
  for (const [std, hkForm] of variantPairs(HKVariants)) {
    const twForm = tw.get(std) ?? std;
    if (hkForm !== twForm) out.push([hkForm, twForm]);
  }
  return out;
}
