/**
 * Renders share images at build time: card.ts's drawing steps drawn with Skia
 * (@napi-rs/canvas) in Noto Sans SC, read from the npm package @expo-google-fonts/noto-sans-sc
 * (the font is never copied into the site), and written as palette PNGs (palette.ts).
 * The background of a kind and campaign is drawn once per build; per entry only the title
 * and date are drawn, each alone, and their coverage laid over the background's pixels.
 * Each image is cached under node_modules/.cache by a hash of everything that shapes it,
 * so a rebuild renders only the images whose title, date, layout or font changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { breakLines, colours, textTop, type DrawStep, type ShareLayers } from './card.ts';
import { cropGlyph, GlyphCache, type Placed } from './glyphs.ts';
import {
  coverGlyphs,
  encodePalettePng,
  indexedRows,
  Palette,
  pngBackground,
  type PngBackground,
} from './palette.ts';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
/** Each weight under a family name of its own: Skia draws the last file registered under a shared name at every weight. */
const FONT_FILES = {
  400: '400Regular/NotoSansSC_400Regular.ttf',
  700: '700Bold/NotoSansSC_700Bold.ttf',
} as const;
const familyOf = (weight: 400 | 700) => `fupinri-share-${weight}`;

/** Where rendered images are kept between builds (not committed; `npm ci` starts it afresh). */
export const shareCacheDir = join(process.cwd(), 'node_modules', '.cache', 'fupinri-share-images');

const versionOf = (name: string) =>
  (require(`${name}/package.json`) as { version: string }).version;

/** Everything besides the steps that changes the pixels or the bytes: the font, the renderer, the encoding. */
const renderer = `${FONT_PACKAGE}@${versionOf(FONT_PACKAGE)} @napi-rs/canvas@${versionOf('@napi-rs/canvas')} palette-png-16-rle`;

let fontsLoaded = false;
function loadFonts(): void {
  if (fontsLoaded) return;
  for (const [weight, file] of Object.entries(FONT_FILES))
    if (
      !GlobalFonts.registerFromPath(
        require.resolve(`${FONT_PACKAGE}/${file}`),
        familyOf(Number(weight) as 400 | 700),
      )
    )
      throw new Error(`share images: could not load the font ${FONT_PACKAGE}/${file}`);
  fontsLoaded = true;
}

/** The cache key of an image: a hash of its layers, its size and the renderer. */
export function shareImageKey(
  layers: ShareLayers,
  size: { width: number; height: number },
): string {
  return createHash('sha256')
    .update(JSON.stringify([layers, size.width, size.height, renderer]))
    .digest('hex')
    .slice(0, 32);
}

const font = (size: number, weight: 400 | 700) => `${size}px ${familyOf(weight)}`;

function drawText(
  ctx: SKRSContext2D,
  text: string,
  x: number,
  y: number,
  style: { size: number; weight: 400 | 700; colour: string; align?: CanvasTextAlign | undefined },
): void {
  ctx.font = font(style.size, style.weight);
  ctx.fillStyle = style.colour;
  ctx.textAlign = style.align ?? 'left';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, x, y);
}

/** Draws one step, `dy` pixels up (a band of the image drawn on its own canvas). */
function draw(ctx: SKRSContext2D, step: DrawStep, dy = 0): void {
  switch (step.step) {
    case 'box':
      ctx.fillStyle = step.colour;
      ctx.beginPath();
      ctx.roundRect(step.x, step.y - dy, step.width, step.height, step.radius ?? 0);
      ctx.fill();
      return;
    case 'text':
      drawText(ctx, step.text, step.x, step.y - dy, step);
      return;
    case 'pills': {
      let x = step.x;
      const border = 3;
      for (const pill of step.pills) {
        ctx.font = font(step.size, 700);
        const width = ctx.measureText(pill.text).width + 2 * (20 + border);
        ctx.beginPath();
        ctx.roundRect(x, step.y - dy, width, step.height, step.height / 2);
        ctx.fillStyle = colours.brand;
        ctx.fill();
        if (!pill.filled) {
          ctx.beginPath();
          ctx.roundRect(
            x + border,
            step.y - dy + border,
            width - 2 * border,
            step.height - 2 * border,
            step.height / 2 - border,
          );
          ctx.fillStyle = colours.paper;
          ctx.fill();
        }
        drawText(ctx, pill.text, x + width / 2, step.y - dy + step.height / 2, {
          size: step.size,
          weight: 700,
          colour: pill.filled ? colours.white : colours.brand,
          align: 'center',
        });
        x += width + step.gap;
      }
      return;
    }
    case 'paragraph': {
      ctx.font = font(step.size, step.weight);
      const lines = breakLines(
        step.text,
        step.width,
        step.maxLines,
        (s) => ctx.measureText(s).width,
      );
      const lineBox = step.size * step.lineHeight;
      for (const [i, line] of lines.entries())
        drawText(ctx, line, step.x, step.y - dy + (i + 0.5) * lineBox, step);
      return;
    }
  }
}

const palette = new Palette(Object.values(colours));

/** Backgrounds already drawn in this build, by their key: one per kind and campaign. */
const backgrounds = new Map<string, PngBackground>();

/** An opaque background, drawn once per build: its palette scanlines, those above the text compressed. */
function background(steps: DrawStep[], size: { width: number; height: number }): PngBackground {
  const key = JSON.stringify([steps, size.width, size.height]);
  let drawn = backgrounds.get(key);
  if (!drawn) {
    const canvas = createCanvas(size.width, size.height);
    const ctx = canvas.getContext('2d');
    for (const step of steps) draw(ctx, step);
    const rows = indexedRows(
      ctx.getImageData(0, 0, size.width, size.height).data,
      size.width,
      palette,
      palette.pure(colours.paper),
    );
    drawn = pngBackground(rows, size.width, Math.min(textTop, size.height));
    backgrounds.set(key, drawn);
  }
  return drawn;
}

/** Every glyph of this build's text layers, each drawn once by Skia on a canvas of its size. */
const glyphCanvases = new Map<number, Canvas>();
const glyphs = new GlyphCache((char, size, weight) => {
  const canvas = glyphCanvases.get(size) ?? new Canvas(size * 2, size * 2);
  glyphCanvases.set(size, canvas);
  const ctx = canvas.getContext('2d');
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const origin = { x: Math.round(size / 2), y: size };
  drawText(ctx, char, origin.x, origin.y, { size, weight, colour: colours.ink });
  const rgba = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  return cropGlyph(rgba, canvas.width, origin, ctx.measureText(char).width);
});

/** The glyphs of one step of the text layer, placed. */
function placeText(step: DrawStep): Placed[] {
  if (step.step === 'paragraph') {
    const { size, weight } = step;
    const lines = breakLines(step.text, step.width, step.maxLines, (s) =>
      glyphs.width(s, size, weight),
    );
    const lineBox = size * step.lineHeight;
    return lines.flatMap((line, i) =>
      glyphs.line(line, step.x, step.y + (i + 0.5) * lineBox, size, weight),
    );
  }
  if (step.step === 'text') {
    const width = glyphs.width(step.text, step.size, step.weight);
    const x =
      step.align === 'right'
        ? step.x - width
        : step.align === 'center'
          ? step.x - width / 2
          : step.x;
    return glyphs.line(step.text, x, step.y, step.size, step.weight);
  }
  throw new Error(`share images: the text layer draws text only, not a ${step.step}`);
}

/** Renders a share image to a palette PNG: the background of its kind and campaign, the entry's text laid over it. */
export function renderPng(layers: ShareLayers, size: { width: number; height: number }): Buffer {
  loadFonts();
  const base = background(layers.background, size);
  const rows = base.rows.slice();
  for (const step of layers.text) {
    if (step.step !== 'text' && step.step !== 'paragraph')
      throw new Error(`share images: the text layer draws text only, not a ${step.step}`);
    coverGlyphs(rows, size.width, placeText(step), palette, palette.pure(step.colour), base.split);
  }
  return encodePalettePng(rows, size, palette, base);
}

/** Writes a rendered image into the cache in one step (a reader never sees half a file). */
function writeCached(file: string, png: Buffer): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

/** A PNG of the layers, from the cache when nothing that shapes it has changed. */
export function renderShareImage(
  layers: ShareLayers,
  size: { width: number; height: number },
  cacheDir = shareCacheDir,
): { png: Buffer; cached: boolean } {
  const file = join(cacheDir, `${shareImageKey(layers, size)}.png`);
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  const png = renderPng(layers, size);
  writeCached(file, png);
  return { png, cached: false };
}
