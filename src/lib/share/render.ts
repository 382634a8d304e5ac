/**
 * Renders share images to PNG at build time with satori and resvg, in Noto Sans SC
 * read from the npm package @expo-google-fonts/noto-sans-sc (TTF, which satori reads;
 * the font is never copied into the site), and encodes the pixels with sharp (libvips:
 * about half resvg's PNG encoding time, and smaller files). The background of a kind
 * and campaign is drawn once per build; per entry only its title and date are drawn
 * on a transparent layer of the same layout and laid over it, which halves the work of each image. Each image is cached under
 * node_modules/.cache by a hash of everything that shapes it, so a rebuild renders
 * only the images whose title, date, layout or font changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori, { type SatoriOptions } from 'satori';
import { Resvg } from '@resvg/resvg-js';
import sharp from 'sharp';
import { textTop, type CardNode, type ShareLayers } from './card.ts';

const require = createRequire(import.meta.url);
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const FONT_FILES = [
  { file: '400Regular/NotoSansSC_400Regular.ttf', weight: 400 },
  { file: '700Bold/NotoSansSC_700Bold.ttf', weight: 700 },
] as const;

/** Where rendered images are kept between builds (not committed; `npm ci` starts it afresh). */
export const shareCacheDir = join(process.cwd(), 'node_modules', '.cache', 'fupinri-share-images');

const versionOf = (name: string) =>
  (require(`${name}/package.json`) as { version: string }).version;

/** Everything besides the tree that changes the pixels or the bytes: the font, satori, resvg and sharp versions, the encoding. */
const renderer = `${FONT_PACKAGE}@${versionOf(FONT_PACKAGE)} satori@${versionOf('satori')} resvg@${versionOf('@resvg/resvg-js')} sharp@${sharp.versions.sharp} vips@${sharp.versions.vips} layers-png-rgb-6`;

let fonts: SatoriOptions['fonts'] | undefined;
function loadFonts(): SatoriOptions['fonts'] {
  fonts ??= FONT_FILES.map(({ file, weight }) => ({
    name: 'Noto Sans SC',
    data: readFileSync(require.resolve(`${FONT_PACKAGE}/${file}`)),
    weight,
    style: 'normal' as const,
  }));
  return fonts;
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

/**
 * A tree laid out by satori at `size` and rasterised by resvg from row `top` down (the
 * SVG's viewBox cut to that band, so empty rows above it cost nothing): premultiplied
 * RGBA pixels, `size.width` × (`size.height` − `top`).
 */
async function rasterise(
  node: CardNode,
  size: { width: number; height: number },
  top = 0,
): Promise<Uint8Array> {
  const { width, height } = size;
  const svg = await satori(node as unknown as Parameters<typeof satori>[0], {
    width,
    height,
    fonts: loadFonts(),
  });
  const frame = `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`;
  if (!svg.includes(frame)) throw new Error(`satori's SVG no longer starts with ${frame}`);
  const band = svg.replace(
    frame,
    `width="${width}" height="${height - top}" viewBox="0 ${top} ${width} ${height - top}"`,
  );
  return new Resvg(band, { font: { loadSystemFonts: false } }).render().pixels;
}

/** Backgrounds already drawn in this build, as RGB pixels, by their key: one per kind and campaign. */
const backgrounds = new Map<string, Promise<Uint8Array>>();

/** The RGB pixels of an opaque background, drawn once per build. */
function background(node: CardNode, size: { width: number; height: number }): Promise<Uint8Array> {
  const key = JSON.stringify([node, size.width, size.height]);
  let pixels = backgrounds.get(key);
  if (!pixels) {
    pixels = rasterise(node, size).then((rgba) => {
      const rgb = new Uint8Array(size.width * size.height * 3);
      for (let p = 0, q = 0; p < rgba.length; p += 4, q += 3) {
        rgb[q] = rgba[p]!;
        rgb[q + 1] = rgba[p + 1]!;
        rgb[q + 2] = rgba[p + 2]!;
      }
      return rgb;
    });
    backgrounds.set(key, pixels);
  }
  return pixels;
}

/**
 * Lays premultiplied RGBA pixels over RGB pixels from pixel `offset` on, in place:
 * out = layer + base × (1 − alpha). Transparent pixels are skipped.
 */
export function blendOver(base: Uint8Array, layer: Uint8Array, offset = 0): void {
  for (let p = 0, q = offset * 3; p < layer.length; p += 4, q += 3) {
    const a = layer[p + 3]!;
    if (a === 0) continue;
    const keep = 255 - a;
    base[q] = layer[p]! + Math.round((base[q]! * keep) / 255);
    base[q + 1] = layer[p + 1]! + Math.round((base[q + 1]! * keep) / 255);
    base[q + 2] = layer[p + 2]! + Math.round((base[q + 2]! * keep) / 255);
  }
}

/**
 * Renders a share image to an opaque PNG: the background from this build's store, the
 * entry's text drawn and laid over it (RGB, no alpha: smaller and faster to encode).
 */
export async function renderPng(
  layers: ShareLayers,
  size: { width: number; height: number },
): Promise<Buffer> {
  const pixels = Uint8Array.from(await background(layers.background, size));
  if (layers.text)
    blendOver(pixels, await rasterise(layers.text, size, textTop), size.width * textTop);
  return sharp(pixels, { raw: { width: size.width, height: size.height, channels: 3 } })
    .png({ compressionLevel: 6 })
    .toBuffer();
}

/** Writes a rendered image into the cache in one step (a reader never sees half a file). */
function writeCached(file: string, png: Buffer): void {
  mkdirSync(join(file, '..'), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}

/** A PNG of the tree, from the cache when nothing that shapes it has changed. */
export async function renderShareImage(
  layers: ShareLayers,
  size: { width: number; height: number },
  cacheDir = shareCacheDir,
): Promise<{ png: Buffer; cached: boolean }> {
  const file = join(cacheDir, `${shareImageKey(layers, size)}.png`);
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  const png = await renderPng(layers, size);
  writeCached(file, png);
  return { png, cached: false };
}
