/**
 * Share images as palette PNGs. A card is drawn in a handful of colours (card.ts), and
 * its only other pixels are the anti-aliased edges between two of them; so the palette
 * is made from the colours alone (each colour, and 14 blends between every two), never by
 * quantising an image. A pixel is one byte instead of three, which makes its compression several times faster; the rows above the text, the same for every entry of a
 * kind and campaign, are compressed once (pngBackground). Pure, with node:zlib.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { Placed } from './glyphs.ts';

/** Blend levels between two colours: coverage is kept in 16 steps (0 and 15 are the colours themselves). */
export const LEVELS = 16;

type Rgb = readonly [number, number, number];

const rgbOf = (hex: string): Rgb => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  Math.round(a[0] + (b[0] - a[0]) * t),
  Math.round(a[1] + (b[1] - a[1]) * t),
  Math.round(a[2] + (b[2] - a[2]) * t),
];

/** The colours of a palette, and the nearest of them to any colour. */
export class Palette {
  readonly colours: Rgb[] = [];
  readonly #indexOf = new Map<number, number>();
  readonly #nearest = new Map<number, number>();
  /** Index of a pure colour by its hex code. */
  readonly #pure = new Map<string, number>();
  /** Blend of palette entry × text colour × level → index, filled as met. */
  readonly #blend = new Map<number, number>();
  readonly #tables = new Map<number, Uint8Array>();

  constructor(hexes: readonly string[]) {
    const pure = [...new Set(hexes.map((h) => h.toLowerCase()))];
    const add = (c: Rgb) => {
      const key = (c[0] << 16) | (c[1] << 8) | c[2];
      if (!this.#indexOf.has(key)) {
        this.#indexOf.set(key, this.colours.length);
        this.colours.push(c);
      }
      return this.#indexOf.get(key)!;
    };
    for (const hex of pure) this.#pure.set(hex, add(rgbOf(hex)));
    for (let i = 0; i < pure.length; i++)
      for (let j = i + 1; j < pure.length; j++)
        for (let level = 1; level < LEVELS - 1; level++)
          add(mix(rgbOf(pure[i]!), rgbOf(pure[j]!), level / (LEVELS - 1)));
    if (this.colours.length > 256)
      throw new Error(`a share-image palette holds 256 colours; ${pure.length} colours need more`);
  }

  /** The index of the palette colour nearest to (r, g, b). */
  nearest(r: number, g: number, b: number): number {
    const key = (r << 16) | (g << 8) | b;
    let index = this.#nearest.get(key);
    if (index === undefined) {
      let best = Infinity;
      index = 0;
      for (const [i, c] of this.colours.entries()) {
        const d = (c[0] - r) ** 2 + (c[1] - g) ** 2 + (c[2] - b) ** 2;
        if (d < best) [best, index] = [d, i];
      }
      this.#nearest.set(key, index);
    }
    return index;
  }

  /** The index of a colour of the card (one the palette was made from). */
  pure(hex: string): number {
    const index = this.#pure.get(hex.toLowerCase());
    if (index === undefined) throw new Error(`${hex} is not a colour of this palette`);
    return index;
  }

  /** For text colour `over`: the index of it covering entry `under` by `alpha` (0–255), at `under << 8 | alpha`. */
  blendTable(over: number): Uint8Array {
    let table = this.#tables.get(over);
    if (!table) {
      table = new Uint8Array(256 * 256);
      for (let under = 0; under < this.colours.length; under++)
        for (let alpha = 0; alpha < 256; alpha++)
          table[(under << 8) | alpha] = this.blend(under, over, alpha);
      this.#tables.set(over, table);
    }
    return table;
  }

  /** The index of text colour `over` covering palette entry `under` by `alpha` (0–255). */
  blend(under: number, over: number, alpha: number): number {
    const level = Math.round((alpha * (LEVELS - 1)) / 255);
    if (level === 0) return under;
    if (level === LEVELS - 1) return over;
    const key = (under * 256 + over) * LEVELS + level;
    let index = this.#blend.get(key);
    if (index === undefined) {
      const c = mix(this.colours[under]!, this.colours[over]!, level / (LEVELS - 1));
      index = this.nearest(c[0], c[1], c[2]);
      this.#blend.set(key, index);
    }
    return index;
  }
}

/**
 * PNG scanlines (a filter byte, 0, before each row of `width` palette indices) of RGBA
 * pixels, each mapped to its nearest palette colour; transparent pixels become `under`.
 */
export function indexedRows(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  palette: Palette,
  under: number,
): Uint8Array {
  const height = rgba.length / 4 / width;
  const rows = new Uint8Array((width + 1) * height);
  // Most pixels repeat the one before (a background is mostly paper): look up only a change.
  let last = -1;
  let index = under;
  for (let y = 0, p = 0; y < height; y++) {
    let q = y * (width + 1) + 1;
    for (let x = 0; x < width; x++, p += 4, q++) {
      const pixel =
        ((rgba[p]! << 24) | (rgba[p + 1]! << 16) | (rgba[p + 2]! << 8) | rgba[p + 3]!) >>> 0;
      if (pixel !== last) {
        const a = pixel & 255;
        const opaque = a === 0 ? under : palette.nearest(rgba[p]!, rgba[p + 1]!, rgba[p + 2]!);
        index = a === 0 || a === 255 ? opaque : palette.blend(under, opaque, a);
        last = pixel;
      }
      rows[q] = index;
    }
  }
  return rows;
}

/**
 * Lays glyphs of palette colour `over` on scanlines in place, `width` wide: each pixel
 * becomes the palette's blend of what is under it and `over` by the glyph's coverage.
 * Rows above `fromRow` and pixels outside the image are left as they are.
 */
export function coverGlyphs(
  rows: Uint8Array,
  width: number,
  placed: readonly Placed[],
  palette: Palette,
  over: number,
  fromRow = 0,
): void {
  const height = rows.length / (width + 1);
  const table = palette.blendTable(over);
  for (const { glyph, x, y } of placed) {
    const { coverage, width: w, height: h } = glyph;
    for (let gy = Math.max(0, fromRow - y); gy < h && y + gy < height; gy++) {
      const line = (y + gy) * (width + 1) + 1;
      for (let gx = Math.max(0, -x); gx < w && x + gx < width; gx++) {
        const a = coverage[gy * w + gx]!;
        if (a === 0) continue;
        const q = line + x + gx;
        rows[q] = table[(rows[q]! << 8) | a]!;
      }
    }
  }
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const tail = Buffer.alloc(4);
  tail.writeUInt32BE(crc32(data, crc32(head.subarray(4))) >>> 0, 0);
  return Buffer.concat([head, data, tail]);
}

const ADLER_BASE = 65521;

/** The Adler-32 checksum zlib ends its stream with (node:zlib does not export it). */
export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length;) {
    // 5552 bytes is the most that can be summed before b overflows 2^32 (zlib's NMAX).
    const end = Math.min(i + 5552, data.length);
    for (; i < end; i++) {
      a += data[i]!;
      b += a;
    }
    a %= ADLER_BASE;
    b %= ADLER_BASE;
  }
  return ((b << 16) | a) >>> 0;
}

/** The Adler-32 of two pieces joined, from each piece's (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % ADLER_BASE;
  let a = first & 0xffff;
  let b = (rem * a) % ADLER_BASE;
  a += (second & 0xffff) + ADLER_BASE - 1;
  b += ((first >>> 16) & 0xffff) + ((second >>> 16) & 0xffff) + ADLER_BASE - rem;
  if (a >= ADLER_BASE) a -= ADLER_BASE;
  if (a >= ADLER_BASE) a -= ADLER_BASE;
  if (b >= ADLER_BASE * 2) b -= ADLER_BASE * 2;
  if (b >= ADLER_BASE) b -= ADLER_BASE;
  return ((b << 16) | a) >>> 0;
}

/**
 * The scanlines of a background with its rows above `split` compressed once: every image
 * drawn on it changes only the rows from `split` down, so only those are compressed per image.
 */
export interface PngBackground {
  rows: Uint8Array;
  split: number;
  /** Raw deflate of the scanlines above `split`, ended by a full flush so that more can follow. */
  head: Buffer;
  headAdler: number;
}

/** Compression of the rows an image changes: zlib level 4, the best size for its time on text rows. */
const BAND_LEVEL = 4;

/** Prepares a background's scanlines (from indexedRows) for encodePalettePng, `width` wide. */
export function pngBackground(rows: Uint8Array, width: number, split: number): PngBackground {
  const headRows = rows.subarray(0, split * (width + 1));
  return {
    rows,
    split,
    head: deflateRawSync(headRows, { level: 9, finishFlush: constants.Z_FULL_FLUSH }),
    headAdler: adler32(headRows),
  };
}

/**
 * An 8-bit palette PNG of scanlines (from indexedRows, then coverRows): with `background`,
 * the rows above its split are taken as they are in it, already compressed.
 */
export function encodePalettePng(
  rows: Uint8Array,
  size: { width: number; height: number },
  palette: Palette,
  background?: PngBackground,
): Buffer {
  if (rows.length !== (size.width + 1) * size.height)
    throw new Error(`${rows.length} bytes of scanlines for a ${size.width}×${size.height} image`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size.width, 0);
  header.writeUInt32BE(size.height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8 bits, palette colour, deflate, adaptive filters, no interlace
  const from = background ? background.split * (size.width + 1) : 0;
  const band = rows.subarray(from);
  const bandAdler = adler32(band);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(
    background ? adler32Combine(background.headAdler, bandAdler, band.length) : bandAdler,
  );
  const zlibStream = Buffer.concat([
    Buffer.from([0x78, 0x01]), // zlib header: deflate, 32 KiB window, no dictionary
    ...(background ? [background.head] : []),
    deflateRawSync(band, { level: BAND_LEVEL }),
    checksum,
  ]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', Uint8Array.from(palette.colours.flat())),
    chunk('IDAT', zlibStream),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
