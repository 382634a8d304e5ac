/**
 * The security policy the pages carry and the one the servers send agree: public/_headers
 * and deploy/nginx.conf are what src/lib/security/headers.ts generates, every built page's CSP
 * <meta> has the same directives as the header (plus only its own hashes), and nothing a
 * page loads needs more than the header allows.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { allFiles, allPages, distDir } from '../support/dist.ts';
import {
  cmsPolicy,
  contentSecurityPolicy,
  headerOnlyDirectives,
  headersFile,
  inlineScriptHash,
  nginxConf,
} from '../../src/lib/security/headers.ts';

/** A policy as a map from directive to its sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), sources);
  }
  return out;
}

/** The site path a built file answers at (/notices/x/index.html → /notices/x/). */
const urlPathOf = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');
const isHash = (s: string) => /^'sha(256|384|512)-/.test(s);

describe('server configuration files', () => {
  it('public/_headers is generated from src/lib/security/headers.ts (run `npm run deploy-config`)', () => {
    expect(readFileSync('public/_headers', 'utf8')).toBe(headersFile());
  });
  it('deploy/nginx.conf is generated from src/lib/security/headers.ts (run `npm run deploy-config`)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConf());
  });
  it('ships _headers in the build', () => {
    expect(allFiles()).toContain('/_headers');
  });
  it.each(['/', cmsPolicy.path])(
    'allows no inline script and no eval, and no framing, under %s',
    (path) => {
      const header = parsePolicy(contentSecurityPolicy(path));
      const scripts = header.get('script-src') ?? [];
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    },
  );
});

describe('each page’s Content-Security-Policy <meta> agrees with the header', () => {
  it.each(allPages())('%s', (page) => {
    const doc = parseDocument(readFileSync(join(distDir, page), 'utf8'));
    const metas = DomUtils.getElementsByTagName('meta', doc, true).filter(
      (m) => m.attribs['http-equiv']?.toLowerCase() === 'content-security-policy',
    );
    expect(metas, `${page}: one CSP <meta>`).toHaveLength(1);
    const meta = parsePolicy(metas[0]!.attribs.content ?? '');
    const header = parsePolicy(contentSecurityPolicy(urlPathOf(page)));
    const inlineStyles = header.get('style-src')?.includes("'unsafe-inline'") ?? false;
    const problems: string[] = [];
    for (const [name, sources] of header) {
      if (headerOnlyDirectives.some((d) => d.startsWith(`${name} `))) {
        if (meta.has(name)) problems.push(`${name}: in the <meta>, where browsers ignore it`);
        continue;
      }
      // Hashes aside (the <meta> also names the hashes of the page's own inline scripts and styles), the same sources.
      const [metaSources, headerSources] = [
        (meta.get(name) ?? []).filter((s) => !isHash(s)),
        sources.filter((s) => !isHash(s)),
      ];
      if (metaSources.join(' ') !== headerSources.join(' '))
        problems.push(
          `${name}: <meta> says "${metaSources.join(' ')}", header says "${headerSources.join(' ')}"`,
        );
      for (const hash of sources.filter(isHash))
        if (!meta.get(name)?.includes(hash))
          problems.push(`${name}: the header allows ${hash}, the <meta> does not`);
    }
    for (const name of meta.keys())
      if (!header.has(name)) problems.push(`${name}: in the <meta> but not in the header`);
    // The header allows scripts (and, but for the CMS, styles) from the site's own files only,
    // and the one inline script it names by hash.
    const scriptHashes = header.get('script-src')?.filter(isHash) ?? [];
    for (const el of DomUtils.getElementsByTagName(() => true, doc, true)) {
      if (
        el.name === 'script' &&
        !el.attribs.src &&
        el.attribs.type !== 'application/ld+json' &&
        !scriptHashes.includes(inlineScriptHash(DomUtils.textContent(el)))
      ) {
        problems.push('an inline <script> the header policy blocks');
      }
      if (el.name === 'style' && !inlineStyles)
        problems.push('a <style> element the header policy blocks');
      if (el.attribs.style !== undefined && !inlineStyles)
        problems.push(`a style attribute on <${el.name}> the header policy blocks`);
      if (Object.keys(el.attribs).some((a) => /^on/i.test(a)))
        problems.push(`an event handler attribute on <${el.name}>`);
    }
    expect(problems.map((p) => `${page}: ${p}`)).toEqual([]);
  });
});
