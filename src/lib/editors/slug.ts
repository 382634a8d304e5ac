/**
 * File names (and so URLs) for new entries: an ASCII, kebab-case slug made from
 * a Chinese title's pinyin. Words come from the ICU word breaker (Intl.Segmenter)
 * and each character's reading from pinyin-pro, read in the context of the whole
 * title so that polyphonic characters (行, 长, 了) read right. Deterministic for
 * a given Node and pinyin-pro version, which the project pins.
 */
import { pinyin } from 'pinyin-pro';

/** Collections whose file names start with the year, so a folder lists year by year. */
export const datedCollections: ReadonlySet<string> = new Set([
  'notices',
  'activities',
  'appeals',
  'commendations',
  'stories',
  'programmes',
  'pairings',
]);

/** Words left out of a slug: particles and the 关于 that opens a government document's title. */
const PARTICLES = new Set(['的', '了', '着', '之', '地', '得']);
const OPENERS = new Set(['关于']);

/** At most this many words after the year, and this many characters in all. */
const MAX_WORDS = 6;
const MAX_LENGTH = 48;

const isHan = (ch: string) => /\p{Script=Han}/u.test(ch);

/** Options for {@link slugify}. */
export interface SlugOptions {
  /** A year to put first, e.g. "2024" (dropped from the words when the title repeats it). */
  year?: string | undefined;
}

/** The words of a title, each as lower-case ASCII (pinyin for Chinese), particles left out. */
export function slugWords(title: string): string[] {
  const normalized = title.normalize('NFKC');
  // Each character's reading in context; non-Chinese characters read as themselves.
  const readings = pinyin(normalized, { type: 'all', toneType: 'none', v: true }).map((r) =>
    r.isZh ? r.pinyin : r.origin,
  );
  const chars = [...normalized];
  const perChar =
    chars.length === readings.length
      ? readings
      : chars.map((ch) => (isHan(ch) ? pinyin(ch, { toneType: 'none', v: true }) : ch));
  const offsets: number[] = [];
  chars.reduce((at, ch) => (offsets.push(at), at + ch.length), 0);

  const segments = [
    ...new Intl.Segmenter('zh', { granularity: 'word' }).segment(normalized),
  ].filter((s) => s.isWordLike);
  const raw: { text: string; single: boolean; start: number; end: number }[] = [];
  segments.forEach((s, i) => {
    if (PARTICLES.has(s.segment) || (i === 0 && OPENERS.has(s.segment))) return;
    // "2024年" reads as a year, not "2024-nian".
    if (s.segment === '年' && /^\d{4}$/.test(raw.at(-1)?.text ?? '')) return;
    const start = offsets.indexOf(s.index);
    const length = [...s.segment].length;
    const han = [...s.segment].every(isHan);
    const text = perChar
      .slice(start, start + length)
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
    if (text)
      raw.push({
        text,
        single: han && length === 1,
        start: s.index,
        end: s.index + s.segment.length,
      });
  });

  // The word breaker leaves many two-character words as single characters (扶|贫|日): pair them up.
  const words: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i]!;
    const next = raw[i + 1];
    // Only characters that stand side by side: punctuation or a dropped particle keeps them apart.
    if (w.single && next?.single && next.start === w.end) {
      words.push(w.text + next.text);
      i++;
    } else words.push(w.text);
  }
  return words;
}

/** An ASCII kebab-case slug for a title, e.g. 2024-fupinri-huodong-fangan; "" when nothing is left. */
export function slugify(title: string, options: SlugOptions = {}): string {
  const year = options.year;
  let words = slugWords(title);
  if (year) words = words.filter((w) => w !== year);
  const kept: string[] = year ? [year] : [];
  for (const word of words.slice(0, MAX_WORDS)) {
    if ([...kept, word].join('-').length > MAX_LENGTH) break;
    kept.push(word);
  }
  if (kept.length === (year ? 1 : 0)) return '';
  return kept.join('-');
}

/** The slug for a new entry of a collection: where the collection is dated, the year first (the title's own year, else today's). */
export function entrySlug(collection: string, title: string, today: string): string {
  if (!datedCollections.has(collection)) return slugify(title);
  const named = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(title.normalize('NFKC'))?.[1];
  return slugify(title, { year: named ?? today.slice(0, 4) });
}
