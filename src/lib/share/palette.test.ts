import { describe, expect, it } from 'vitest';
import { adler32 as zlibAdler } from './palette.test-support.ts';
import sharp from 'sharp';
import {
  adler32,
  adler32Combine,
  coverGlyphs,
  encodePalettePng,
  indexedRows,
  LEVELS,
  Palette,
  pngBackground,
} from './palette.ts';
import type { Glyph } from './glyphs.ts';

const paper = '#fffdf8';
const ink = '#1f2328';
const brand = '#a11b1b';
const palette = new Palette([paper, ink, brand]);

describe('Palette: the card colours and the blends between them', () => {
  it('holds each colour and 14 blends of every two', () => {
    expect(palette.colours.length).toBe(3 + 3 * (LEVELS - 2));
    expect(palette.colours[palette.pure(paper)]).toEqual([255, 253, 248]);
  });

  it('finds the nearest colour', () => {
    expect(palette.nearest(250, 250, 250)).toBe(palette.pure(paper));
    expect(palette.nearest(30, 36, 40)).toBe(palette.pure(ink));
  });

  it('blends text over what is under it by its coverage', () => {
    const under = palette.pure(paper);
    const over = palette.pure(ink);
    expect(palette.blend(under, over, 0)).toBe(under);
    expect(palette.blend(under, over, 255)).toBe(over);
    const half = palette.colours[palette.blend(under, over, 128)]!;
    expect(half[0]).toBeGreaterThan(130);
    expect(half[0]).toBeLessThan(150);
    expect(palette.blendTable(over)[(under << 8) | 128]).toBe(palette.blend(under, over, 128));
  });

  it('refuses more colours than a palette PNG holds', () => {
    const many = [
      '#ff0000',
      '#00ff00',
      '#0000ff',
      '#ffff00',
      '#00ffff',
      '#ff00ff',
      '#000000',
      '#ffffff',
    ];
    expect(() => new Palette(many)).toThrow(/256 colours/);
  });
});

describe('adler32', () => {
  it.each([[''], ['a'], ['扶贫日'.repeat(3000)]])('agrees with zlib for %#', (text) => {
    const data = Buffer.from(text);
    expect(adler32(data)).toBe(zlibAdler(data));
  });

  it('combines two pieces as one', () => {
    const a = Buffer.from('扶贫日'.repeat(4000));
    const b = Buffer.from('消费扶贫'.repeat(7000));
    expect(adler32Combine(adler32(a), adler32(b), b.length)).toBe(adler32(Buffer.concat([a, b])));
  });
});

/** An RGBA image of one colour, with one pixel of another. */
function image(width: number, height: number, fill: number[], dot: number[]): Uint8Array {
  const rgba = new Uint8Array(width * height * 4);
  for (let p = 0; p < rgba.length; p += 4) rgba.set(fill, p);
  rgba.set(dot, 4 * (width + 1));
  return rgba;
}

describe('encodePalettePng: a palette PNG any decoder reads', () => {
  const size = { width: 8, height: 6 };
  const rows = indexedRows(image(8, 6, [255, 253, 248, 255], [161, 27, 27, 255]), 8, palette, 0);

  it('decodes to the pixels it was given', async () => {
    const png = encodePalettePng(rows, size, palette);
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height]).toEqual([8, 6]);
    expect([...data.subarray(0, 3)]).toEqual([255, 253, 248]);
    const dot = (8 + 1) * info.channels;
    expect([...data.subarray(dot, dot + 3)]).toEqual([161, 27, 27]);
  });

  it('gives the same picture with the rows above the split compressed once beforehand', async () => {
    const glyph: Glyph = {
      advance: 2,
      left: 0,
      top: 0,
      width: 2,
      height: 2,
      coverage: Uint8Array.from([255, 128, 64, 0]),
    };
    const covered = Uint8Array.from(rows);
    coverGlyphs(covered, 8, [{ glyph, x: 3, y: 4 }], palette, palette.pure(ink), 3);
    const whole = await sharp(encodePalettePng(covered, size, palette))
      .raw()
      .toBuffer();
    const split = await sharp(encodePalettePng(covered, size, palette, pngBackground(rows, 8, 3)))
      .raw()
      .toBuffer();
    expect(Buffer.compare(split, whole)).toBe(0);
    const at = (x: number, y: number) => [...whole.subarray((y * 8 + x) * 3, (y * 8 + x) * 3 + 3)];
    expect(at(3, 4)).toEqual([31, 35, 40]);
    expect(at(4, 5)).toEqual([255, 253, 248]);
    expect(at(4, 4)[0]).toBeGreaterThan(31);
    expect(at(4, 4)[0]).toBeLessThan(255);
  });

  it('lays no glyph above the split row', () => {
    const glyph: Glyph = {
      advance: 1,
      left: 0,
      top: 0,
      width: 1,
      height: 3,
      coverage: Uint8Array.from([255, 255, 255]),
    };
    const covered = Uint8Array.from(rows);
    coverGlyphs(covered, 8, [{ glyph, x: 0, y: 1 }], palette, palette.pure(ink), 2);
    const column = [0, 1, 2, 3].map((y) => covered[y * 9 + 1]);
    expect(column).toEqual([0, 0, palette.pure(ink), palette.pure(ink)]);
  });
});
