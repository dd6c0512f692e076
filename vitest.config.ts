import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A hang guard, not a speed check: real renders on a loaded 2-core machine take seconds each.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['./tests/support/temp-root.ts'],
    reporters: ['default', './tests/support/plain-summary.ts'],
  },
});
