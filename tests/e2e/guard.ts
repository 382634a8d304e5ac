/**
 * Runs around every browser test: a test fails when any page of a browser started with
 * launch() in browser.ts requested another host, broke the Content-Security-Policy,
 * logged a console error or threw while the test ran, and the message names the page.
 */
import { afterEach, beforeEach } from 'vitest';
import { forgiven, problems } from './browser.ts';

beforeEach(() => {
  problems.length = 0;
  forgiven.length = 0;
});

afterEach(() => {
  const found = problems.splice(0).filter((p) => !forgiven.some((f) => f.test(p)));
  forgiven.length = 0;
  if (found.length) throw new Error(`Problems on pages this test opened:\n  ${found.join('\n  ')}`);
});
