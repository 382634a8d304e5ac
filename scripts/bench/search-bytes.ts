/**
 * What the search page fetches, measured in Chromium from the DevTools network events
 * (encodedDataLength: bytes on the wire, gzip included): on load before the reader
 * touches anything, when the box gets focus, for a first query and for a second one.
 */
import { chromium, type CDPSession, type Page } from 'playwright-core';

/** Flags for Debian's Chromium on this kind of machine. */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Path of the browser: Debian's chromium package unless CHROMIUM_PATH says otherwise. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** One request the page made. */
export interface Fetch {
  url: string;
  type: string;
  bytes: number;
}

/** Requests of one phase, and how many result links the page showed after it. */
export interface Phase {
  fetches: Fetch[];
  bytes: number;
  results: number;
}

/** The search page's network use, phase by phase. */
export interface SearchBytes {
  /** The selector of the box that was used. */
  box: string;
  load: Phase;
  focus: Phase;
  first: Phase & { query: string };
  second: Phase & { query: string };
}

/** Boxes tried in order: the page's own box in main first, then any search box. */
const BOXES = [
  'main input[type="search"]',
  'main [role="searchbox"]',
  'main input[type="text"]',
  'main input:not([type])',
  'input[type="search"]',
];

class Recorder {
  private phase: Fetch[] = [];
  private pending = new Map<string, { url: string; type: string }>();
  private lastEvent = performance.now();

  constructor(cdp: CDPSession) {
    cdp.on('Network.requestWillBeSent', (e) => {
      this.pending.set(e.requestId, { url: e.request.url, type: e.type ?? 'Other' });
      this.lastEvent = performance.now();
    });
    cdp.on('Network.loadingFinished', (e) => this.finish(e.requestId, e.encodedDataLength));
    cdp.on('Network.loadingFailed', (e) => this.finish(e.requestId, 0));
  }

  private finish(id: string, bytes: number): void {
    const request = this.pending.get(id);
    this.pending.delete(id);
    this.lastEvent = performance.now();
    if (request) this.phase.push({ ...request, bytes });
  }

  /** Waits until no request is in flight and none started for `quietMs` (at most `maxMs`). */
  async idle(quietMs = 1000, maxMs = 20_000): Promise<void> {
    const start = performance.now();
    while (performance.now() - start < maxMs) {
      if (this.pending.size === 0 && performance.now() - this.lastEvent >= quietMs) return;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Ends a phase: what it fetched. */
  take(): Fetch[] {
    const out = this.phase;
    this.phase = [];
    return out;
  }

  /** Whether any request happened in the current phase. */
  get busy(): boolean {
    return this.phase.length > 0 || this.pending.size > 0;
  }
}

const links = (page: Page) => page.locator('main a[href]').count();

/** Loads `url` (the search page) and measures what it fetches for two queries. */
export async function measureSearch(
  url: string,
  queries: readonly [string, string],
): Promise<SearchBytes> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: [...CHROME_FLAGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    const recorder = new Recorder(cdp);
    const phase = async (): Promise<Phase> => {
      await recorder.idle();
      const fetches = recorder.take();
      return {
        fetches,
        bytes: fetches.reduce((s, f) => s + f.bytes, 0),
        results: await links(page),
      };
    };

    await page.goto(url, { waitUntil: 'load' });
    const load = await phase();
    let box = '';
    for (const selector of BOXES) {
      if (
        await page
          .locator(selector)
          .first()
          .isVisible()
          .catch(() => false)
      ) {
        box = selector;
        break;
      }
    }
    if (!box) throw new Error(`no search box on ${url} (tried ${BOXES.join(', ')})`);
    const input = page.locator(box).first();
    await input.focus();
    const focus = await phase();

    const ask = async (query: string): Promise<Phase & { query: string }> => {
      await input.fill('');
      await input.focus();
      await page.keyboard.insertText(query);
      await recorder.idle(1500);
      if (!recorder.busy) {
        // A form that searches on submit, not as one types.
        await page.keyboard.press('Enter');
        await page.waitForLoadState('load');
      }
      const result = await phase();
      return { ...result, results: Math.max(0, result.results - load.results), query };
    };
    const first = await ask(queries[0]);
    const second = await ask(queries[1]);
    return { box, load, focus, first, second };
  } finally {
    await browser.close();
  }
}
