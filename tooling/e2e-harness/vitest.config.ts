import { defineConfig } from 'vitest/config';

// Harness unit tests: Node only (a local HTTPS server, CSV → chart JSON). No browser here.
export default defineConfig({
  test: { environment: 'node', include: ['src/**/*.test.ts'], testTimeout: 30_000 },
});
