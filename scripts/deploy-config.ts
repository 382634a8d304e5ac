/**
 * Writes the server configuration that ships beside the build, from src/lib/security/headers.ts:
 * public/_headers (static hosts that read it) and deploy/nginx.conf. Run after changing
 * the security headers or caching rules: `npm run deploy-config`.
 */
import { writeFileSync } from 'node:fs';
import { headersFile, nginxConf } from '../src/lib/security/headers.ts';

writeFileSync(new URL('../public/_headers', import.meta.url), headersFile());
writeFileSync(new URL('../deploy/nginx.conf', import.meta.url), nginxConf());
console.log('wrote public/_headers and deploy/nginx.conf');
