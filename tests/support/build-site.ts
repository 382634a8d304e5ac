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
    // vitest sets NODE_ENV=test; the site under test is the production build.
    env: { ...process.env, NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
