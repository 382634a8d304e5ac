import { describe, expect, it } from 'vitest';
import { modeHeadScript } from '../versions/page-versions.ts';
import {
  cmsPolicy,
  contentSecurityPolicy,
  cspDirectives,
  hashedFolders,
  inlineScriptHash,
  headersFile,
  metaContentSecurityPolicy,
  immutable,
  nginxConf,
  revalidate,
  securityHeaders,
} from './headers.ts';

const policy = contentSecurityPolicy();
const directive = (name: string) => policy.split('; ').find((d) => d.split(' ')[0] === name);

describe('contentSecurityPolicy: what the header allows', () => {
  it.each([
    ['default-src', "default-src 'self'"],
    ['script-src', `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHash(modeHeadScript)}`],
    ['style-src', "style-src 'self'"],
    ['worker-src', "worker-src 'self'"],
    ['object-src', "object-src 'none'"],
    ['base-uri', "base-uri 'self'"],
    ['form-action', "form-action 'self'"],
    ['frame-ancestors', "frame-ancestors 'none'"],
  ])('%s → %s', (name, expected) => {
    expect(directive(name)).toBe(expected);
  });

  it.each([
    // Known SHA-256 digests, in base64, of these exact bytes (`printf %s … | openssl dgst -sha256 -binary | base64`).
    ['', "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
    ['alert(1)', "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"],
  ])('inlineScriptHash(%j) is the CSP source %s', (script, source) => {
    expect(inlineScriptHash(script)).toBe(source);
  });

  it('names each directive once', () => {
    const names = policy.split('; ').map((d) => d.split(' ')[0]);
    expect(new Set(names).size).toBe(names.length);
  });

  it('leaves frame-ancestors out of what a <meta> carries', () => {
    expect(cspDirectives.some((d) => d.startsWith('frame-ancestors'))).toBe(false);
    expect(metaContentSecurityPolicy()).not.toContain('frame-ancestors');
  });
});

describe('metaContentSecurityPolicy: what a page’s <meta> carries', () => {
  it.each(['/', '/notices/x/', `${cmsPolicy.path}index.html`])(
    '%s: the header’s policy, less frame-ancestors',
    (path) => {
      expect(metaContentSecurityPolicy(path)).toBe(
        contentSecurityPolicy(path).replace(/; frame-ancestors 'none'$/, ''),
      );
    },
  );
});

describe('contentSecurityPolicy: the CMS at /admin/ gets the site’s policy plus what it needs', () => {
  const cms = contentSecurityPolicy(`${cmsPolicy.path}index.html`);
  const of = (p: string, name: string) => p.split('; ').find((d) => d.split(' ')[0] === name);
  it.each([
    ['img-src', "img-src 'self' data: blob: https://avatars.githubusercontent.com"],
    ['connect-src', "connect-src 'self' data: blob: https://api.github.com"],
    ['style-src', "style-src 'self' 'unsafe-inline'"],
    ['script-src', `script-src 'self' 'wasm-unsafe-eval' ${inlineScriptHash(modeHeadScript)}`],
    ['frame-ancestors', "frame-ancestors 'none'"],
  ])('%s → %s', (name, expected) => {
    expect(of(cms, name)).toBe(expected);
  });
  it('leaves every other path with the site’s policy', () => {
    expect(contentSecurityPolicy('/notices/')).toBe(policy);
    expect(contentSecurityPolicy('/administration/')).toBe(policy);
  });
});

describe('headersFile and nginxConf: every header, every cache rule', () => {
  it.each(securityHeaders().filter(([name]) => name !== 'Content-Security-Policy'))(
    '%s',
    (name, value) => {
      expect(headersFile()).toContain(`\n  ${name}: ${value}\n`);
      expect(nginxConf()).toContain(`add_header ${name} "${value}" always;`);
    },
  );

  it.each(['/', cmsPolicy.path])('Content-Security-Policy for %s', (path) => {
    const value = contentSecurityPolicy(path);
    expect(headersFile()).toContain(
      `${path === '/' ? '/*' : `${path}*\n  ! Content-Security-Policy`}\n  Content-Security-Policy: ${value}\n`,
    );
    expect(nginxConf()).toContain(`${path === '/' ? 'default' : `~^${path}`} "${value}";`);
  });

  it.each(hashedFolders)('%s is cached for a year', (folder) => {
    expect(headersFile()).toContain(`${folder}*\n  Cache-Control: ${immutable}\n`);
    expect(nginxConf()).toContain(`~^${folder} "${immutable}";`);
  });

  it('revalidates everything else and serves the 404 page', () => {
    expect(nginxConf()).toContain(`default "${revalidate}";`);
    expect(nginxConf()).toContain('error_page 404 /404.html;');
    for (const prefix of ['/zh-hant/', '/elder/', '/zh-hant/elder/']) {
      expect(nginxConf()).toContain(
        `location ${prefix} {\n        error_page 404 ${prefix}404.html;\n        try_files $uri $uri/ =404;\n    }`,
      );
    }
    expect(nginxConf()).toContain('add_header Cache-Control "$fupinri_cache_control" always;');
  });
});
