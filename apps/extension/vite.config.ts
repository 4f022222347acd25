/**
 * Extension build: Vite 8 + @crxjs/vite-plugin (manifest-driven entries: worker, popup and options
 * pages) + Preact for the popup/options, + our content-script plugin (one standalone IIFE per site,
 * `content/<site>.js` on that site's match patterns: content-scripts.plugin.ts). `vite build --configLoader runner` → dist/ (load unpacked).
 */
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { contentScripts } from './content-scripts.plugin.ts';
import manifest from './manifest.config.ts';
import { ADAPTERS } from './src/content/sites/index.ts';

export default defineConfig({
  // contentScripts() must come after crx(): it edits the manifest.json crx() wrote.
  plugins: [preact(), crx({ manifest }), contentScripts(ADAPTERS)],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Service worker and content scripts run in current Chrome only.
    target: 'chrome116',
    sourcemap: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
