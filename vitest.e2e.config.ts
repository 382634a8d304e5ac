import { defineConfig } from 'vitest/config';

/** Browser tests: Debian's Chromium against the built site served on loopback. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/setup.ts'],
    setupFiles: ['tests/e2e/guard.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
