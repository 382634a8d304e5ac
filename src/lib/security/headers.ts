/**
 * The site's security headers and caching rules in one place: every page's
 * Content-Security-Policy <meta> (src/layouts/Base.astro, src/pages/admin/index.astro) is
 * metaContentSecurityPolicy from here, and `npm run deploy-config` writes public/_headers
 * and deploy/nginx.conf from here, so the three cannot disagree.
 *
 * The <meta> is written by the site, not by Astro's security.csp: Astro's named the hashes
 * of eight scripts no page runs inline (one of them twice) on every page, 520 bytes a page
 * and 28 MB over the four versions of a 10,000-entry site. The one inline script is named
 * here (scriptSources), and tests/build/security.test.ts checks that every page's scripts
 * and styles need nothing more.
 */
import { createHash } from 'node:crypto';
import { modeHeadScript, variantPath, type Variant } from '../versions/page-versions.ts';

/** The CSP source that allows exactly one inline script: its SHA-256, in base64. */
export const inlineScriptHash = (script: string): string =>
  `'sha256-${createHash('sha256').update(script).digest('base64')}'`;

/**
 * Where scripts may come from: the site itself; Pagefind compiles its WebAssembly; the one
 * inline script, which applies 长辈模式 before the page is painted (src/lib/versions/page-versions.ts).
 */
export const scriptSources: readonly string[] = [
  "'self'",
  "'wasm-unsafe-eval'",
  inlineScriptHash(modeHeadScript),
];

/** Where stylesheets may come from: the site itself. */
export const styleSources: readonly string[] = ["'self'"];

/** Every directive besides script-src and style-src that a page's <meta> and the header carry. */
export const cspDirectives = [
  "default-src 'self'",
  // Pagefind's search box draws its icon from a data: SVG in its stylesheet.
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  // Pagefind searches in a worker it starts from /pagefind/pagefind-worker.js, not from a blob.
  "worker-src 'self'",
  "frame-src 'none'",
] as const;

/** Directives a <meta> policy cannot carry (browsers ignore them there), so only the header does. */
export const headerOnlyDirectives: readonly string[] = ["frame-ancestors 'none'"];

/**
 * The CMS at /admin/ (Sveltia CMS) gets a policy of its own, the site's plus what it needs:
 * inline styles, data: and blob: images and fetches, and the Git host's API. When the
 * office's Git host is not GitHub, put its API in connect-src here. The admin page adds the
 * same to its <meta> with Astro.csp.insertDirective / insertStyleResource.
 */
export const cmsPolicy = {
  path: '/admin/',
  directives: [
    'img-src blob: https://avatars.githubusercontent.com',
    "connect-src 'self' data: blob: https://api.github.com",
  ],
  styleSources: ["'unsafe-inline'"],
} as const;

/** Adds a directive's sources to a policy's directive of that name (as Astro does), or the directive itself. */
function withDirective(directives: string[], directive: string): string[] {
  const [name, ...sources] = directive.split(' ');
  const i = directives.findIndex((d) => d.split(' ')[0] === name);
  if (i < 0) return [...directives, directive];
  const merged = [...new Set([...directives[i]!.split(' ').slice(1), ...sources])];
  return directives.map((d, j) => (j === i ? [name, ...merged].join(' ') : d));
}

/** The directives of the policy for a path, header-only ones included. */
function policyDirectives(path: string): string[] {
  const cms = path.startsWith(cmsPolicy.path);
  let directives: string[] = [...cspDirectives];
  if (cms) for (const d of cmsPolicy.directives) directives = withDirective(directives, d);
  const styles = cms ? [...styleSources, ...cmsPolicy.styleSources] : styleSources;
  return [
    ...directives,
    `script-src ${scriptSources.join(' ')}`,
    `style-src ${styles.join(' ')}`,
    ...headerOnlyDirectives,
  ];
}

/** The whole policy the server sends in the Content-Security-Policy header for a path. */
export const contentSecurityPolicy = (path = '/'): string => policyDirectives(path).join('; ');

/** The policy a page at `path` carries in its <meta>: the header's, less what a <meta> cannot carry. */
export const metaContentSecurityPolicy = (path = '/'): string =>
  policyDirectives(path)
    .filter((d) => !headerOnlyDirectives.includes(d))
    .join('; ');

/** Every security header the server sends with every response to a path, the 404 page included. */
export function securityHeaders(path = '/'): [name: string, value: string][] {
  return [
    ['Content-Security-Policy', contentSecurityPolicy(path)],
    ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
    ['X-Content-Type-Options', 'nosniff'],
    ['Referrer-Policy', 'no-referrer'],
    [
      'Permissions-Policy',
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    ],
  ];
}

/** Cache-Control for files whose names carry a hash of their content: keep them a year. */
export const immutable = 'public, max-age=31536000, immutable';

/** Cache-Control for everything else (pages, feeds, Pagefind's loader): ask the server each time. */
export const revalidate = 'no-cache';

/** Folders of the build whose files are named by content hash (Astro's assets, Pagefind's index). */
export const hashedFolders: readonly string[] = [
  '/_astro/',
  '/pagefind/fragment/',
  '/pagefind/index/',
];

const generatedNote =
  'Generated by `npm run deploy-config` from src/lib/security/headers.ts: edit that file, not this one.';

/** The text of public/_headers, for static hosts that read it (Cloudflare Pages, Netlify). */
export function headersFile(): string {
  const lines = [
    `# ${generatedNote}`,
    '# Pages are revalidated on every visit by these hosts by default; hashed assets are kept a year.',
    '/*',
  ];
  for (const [name, value] of securityHeaders()) lines.push(`  ${name}: ${value}`);
  // "! Name" (Cloudflare Pages) drops the site-wide header, which would otherwise be sent too.
  lines.push(
    `${cmsPolicy.path}*`,
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${contentSecurityPolicy(cmsPolicy.path)}`,
  );
  for (const folder of hashedFolders) lines.push(`${folder}*`, `  Cache-Control: ${immutable}`);
  return `${lines.join('\n')}\n`;
}

/** The readers' versions of the site that have folders of their own (Traditional, 长辈模式, both), longest prefix first. */
const readerVersions: Variant[] = [
  { script: 'hant', elder: true },
  { script: 'hans', elder: true },
  { script: 'hant', elder: false },
];

/** nginx locations that answer a missing page under a reader's version with that version's 404 page. */
function versionNotFound(): string {
  return readerVersions
    .map(
      (v) =>
        `    location ${variantPath('/', v)} {\n        error_page 404 ${variantPath('/404.html', v)};\n        try_files $uri $uri/ =404;\n    }`,
    )
    .join('\n');
}

/** The text of deploy/nginx.conf: a cache rule map and a server block that serve the built site. */
export function nginxConf(): string {
  const hashed = hashedFolders.map((f) => `    ~^${f} "${immutable}";`).join('\n');
  const headers = [
    ...securityHeaders().map(([n, v]): [string, string] => [
      n,
      n === 'Content-Security-Policy' ? '$fupinri_csp' : v,
    ]),
    ['Cache-Control', '$fupinri_cache_control'],
  ]
    .map(([name, value]) => `    add_header ${name} "${value}" always;`)
    .join('\n');
  return `# ${generatedNote}
#
# nginx configuration for the built site (the contents of dist/), to be included in the
# http block. On Debian: copy dist/ to /var/www/fupinri/dist, put this file in
# /etc/nginx/sites-enabled/fupinri.conf, set server_name, and add TLS (listen 443 ssl with
# your certificate) before going live: Strict-Transport-Security only counts over HTTPS.

# The CMS at ${cmsPolicy.path} has a Content-Security-Policy of its own.
map $uri $fupinri_csp {
    default "${contentSecurityPolicy()}";
    ~^${cmsPolicy.path} "${contentSecurityPolicy(cmsPolicy.path)}";
}

# Files named by a hash of their content are kept a year; everything else is revalidated.
map $uri $fupinri_cache_control {
    default "${revalidate}";
${hashed}
    ~^/pagefind/[^/]+\\.pf_meta$ "${immutable}";
}

server {
    listen 80;
    listen [::]:80;
    server_name fupinri.example.gov.cn;
    root /var/www/fupinri/dist;
    index index.html;
    server_tokens off;
    absolute_redirect off;

    gzip on;
    gzip_vary on;
    gzip_comp_level 6;
    gzip_min_length 256;
    gzip_types text/css text/javascript application/javascript application/json application/xml application/rss+xml application/atom+xml image/svg+xml text/calendar text/plain application/wasm;

    # Sent with every response, the 404 page included ("always"). A location with add_header
    # lines of its own would drop all of these, so no location below has any.
${headers}

    error_page 404 /404.html;

    location / {
        try_files $uri $uri/ =404;
    }

    # A missing page in Traditional Chinese or 长辈模式 gets the 404 page of that version.
${versionNotFound()}
}
`;
}
