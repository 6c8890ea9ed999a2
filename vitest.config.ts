import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    // Two cores: two workers keep the machine responsive while model-backed suites run.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
