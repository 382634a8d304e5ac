/**
 * Supply chain: exact versions in package.json, a lockfile in step with it that pins every
 * package by integrity hash, and install scripts only for the packages allowScripts names.
 * Reads the files only: no registry, audit or signature endpoint is asked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<
    string,
    {
      version?: string;
      integrity?: string;
      link?: boolean;
      inBundle?: boolean;
      hasInstallScript?: boolean;
      dependencies?: Record<string, string>;
      devDependencies?: Record<string, string>;
    }
  >;
};
const declared = { ...pkg.dependencies, ...pkg.devDependencies };
const installed = Object.entries(lock.packages).filter(
  ([path, p]) => path.startsWith('node_modules/') && !p.link,
);
const nameOf = (path: string) =>
  path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);

describe('dependencies', () => {
  it.each(Object.entries(declared))('%s is pinned to an exact version (%s)', (_name, version) => {
    expect(version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  });

  it('package-lock.json is in step with package.json', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    const root = lock.packages[''];
    expect({ ...root?.dependencies, ...root?.devDependencies }).toEqual(declared);
    for (const [name, version] of Object.entries(declared))
      expect(lock.packages[`node_modules/${name}`]?.version, name).toBe(version);
  });

  it('pins every installed package by an integrity hash (bundled ones by their parent’s)', () => {
    const missing = installed
      .filter(([, p]) => !p.inBundle && !/^sha512-/.test(p.integrity ?? ''))
      .map(([path]) => path);
    expect(missing).toEqual([]);
  });
});

describe('install scripts', () => {
  const allow = pkg.allowScripts ?? {};
  const covered = (name: string, version: string | undefined) =>
    Object.keys(allow).some((k) => k === name || k === `${name}@${version}`);
  const withScripts = installed
    .filter(([, p]) => p.hasInstallScript)
    .map(([path, p]) => ({ name: nameOf(path), version: p.version }));

  it('every package with an install script is allowed or denied by name in allowScripts', () => {
    expect(
      withScripts.filter((p) => !covered(p.name, p.version)).map((p) => `${p.name}@${p.version}`),
    ).toEqual([]);
  });

  it('allowScripts names only packages that have install scripts', () => {
    const stale = Object.keys(allow).filter(
      (k) => !withScripts.some((p) => k === p.name || k === `${p.name}@${p.version}`),
    );
    expect(stale).toEqual([]);
  });
});
