import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Unit and component tests (happy-dom). End-to-end tests in real Chromium: vitest.e2e.config.ts.
export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'happy-dom',
    // Generous: CI has 2 shared cores; a hang still fails.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
  },
});
