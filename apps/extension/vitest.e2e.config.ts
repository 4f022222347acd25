import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (dist/) loaded into Debian's /usr/bin/chromium via playwright-core.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
