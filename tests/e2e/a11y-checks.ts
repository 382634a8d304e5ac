/**
 * Checks axe-core cannot make on its own: language, heading order, the skip link, keyboard
 * reach and visible focus, and text at 200 %. Each returns a list of "rule: detail" strings.
 *
 * Past 250 lines: each check is short, and they share one page-reading helper.
 */
import type { Page } from 'playwright-core';

/** `lang` on <html> as expected (zh-CN, or zh-Hant under /zh-hant/), one h1, and headings that never skip a level. */
export async function structureProblems(page: Page, expectedLang = 'zh-CN'): Promise<string[]> {
  return page.evaluate((expectedLang) => {
    const out: string[] = [];
    const lang = document.documentElement.getAttribute('lang');
    if (lang !== expectedLang)
      out.push(`lang: <html lang> is ${JSON.stringify(lang)}, not "${expectedLang}"`);
    const headings = [
      ...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]'),
    ]
      .filter(
        (h) =>
          !h.closest('[hidden], [aria-hidden="true"]') && getComputedStyle(h).display !== 'none',
      )
      .map((h) => ({
        level:
          h.getAttribute('role') === 'heading'
            ? Number(h.getAttribute('aria-level') ?? 2)
            : Number(h.tagName[1]),
        text: (h.textContent ?? '').trim().slice(0, 40),
      }));
    const h1s = headings.filter((h) => h.level === 1).length;
    if (h1s !== 1) out.push(`heading-order: ${h1s} h1 elements, expected exactly one`);
    if (headings[0] && headings[0].level !== 1)
      out.push(
        `heading-order: the first heading is h${headings[0].level} "${headings[0].text}", not h1`,
      );
    headings.forEach((h, i) => {
      const prev = headings[i - 1];
      if (prev && h.level > prev.level + 1)
        out.push(
          `heading-order: h${h.level} "${h.text}" follows h${prev.level} "${prev.text}" (a level skipped)`,
        );
    });
    return out;
  }, expectedLang);
}

interface Focused {
  id: string | null;
  desc: string;
  inMain: boolean;
  isMain: boolean;
  href: string | null;
  indicator: boolean;
  contrast: string | null;
  lowContrast: boolean;
  visible: boolean;
}

/** Describes the focused element (inside shadow roots too): which one, and whether its focus shows. */
function focusedNow(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const node: Element = el;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    const shadow = cs.boxShadow !== 'none';
    // Contrast of the outline with what surrounds it (WCAG 1.4.11: at least 3:1).
    const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
    const rgba = (color: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = color;
      ctx.fillRect(0, 0, 1, 1);
      return [...ctx.getImageData(0, 0, 1, 1).data] as [number, number, number, number];
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    // What the outline is drawn on: the topmost opaque background just outside the element.
    const r0 = el.getBoundingClientRect();
    const gap = Math.max(0, parseFloat(cs.outlineOffset)) + parseFloat(cs.outlineWidth) / 2;
    const clampX = (x: number) => Math.min(Math.max(x, 0), window.innerWidth - 1);
    const clampY = (y: number) => Math.min(Math.max(y, 0), window.innerHeight - 1);
    const candidates = [
      [r0.left - gap, r0.top + r0.height / 2],
      [r0.right + gap, r0.top + r0.height / 2],
      [r0.left + r0.width / 2, r0.top - gap],
      [r0.left + r0.width / 2, r0.bottom + gap],
    ]
      .map(([x, y]) => [clampX(x!), clampY(y!)] as const)
      .filter(([x, y]) => x < r0.left || x > r0.right || y < r0.top || y > r0.bottom);
    const backgroundAt = (x: number, y: number) => {
      for (const under of (node.getRootNode() as Document | ShadowRoot).elementsFromPoint(x, y)) {
        if (under === node || node.contains(under)) continue;
        const c = rgba(getComputedStyle(under).backgroundColor);
        if (c[3] >= 128) return c;
      }
      return [255, 255, 255, 255];
    };
    const ratio = (a: number[], b: number[]) => {
      const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (l1 + 0.05) / (l2 + 0.05);
    };
    // The side where the outline shows best: a neighbour may share one side's colour.
    const line = rgba(cs.outlineColor);
    const sides = candidates
      .map(([x, y]) => backgroundAt(x, y))
      .map((c) => ({ c, k: ratio(line, c) }));
    const best = sides.sort((a, b) => b.k - a.k)[0] ?? {
      c: [255, 255, 255, 255],
      k: ratio(line, [255, 255, 255, 255]),
    };
    const bg = best.c;
    const contrast = outline ? best.k : 0;
    const r = el.getBoundingClientRect();
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 2, r.top + 2],
      [r.right - 2, r.bottom - 2],
      [r.left + 2, r.bottom - 2],
      [r.right - 2, r.top + 2],
    ] as const;
    const root = el.getRootNode() as Document | ShadowRoot;
    const visible =
      r.width > 0 &&
      r.height > 0 &&
      points.some(([x, y]) => {
        const hit = root.elementFromPoint(x, y);
        return !!hit && (hit === el || el.contains(hit));
      });
    const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 30);
    return {
      id: el.getAttribute('data-kb'),
      desc: `<${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}> "${text}"`,
      inMain: !!el.closest('main'),
      isMain: el.tagName === 'MAIN',
      href: el.getAttribute('href'),
      indicator: outline || shadow,
      contrast: outline
        ? `${contrast.toFixed(1)}:1 (${cs.outlineColor} on rgba(${bg.join(', ')}))`
        : null,
      lowContrast: outline && contrast < 3,
      visible,
    };
  });
}

/** Marks every visible control with data-kb (one id per radio group) and lists them. */
function markControls(page: Page): Promise<{ id: string; desc: string }[]> {
  return page.evaluate(() => {
    const selector =
      'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    const seenRadio = new Set<string>();
    const list: { id: string; desc: string }[] = [];
    document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
      if (
        (el as HTMLButtonElement).disabled ||
        el.closest('[inert]') ||
        !el.checkVisibility({ visibilityProperty: true })
      )
        return;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (seenRadio.has(el.name)) return;
        seenRadio.add(el.name);
        document
          .querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`)
          .forEach((r) => r.setAttribute('data-kb', String(i)));
      }
      el.setAttribute('data-kb', String(i));
      list.push({
        id: String(i),
        desc: `<${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"`,
      });
    });
    return list;
  });
}

/**
 * On a freshly loaded page: the skip link is the first Tab stop; Tab reaches every control,
 * each showing its focus and not hidden behind anything; the skip link moves focus to
 * <main>, and the next Tab goes into it.
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  const out: string[] = [];
  const expected = await markControls(page);
  await page.keyboard.press('Tab');
  const first = await focusedNow(page);
  if (!first || first.href !== '#main')
    out.push(`skip-link: the first Tab stop is ${first?.desc ?? 'nothing'}, not a link to #main`);

  const reached = new Set<string>();
  for (let i = 0, f = first; f && i < expected.length * 2 + 5; i++) {
    if (f.id !== null && reached.has(f.id)) break;
    if (f.id !== null) reached.add(f.id);
    if (!f.indicator) out.push(`focus-visible: ${f.desc} shows no focus outline`);
    if (f.lowContrast)
      out.push(
        `focus-contrast: the focus outline of ${f.desc} has a contrast of ${f.contrast}, below 3:1`,
      );
    if (!f.visible) out.push(`focus-not-obscured: ${f.desc} is hidden when it has focus`);
    await page.keyboard.press('Tab');
    f = await focusedNow(page);
  }
  for (const e of expected)
    if (!reached.has(e.id)) out.push(`keyboard: ${e.desc} cannot be reached with Tab`);

  if (first?.href === '#main') {
    await page.focus('a[href="#main"]');
    await page.keyboard.press('Enter');
    const target = await focusedNow(page);
    if (!target?.isMain)
      out.push(`skip-link: activating it focuses ${target?.desc ?? 'nothing'}, not <main>`);
    await page.keyboard.press('Tab');
    const next = await focusedNow(page);
    const hasControlInMain = await page.evaluate(() => !!document.querySelector('main [data-kb]'));
    if (hasControlInMain && !next?.inMain)
      out.push(
        `skip-link: Tab after the skip link goes to ${next?.desc ?? 'nothing'}, not into <main>`,
      );
  }
  return out;
}

/** What is cut off: the page wider than the window, or text clipped by its box. */
function overflowNow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) {
      const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter(
          (el) =>
            el.getBoundingClientRect().right > window.innerWidth + 0.5 && el.checkVisibility(),
        )
        .filter(
          (el) =>
            ![...el.children].some(
              (c) => c.getBoundingClientRect().right > window.innerWidth + 0.5,
            ),
        )
        .slice(0, 3)
        .map(
          (el) =>
            `<${el.tagName.toLowerCase()} class="${el.className}"> "${(el.textContent ?? '').trim().slice(0, 20)}"`,
        );
      out.push(
        `page is ${doc.scrollWidth}px wide in a ${window.innerWidth}px window; too wide: ${wide.join(', ')}`,
      );
    }
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const cs = getComputedStyle(el);
      const clipped =
        (cs.overflowX === 'hidden' || cs.overflowX === 'clip') &&
        el.scrollWidth > el.clientWidth + 1;
      const srOnly = el.clientWidth <= 1 && el.clientHeight <= 1;
      if (clipped && !srOnly && el.checkVisibility())
        out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> clips its content`);
    }
    return out;
  });
}

/**
 * Text at 200 %: the page in a phone window zoomed to 200 % (195 CSS px wide), and with
 * the text size alone doubled, scrolls only vertically and clips no text.
 */
export async function reflowProblems(page: Page): Promise<string[]> {
  const out: string[] = [];
  await page.setViewportSize({ width: 195, height: 422 });
  for (const p of await overflowNow(page)) out.push(`reflow (zoom 200 %): ${p}`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => {
    const html = document.documentElement;
    html.style.fontSize = `${parseFloat(getComputedStyle(html).fontSize) * 2}px`;
  });
  for (const p of await overflowNow(page)) out.push(`resize-text (text 200 %): ${p}`);
  return out;
}
