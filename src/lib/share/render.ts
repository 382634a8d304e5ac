/**
 * Renders share-card trees to PNG at build time with satori and resvg, in Noto Sans SC
 * read from the npm package @expo-google-fonts/noto-sans-sc (TTF, which satori reads;
 * the font is never copied into the site), and encodes the pixels with sharp (libvips:
 * about half resvg's PNG encoding time, and smaller files). Each image is cached under
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
import type { CardNode } from './card.ts';

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
const renderer = `${FONT_PACKAGE}@${versionOf(FONT_PACKAGE)} satori@${versionOf('satori')} resvg@${versionOf('@resvg/resvg-js')} sharp@${sharp.versions.sharp} vips@${sharp.versions.vips} png-rgb-6`;

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

/** The cache key of an image: a hash of its tree, its size and the renderer. */
export function shareImageKey(node: CardNode, size: { width: number; height: number }): string {
  return createHash('sha256')
    .update(JSON.stringify([node, size.width, size.height, renderer]))
    .digest('hex')
    .slice(0, 32);
}

/** Renders a tree to an opaque PNG (the cards have no transparency, so RGB: smaller and faster to encode). */
export async function renderPng(
  node: CardNode,
  size: { width: number; height: number },
): Promise<Buffer> {
  const svg = await satori(node as unknown as Parameters<typeof satori>[0], {
    ...size,
    fonts: loadFonts(),
  });
  const image = new Resvg(svg, {
    fitTo: { mode: 'width', value: size.width },
    font: { loadSystemFonts: false },
  }).render();
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 4 } })
    .removeAlpha()
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
  node: CardNode,
  size: { width: number; height: number },
  cacheDir = shareCacheDir,
): Promise<{ png: Buffer; cached: boolean }> {
  const file = join(cacheDir, `${shareImageKey(node, size)}.png`);
  if (existsSync(file)) return { png: readFileSync(file), cached: true };
  const png = await renderPng(node, size);
  writeCached(file, png);
  return { png, cached: false };
}
