/**
 * The text of a share image, set from cached glyphs. Reading pixels back from a canvas costs
 * about 10 ns a pixel, which for a title's band was more than all the rest of an image; so
 * each glyph is drawn once per build (by the renderer handed in: render.ts uses Skia), its
 * coverage kept, and a line of text is those coverages placed at their advances. Chinese is
 * set without kerning, so the line looks as the canvas would draw it. Pure.
 */

/** A glyph's coverage (0–255, row by row) and where it sits against the pen. */
export interface Glyph {
  /** How far the pen moves after it. */
  advance: number;
  /** Left and top of `coverage` from the pen, on the line's vertical middle. */
  left: number;
  top: number;
  width: number;
  height: number;
  coverage: Uint8Array;
}

/** Draws one character alone and returns its glyph: the renderer's part. */
export type DrawGlyph = (char: string, size: number, weight: 400 | 700) => Glyph;

/** One glyph placed on the image: its coverage's top-left pixel. */
export interface Placed {
  glyph: Glyph;
  x: number;
  y: number;
}

/** Every glyph met in a build, by size, weight and character. */
export class GlyphCache {
  readonly #glyphs = new Map<string, Glyph>();
  readonly #draw: DrawGlyph;

  constructor(draw: DrawGlyph) {
    this.#draw = draw;
  }

  get(char: string, size: number, weight: 400 | 700): Glyph {
    const key = `${size} ${weight} ${char}`;
    let glyph = this.#glyphs.get(key);
    if (!glyph) {
      glyph = this.#draw(char, size, weight);
      this.#glyphs.set(key, glyph);
    }
    return glyph;
  }

  /** The width of a text: the sum of its characters' advances. */
  width(text: string, size: number, weight: 400 | 700): number {
    let width = 0;
    for (const char of text) width += this.get(char, size, weight).advance;
    return width;
  }

  /** The glyphs of one line whose vertical middle is `y`, starting at `x` (pen positions rounded to whole pixels). */
  line(text: string, x: number, y: number, size: number, weight: 400 | 700): Placed[] {
    const placed: Placed[] = [];
    let pen = x;
    for (const char of text) {
      const glyph = this.get(char, size, weight);
      if (glyph.width && glyph.height)
        placed.push({ glyph, x: Math.round(pen) + glyph.left, y: Math.round(y) + glyph.top });
      pen += glyph.advance;
    }
    return placed;
  }
}

/**
 * The smallest box holding every covered pixel of an RGBA image `width` wide (only alpha is
 * read), as a glyph's coverage; `origin` is the pen's pixel in that image.
 */
export function cropGlyph(
  rgba: Uint8Array | Uint8ClampedArray,
  width: number,
  origin: { x: number; y: number },
  advance: number,
): Glyph {
  const height = rgba.length / 4 / width;
  let [x0, y0, x1, y1] = [width, height, -1, -1];
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      if (rgba[(y * width + x) * 4 + 3]) {
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
  if (x1 < 0) return { advance, left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0) };
  const w = x1 - x0 + 1;
  const h = y1 - y0 + 1;
  const coverage = new Uint8Array(w * h);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) coverage[y * w + x] = rgba[((y0 + y) * width + x0 + x) * 4 + 3]!;
  return { advance, left: x0 - origin.x, top: y0 - origin.y, width: w, height: h, coverage };
}
