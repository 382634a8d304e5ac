/**
 * Vitest global setup: builds the site once into dist/ so every build-output test
 * reads the same real output. Set SKIP_BUILD=1 to reuse an existing dist/.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.SKIP_BUILD && existsSync('dist/index.html')) return;
  execFileSync('node_modules/.bin/astro', ['build', '--silent'], {
    stdio: 'inherit',
    // NODE_ENV=test (set by vitest) would make import.meta.env.DEV true and put drafts in the build.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
}
