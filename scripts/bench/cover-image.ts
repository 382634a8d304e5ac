/** A cover image of the synthetic corpus, drawn with sharp from a seeded PRNG. */
import sharp from 'sharp';
import type { Rng } from './prng.ts';

/** A cover image: a 1200×800 picture of soft bands and blocks, drawn from the seed. */
export async function coverImage(rng: Rng, format: 'jpeg' | 'png'): Promise<Uint8Array> {
  const width = 1200;
  const height = 800;
  const pixels = Buffer.alloc(width * height * 3);
  const base = [rng.int(60, 200), rng.int(60, 200), rng.int(60, 200)] as const;
  const blocks = Array.from({ length: 12 }, () => ({
    x: rng.int(0, width - 200),
    y: rng.int(0, height - 150),
    w: rng.int(80, 400),
    h: rng.int(60, 300),
    c: [rng.int(0, 255), rng.int(0, 255), rng.int(0, 255)] as const,
  }));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const shade = Math.floor((x + y) / 16) % 32;
      let c: readonly number[] = [base[0] + shade, base[1] + (shade >> 1), base[2] - shade];
      for (const b of blocks) if (x >= b.x && x < b.x + b.w && y >= b.y && y < b.y + b.h) c = b.c;
      pixels[i] = c[0] ?? 0;
      pixels[i + 1] = c[1] ?? 0;
      pixels[i + 2] = c[2] ?? 0;
    }
  }
  const image = sharp(pixels, { raw: { width, height, channels: 3 } });
  const out =
    format === 'jpeg'
      ? await image.jpeg({ quality: 80 }).toBuffer()
      : await image.png({ compressionLevel: 9 }).toBuffer();
  return new Uint8Array(out);
}
