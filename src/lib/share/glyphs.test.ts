import { describe, expect, it } from 'vitest';
import { cropGlyph, GlyphCache, type Glyph } from './glyphs.ts';

/** A 4×3 RGBA image whose only covered pixels are (1, 1) and (2, 2). */
const rgba = new Uint8Array(4 * 3 * 4);
rgba[(1 * 4 + 1) * 4 + 3] = 200;
rgba[(2 * 4 + 2) * 4 + 3] = 255;

describe('cropGlyph', () => {
  it('keeps the covered box and where it sits against the pen', () => {
    const glyph = cropGlyph(rgba, 4, { x: 1, y: 2 }, 3.5);
    expect(glyph).toMatchObject({ advance: 3.5, left: 0, top: -1, width: 2, height: 2 });
    expect([...glyph.coverage]).toEqual([200, 0, 0, 255]);
  });

  it('gives a space an advance and no pixels', () => {
    expect(cropGlyph(new Uint8Array(16), 2, { x: 0, y: 0 }, 7)).toMatchObject({
      advance: 7,
      width: 0,
      height: 0,
    });
  });
});

describe('GlyphCache', () => {
  const drawn: string[] = [];
  const glyphs = new GlyphCache((char, size): Glyph => {
    drawn.push(`${char}${size}`);
    return char === ' '
      ? { advance: size / 2, left: 0, top: 0, width: 0, height: 0, coverage: new Uint8Array(0) }
      : {
          advance: size,
          left: 1,
          top: -size / 2,
          width: 2,
          height: 2,
          coverage: new Uint8Array(4),
        };
  });

  it('draws each glyph of a size and weight once', () => {
    glyphs.line('扶贫扶贫', 0, 0, 10, 700);
    glyphs.width('扶贫', 10, 700);
    glyphs.line('扶', 0, 0, 12, 700);
    expect(drawn).toEqual(['扶10', '贫10', '扶12']);
  });

  it('places glyphs at their advances from the pen, on whole pixels, and skips blank ones', () => {
    const placed = glyphs.line('扶 贫', 10.4, 50.6, 10, 700);
    expect(placed.map((p) => [p.x, p.y])).toEqual([
      [11, 46],
      [11 + 15, 46],
    ]);
    expect(glyphs.width('扶 贫', 10, 700)).toBe(25);
  });
});
