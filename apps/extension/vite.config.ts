/**
 * Extension build: Vite 8 + @crxjs/vite-plugin (manifest-driven entries: worker, popup and options
 * pages) + Preact for the popup/options, + our content-script plugin (one standalone IIFE:
 * content-scripts.plugin.ts). `vite build --configLoader runner` → dist/ (load unpacked).
 */
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { contentScript } from './content-scripts.plugin.ts';
import manifest from './manifest.config.ts';
import { CONTENT_SCRIPT_MATCHES } from './src/background/hosts.ts';

export default defineConfig({
  // contentScript() must come after crx(): it edits the manifest.json crx() wrote.
  plugins: [preact(), crx({ manifest }), contentScript(CONTENT_SCRIPT_MATCHES)],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Service worker and content scripts run in current Chrome only.
    target: 'chrome116',
    sourcemap: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
