/**
 * The benchmark's page-weight rules (scripts/bench/page-refs.ts, weight.ts, dist-pages.ts):
 * what an HTML page, a stylesheet and a script reference, which script counts as the
 * status/countdown script, which page is an editor's (robots noindex), and how a page's
 * weight adds up from files in a build folder.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modeHeadScript } from '../../src/lib/versions/page-versions.ts';
import { isNoindex } from '../../scripts/bench/dist-pages.ts';
import {
  cssRefs,
  isFont,
  isStatusScript,
  jsImports,
  pageRefs,
  resolveRef,
} from '../../scripts/bench/page-refs.ts';
import { gzipSize, weighPage } from '../../scripts/bench/weight.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('pageRefs', () => {
  const html = `<!doctype html><html><head>
    <link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
    <link rel="preload" as="font" href="/f.woff2" crossorigin><link rel="modulepreload" href="/_astro/m.js">
    <script type="application/ld+json">{"@type":"WebSite"}</script>
    <style>body{color:red}</style></head><body>
    <img src="/i.webp" srcset="/i-400.webp 400w, /i-800.webp 800w" alt="">
    <script type="module" src="/_astro/s.js"></script><script>console.log(1)</script></body></html>`;
  const refs = pageRefs(html);
  it.each([
    ['stylesheets', ['/_astro/a.css']],
    ['scripts', ['/_astro/s.js']],
    ['inlineScripts', ['console.log(1)']],
    ['inlineStyles', ['body{color:red}']],
    [
      'preloads',
      [
        { href: '/f.woff2', as: 'font' },
        { href: '/_astro/m.js', as: 'script' },
      ],
    ],
    ['media', ['/favicon.svg', '/i.webp', '/i-400.webp', '/i-800.webp']],
  ] as const)('finds %s', (key, expected) => expect(refs[key]).toEqual(expected));
});

describe('cssRefs, jsImports, isFont, resolveRef', () => {
  it.each([
    ['@font-face{src:url("/f.woff2") format("woff2")}', ['/f.woff2']],
    ["a{background:url(img/x.png)} @import 'b.css';", ['img/x.png', 'b.css']],
    ['a{background:url(data:image/png;base64,AAAA)}', []],
  ])('css %s', (css, expected) => expect(cssRefs(css)).toEqual(expected));

  it.each([
    ['import"./today.js";', ['./today.js']],
    ['import{a as b}from"./x.js";export*from"./y.js";', ['./x.js', './y.js']],
    ['const m=()=>import("./lazy.js")', ['./lazy.js']],
    ['const s="no imports here"', []],
  ])('js %s', (js, expected) => expect(jsImports(js)).toEqual(expected));

  it.each([
    ['/f.woff2', true],
    ['/f.woff?v=1', true],
    ['/f.ttf', true],
    ['/a.css', false],
    ['/woff2.js', false],
  ])('isFont(%s) is %s', (url, expected) => expect(isFont(url)).toBe(expected));

  it.each([
    ['/a/b/', 'c.css', '/a/b/c.css'],
    ['/a/b/', '/c.css', '/c.css'],
    ['/_astro/x.js', './y.js', '/_astro/y.js'],
    ['/404.html', 'c.css', '/c.css'],
    ['/a/', 'https://cdn.example.com/x.js', null],
    ['/a/', '//cdn.example.com/x.js', null],
  ])('resolveRef(%s, %s)', (from, ref, expected) => expect(resolveRef(from, ref)).toBe(expected));
});

describe('isNoindex', () => {
  it.each([
    ['<meta name="robots" content="noindex, nofollow">', true],
    ['<meta name="ROBOTS" content="NOINDEX">', true],
    ['<meta name="robots" content="index, follow">', false],
    ['<meta name="description" content="noindex">', false],
    ['<p>noindex</p>', false],
  ])('%s is %s', (html, expected) => expect(isNoindex(html)).toBe(expected));
});

describe('isStatusScript', () => {
  it.each([
    ['document.querySelectorAll(`[data-status]`)', false, true],
    ['document.querySelectorAll("[data-countdown]")', false, true],
    ['import"./today.js";', true, true],
    ['import"./today.js";', false, false],
    ['import"./today.js";console.log(1)', true, false],
    ['document.querySelector("#menu")', false, false],
    [modeHeadScript, false, true],
    [`${modeHeadScript}alert(1)`, false, false],
  ])('%s (imports only the status script: %s) is %s', (js, importsOnlyStatus, expected) =>
    expect(isStatusScript(js, importsOnlyStatus)).toBe(expected),
  );
});

describe('weighPage', () => {
  it('adds the HTML, its CSS, the scripts it loads with their imports, and fonts', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'bench-weight-'));
    dirs.push(dist);
    const files: Record<string, string> = {
      'page/index.html':
        '<link rel="stylesheet" href="/_astro/a.css"><p data-status>x</p><script type="module" src="/_astro/entry.js"></script><script type="module" src="/_astro/menu.js"></script>',
      '_astro/a.css': '@font-face{src:url(/_astro/f.woff2)} p{color:red}',
      '_astro/f.woff2': 'not really a font',
      '_astro/entry.js': 'import"./today.js";',
      '_astro/today.js': 'document.querySelectorAll(`[data-status]`).forEach(e=>e.textContent="x")',
      '_astro/menu.js': 'document.querySelector("#menu").hidden=false',
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dist, path, '..'), { recursive: true });
      await writeFile(join(dist, path), text);
    }
    const w = weighPage(dist, '/page/');
    const gz = (path: string) => gzipSize(files[path] ?? '');
    expect(w.html).toBe(gz('page/index.html'));
    expect(w.css).toBe(gz('_astro/a.css'));
    expect(w.js).toBe(gz('_astro/entry.js') + gz('_astro/today.js') + gz('_astro/menu.js'));
    expect(w.statusJs).toBe(gz('_astro/entry.js') + gz('_astro/today.js'));
    expect(w.fontFiles.map((f) => f.url)).toEqual(['/_astro/f.woff2']);
    expect(w.fonts).toBe(gz('_astro/f.woff2'));
    expect(w.external).toEqual([]);
  });

  it('counts a chunk the page script imports as the page script’s, and one only another script imports as other JS', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'bench-weight-'));
    dirs.push(dist);
    const files: Record<string, string> = {
      'page/index.html':
        '<p data-status>x</p><script type="module" src="/_astro/base.js"></script><script type="module" src="/_astro/menu.js"></script>',
      '_astro/base.js':
        'import{t as e}from"./shared.js";document.querySelectorAll(`[data-status]`).forEach(n=>n.textContent=e)',
      '_astro/shared.js': 'var t=`fupinri:mode`;export{t};',
      '_astro/menu.js': 'import"./menu-only.js";document.querySelector("#menu").hidden=false',
      '_astro/menu-only.js': 'var m=1;export{m};',
    };
    for (const [path, text] of Object.entries(files)) {
      await mkdir(join(dist, path, '..'), { recursive: true });
      await writeFile(join(dist, path), text);
    }
    const w = weighPage(dist, '/page/');
    const gz = (path: string) => gzipSize(files[path] ?? '');
    expect(w.statusJs).toBe(gz('_astro/base.js') + gz('_astro/shared.js'));
    expect(w.js - w.statusJs).toBe(gz('_astro/menu.js') + gz('_astro/menu-only.js'));
  });
});
