/**
 * Global setup of the browser tests: build the site (unless SKIP_BUILD=1 and dist/
 * exists), serve dist/ on loopback, and tell the tests where (BASE_URL).
 * Set BASE_URL yourself to test another server (the nginx test does).
 */
import type { TestProject } from 'vitest/node';
import buildSite from '../support/build-site.ts';
import { serveDir } from '../support/serve.ts';
import { distDir } from '../support/dist.ts';

export default async function setup(project: TestProject) {
  if (process.env.BASE_URL) {
    project.provide('baseUrl', process.env.BASE_URL);
    return;
  }
  buildSite();
  const { server, url } = await serveDir(distDir);
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
