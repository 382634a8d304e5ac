/**
 * Checks axe-core cannot make on its own: language, heading order, the skip link, keyboard
 * reach and visible focus, and text at 200 %. Each returns a list of "rule: detail" strings.
 */
import type { Page } from 'playwright-core';

/** `lang="zh-CN"` on <html>, one h1, and headings that never skip a level. */
export async function structureProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const lang = document.documentElement.getAttribute('lang');
    if (lang !== 'zh-CN') out.push(`lang: <html lang> is ${JSON.stringify(lang)}, not "zh-CN"`);
    const headings = [...document.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6, [role="heading"]')]
      .filter((h) => !h.closest('[hidden], [aria-hidden="true"]') && getComputedStyle(h).display !== 'none')
      .map((h) => ({ level: h.getAttribute('role') === 'heading' ? Number(h.getAttribute('aria-level') ?? 2) : Number(h.tagName[1]), text: (h.textContent ?? '').trim().slice(0, 40) }));
    const h1s = headings.filter((h) => h.level === 1).length;
    if (h1s !== 1) out.push(`heading-order: ${h1s} h1 elements, expected exactly one`);
    if (headings[0] && headings[0].level !== 1) out.push(`heading-order: the first heading is h${headings[0].level} "${headings[0].text}", not h1`);
    headings.forEach((h, i) => {
      const prev = headings[i - 1];
      if (prev && h.level > prev.level + 1) out.push(`heading-order: h${h.level} "${h.text}" follows h${prev.level} "${prev.text}" (a level skipped)`);
    });
    return out;
  });
}

interface Focused {
  id: string | null;
  desc: string;
  inMain: boolean;
  isMain: boolean;
  href: string | null;
  indicator: boolean;
  visible: boolean;
}

/** Describes the focused element (inside shadow roots too): which one, and whether its focus shows. */
function focusedNow(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
    const shadow = cs.boxShadow !== 'none';
    const r = el.getBoundingClientRect();
    const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 2, r.top + 2], [r.right - 2, r.bottom - 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.top + 2]] as const;
    const root = el.getRootNode() as Document | ShadowRoot;
    const visible = r.width > 0 && r.height > 0 && points.some(([x, y]) => {
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
      visible,
    };
  });
}

/** Marks every visible control with data-kb (one id per radio group) and lists them. */
function markControls(page: Page): Promise<{ id: string; desc: string }[]> {
  return page.evaluate(() => {
    const selector = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';
    const seenRadio = new Set<string>();
    const list: { id: string; desc: string }[] = [];
    document.querySelectorAll<HTMLElement>(selector).forEach((el, i) => {
      if ((el as HTMLButtonElement).disabled || el.closest('[inert]') || !el.checkVisibility({ visibilityProperty: true })) return;
      if (el instanceof HTMLInputElement && el.type === 'radio') {
        if (seenRadio.has(el.name)) return;
        seenRadio.add(el.name);
        document.querySelectorAll<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]`).forEach((r) => r.setAttribute('data-kb', String(i)));
      }
      el.setAttribute('data-kb', String(i));
      list.push({ id: String(i), desc: `<${el.tagName.toLowerCase()}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}> "${(el.textContent ?? '').trim().slice(0, 30)}"` });
    });
    return list;
  });
}

/**
 * The skip link comes first and moves focus to <main>; every control is reached with Tab,
 * and each one shows its focus and is not hidden behind anything when focused.
 */
export async function keyboardProblems(page: Page, url: string): Promise<string[]> {
  const out: string[] = [];
  await page.goto(url);
  await markControls(page);

  await page.keyboard.press('Tab');
  const first = await focusedNow(page);
  if (!first || first.href !== '#main') {
    out.push(`skip-link: the first Tab stop is ${first?.desc ?? 'nothing'}, not a link to #main`);
  } else {
    if (!first.indicator) out.push(`focus-visible: the skip link shows no outline when focused`);
    if (!first.visible) out.push(`focus-visible: the focused skip link is not visible`);
    await page.keyboard.press('Enter');
    const target = await focusedNow(page);
    if (!target?.isMain) out.push(`skip-link: activating it focuses ${target?.desc ?? 'nothing'}, not <main>`);
    await page.keyboard.press('Tab');
    const next = await focusedNow(page);
    const hasControlInMain = await page.evaluate(() => !!document.querySelector('main [data-kb]'));
    if (hasControlInMain && !next?.inMain) out.push(`skip-link: Tab after the skip link goes to ${next?.desc ?? 'nothing'}, not into <main>`);
  }

  // Walk the whole page with Tab from the top.
  await page.goto(url);
  const expected = await markControls(page);
  await page.keyboard.press('Tab');
  const reached = new Set<string>();
  for (let i = 0; i < expected.length * 2 + 5; i++) {
    const f = await focusedNow(page);
    if (!f) break;
    if (f.id !== null && reached.has(f.id)) break;
    if (f.id !== null) reached.add(f.id);
    if (!f.indicator) out.push(`focus-visible: ${f.desc} shows no focus outline`);
    if (!f.visible) out.push(`focus-not-obscured: ${f.desc} is hidden when it has focus`);
    await page.keyboard.press('Tab');
  }
  for (const e of expected) if (!reached.has(e.id)) out.push(`keyboard: ${e.desc} cannot be reached with Tab`);
  return out;
}

/** What is cut off: the page wider than the window, or text clipped by its box. */
function overflowNow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const doc = document.documentElement;
    if (doc.scrollWidth > window.innerWidth) {
      const wide = [...document.body.querySelectorAll<HTMLElement>('*')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && el.checkVisibility())
        .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > window.innerWidth + 0.5))
        .slice(0, 3)
        .map((el) => `<${el.tagName.toLowerCase()} class="${el.className}"> "${(el.textContent ?? '').trim().slice(0, 20)}"`);
      out.push(`page is ${doc.scrollWidth}px wide in a ${window.innerWidth}px window; too wide: ${wide.join(', ')}`);
    }
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const cs = getComputedStyle(el);
      const clipped = (cs.overflowX === 'hidden' || cs.overflowX === 'clip') && el.scrollWidth > el.clientWidth + 1;
      const srOnly = el.clientWidth <= 1 && el.clientHeight <= 1;
      if (clipped && !srOnly && el.checkVisibility()) out.push(`<${el.tagName.toLowerCase()} class="${el.className}"> clips its content`);
    }
    return out;
  });
}

/**
 * Text at 200 %: the page in a phone window zoomed to 200 % (195 CSS px wide), and with
 * the text size alone doubled, scrolls only vertically and clips no text.
 */
export async function reflowProblems(page: Page, url: string): Promise<string[]> {
  const out: string[] = [];
  await page.setViewportSize({ width: 195, height: 422 });
  await page.goto(url);
  for (const p of await overflowNow(page)) out.push(`reflow (zoom 200 %): ${p}`);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => {
    const html = document.documentElement;
    html.style.fontSize = `${parseFloat(getComputedStyle(html).fontSize) * 2}px`;
  });
  for (const p of await overflowNow(page)) out.push(`resize-text (text 200 %): ${p}`);
  return out;
}
