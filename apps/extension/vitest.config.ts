import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Unit and component tests (happy-dom). End-to-end tests in real Chromium: vitest.e2e.config.ts.
export default defineConfig({
  plugins: [preact()],
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
  },
});
