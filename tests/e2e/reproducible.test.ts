/**
 * The same output anywhere: builds of one commit are byte-identical, twice in a row and
 * under the time zones of China, UTC and the US west coast (BUILD_DATE pinned, since the
 * build's "today" is meant to change the output). Each build starts from an empty content
 * cache (--force). A failure names the first file that differs and where.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allFiles } from '../support/dist.ts';

const root = mkdtempSync(join(tmpdir(), 'fupinri-repro-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Builds the site into a new folder under `root` with the time zone `tz`; returns the folder. */
function build(name: string, tz: string): string {
  const outDir = join(root, name);
  execFileSync('node_modules/.bin/astro', ['build', '--silent', '--force', '--outDir', outDir], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, TZ: tz, BUILD_DATE: '2026-10-01', ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return outDir;
}

/** Every file of a build and the SHA-256 of its bytes. */
function tree(dir: string): Map<string, string> {
  return new Map(
    allFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** The first difference between two builds, in words, or null when they are identical. */
function firstDifference(a: string, b: string): string | null {
  const [ta, tb] = [tree(a), tree(b)];
  const names = [...new Set([...ta.keys(), ...tb.keys()])].sort();
  for (const name of names) {
    if (!ta.has(name)) return `${name} exists only in ${b}`;
    if (!tb.has(name)) return `${name} exists only in ${a}`;
    if (ta.get(name) === tb.get(name)) continue;
    const [x, y] = [readFileSync(join(a, name)), readFileSync(join(b, name))];
    let i = 0;
    while (i < x.length && x[i] === y[i]) i++;
    const around = (buf: Buffer) =>
      JSON.stringify(buf.subarray(Math.max(0, i - 40), i + 40).toString('utf8'));
    return `${name} differs at byte ${i}:\n  ${around(x)}\n  ${around(y)}`;
  }
  return null;
}

describe('reproducible builds', () => {
  it('two builds and three time zones give byte-identical output', { timeout: 600_000 }, () => {
    const first = build('utc', 'UTC');
    expect(tree(first).size).toBeGreaterThan(10);
    for (const [name, tz] of [
      ['utc-again', 'UTC'],
      ['shanghai', 'Asia/Shanghai'],
      ['los-angeles', 'America/Los_Angeles'],
    ] as const) {
      expect(
        firstDifference(first, build(name, tz)),
        `TZ=UTC against ${name} (TZ=${tz})`,
      ).toBeNull();
    }
  });

  it('names the first file that differs, and where', () => {
    const [a, b] = [mkdtempSync(join(root, 'a-')), mkdtempSync(join(root, 'b-'))];
    writeFileSync(join(a, 'same.txt'), 'x');
    writeFileSync(join(b, 'same.txt'), 'x');
    writeFileSync(join(a, 'page.html'), '<p>2026-10-01</p>');
    writeFileSync(join(b, 'page.html'), '<p>2026-09-30</p>');
    expect(firstDifference(a, b)).toMatch(/^\/page\.html differs at byte 8:/);
    writeFileSync(join(b, 'extra.txt'), '');
    expect(firstDifference(a, b)).toBe(`/extra.txt exists only in ${b}`);
  });
});
