/** Share images (PNG), made at build time: /og/default.png, /og/feed.png, /og/<kind>/<id>.png. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shareImages, type ShareImage } from '../../lib/share/images.ts';
import { renderShareImage, shareImageKey } from '../../lib/share/render.ts';

// The cache key is the image's own (everything that shapes its pixels), so an incremental build copies an unchanged image.
export const getStaticPaths = (async () =>
  (await shareImages()).map((image) => ({
    params: { image: image.path },
    props: { image },
    cacheKey: shareImageKey(image.layers, image.size),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ image: ShareImage }> = ({ props: { image } }) => {
  const { png } = renderShareImage(image.layers, image.size);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
