/**
 * Global setup of the browser tests: build the site (unless SKIP_BUILD=1 and dist/
 * exists), serve dist/ with Debian's nginx and the shipped deploy/nginx.conf on loopback
 * (so every browser test runs under the real headers and Content-Security-Policy), and
 * tell the tests where (baseUrl). Set BASE_URL to test another server instead, such as
 * the deployed site.
 */
import type { TestProject } from 'vitest/node';
import buildSite from '../support/build-site.ts';
import { startNginx } from '../support/nginx.ts';
import { distDir } from '../support/dist.ts';

export default async function setup(project: TestProject) {
  if (process.env.BASE_URL) {
    project.provide('baseUrl', process.env.BASE_URL.replace(/\/$/, ''));
    return;
  }
  buildSite();
  const nginx = await startNginx(distDir);
  project.provide('baseUrl', nginx.url);
  return nginx.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
