// Plain JavaScript on purpose: Vitest loads config files bundled but leaves workspace packages to Node, which cannot import .ts.
import { defineConfig } from 'vitest/config';

/**
 * Node-environment test settings for the workspace packages. Timeouts are generous on purpose: CI runs on
 * 2 shared cores, where a process-spawning or data-heavy test can take several seconds; a hang still fails.
 */
export const nodeTestConfig = defineConfig({
  test: {
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
