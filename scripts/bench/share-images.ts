/**
 * The cost of one share image, measured apart from the build (whose log cannot tell an
 * image's time from a page's): the site's own renderer draws a card for each of the
 * corpus's titles, in this process, one after another. CPU time is the process's (user +
 * system, every thread), so work a library hands to a thread is counted too. The first
 * images also draw each glyph once; the figure is over all of them, as in a build.
 *
 *   node scripts/bench/share-images.ts [--images N] [--project DIR]
 */
import { pathToFileURL } from 'node:url';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CorpusFile } from './corpus.ts';

/** What drawing the share images of a corpus cost. */
export interface ShareImageCost {
  images: number;
  /** CPU milliseconds an image. */
  cpuMs: number;
  /** Mean bytes of an image. */
  bytes: number;
}

/** The titles and campaigns of a corpus's entries, as its share images show them. */
export function cardsOf(files: CorpusFile[]): { kind: string; title: string; line?: string }[] {
  const kinds: Record<string, string> = {
    notices: '通知公告',
    activities: '活动安排',
    stories: '脱贫故事',
    commendations: '表彰名单',
    appeals: '捐赠倡议',
  };
  return files.flatMap((f) => {
    const kind = kinds[f.path.split('/')[0] ?? ''];
    const text = typeof f.data === 'string' ? f.data : '';
    const title = /^title: "?(.*?)"?$/m.exec(text)?.[1];
    const date = /^(?:date|when): "?(\d{4})-(\d\d)-(\d\d)/m.exec(text);
    if (!kind || !title) return [];
    return [
      {
        kind,
        title,
        ...(date ? { line: `${date[1]}年${Number(date[2])}月${Number(date[3])}日` } : {}),
      },
    ];
  });
}

/** Draws the cards with the renderer of the project at `projectDir` and returns what it cost. */
export async function measureShareImages(
  projectDir: string,
  cards: { kind: string; title: string; line?: string }[],
): Promise<ShareImageCost> {
  const lib = (file: string) => pathToFileURL(join(projectDir, 'src', 'lib', 'share', file)).href;
  const { shareCardLayers, shareSize } = (await import(
    lib('card.ts')
  )) as typeof import('../../src/lib/share/card.ts');
  const { renderPng } = (await import(
    lib('render.ts')
  )) as typeof import('../../src/lib/share/render.ts');
  const layers = cards.map((c, i) =>
    shareCardLayers({
      ...c,
      campaign: `${2014 + (i % 12)}年扶贫日`,
      example: false,
      site: '扶贫日活动专题网站',
    }),
  );
  let bytes = 0;
  const start = process.cpuUsage();
  // The renderer of another checkout may be asynchronous: await whatever it returns.
  const render = renderPng as (...a: Parameters<typeof renderPng>) => Buffer | Promise<Buffer>;
  for (const l of layers) bytes += (await render(l, shareSize)).length;
  const used = process.cpuUsage(start);
  return {
    images: layers.length,
    cpuMs: (used.user + used.system) / 1000 / Math.max(1, layers.length),
    bytes: bytes / Math.max(1, layers.length),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { images: { type: 'string', default: '1000' }, project: { type: 'string' } },
  });
  const { generateCorpus } = await import('./corpus.ts');
  const corpus = await generateCorpus({ entries: Number(values.images), seed: 'fupinri-bench' });
  const cost = await measureShareImages(
    resolve(values.project ?? join(import.meta.dirname, '..', '..')),
    cardsOf(corpus.files),
  );
  process.stdout.write(
    `${cost.images} share images: ${cost.cpuMs.toFixed(2)} ms CPU an image, ${(cost.bytes / 1024).toFixed(1)} KB an image\n`,
  );
}
