/**
 * Extension build: Vite 8 + @crxjs/vite-plugin (manifest-driven entries: worker, content script,
 * popup and options pages) + Preact for the popup/options. `vite build` → dist/ (load unpacked).
 */
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.config.ts';

export default defineConfig({
  plugins: [preact(), crx({ manifest })],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Service worker and content script run in current Chrome only.
    target: 'chrome116',
    sourcemap: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
