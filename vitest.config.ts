import { defineConfig } from 'vitest/config';

/** `npm test`: unit tests beside the code, and tests that read the built site. */
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    globalSetup: ['tests/support/build-site.ts'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
