/**
 * Extension build: Vite 8 + @crxjs/vite-plugin (manifest-driven entries: worker, popup and options
 * pages) + Preact for the popup/options, + our content-script plugin (one standalone IIFE per site,
 * `content/<site>.js` on that site's match patterns: content-scripts.plugin.ts).
 * `vite build --configLoader runner` → dist/ (Chrome, load unpacked);
 * `vite build --configLoader runner --mode firefox` → dist-firefox/ (Firefox MV3, background script).
 */
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { contentScripts } from './content-scripts.plugin.ts';
import { type TargetBrowser, manifestFor } from './manifest.config.ts';
import { popupPage } from './popup-page.plugin.ts';
import { ADAPTERS } from './src/content/sites/index.ts';

/** Where each browser's build goes (scripts/package.ts zips these). */
export const OUT_DIRS: Record<TargetBrowser, string> = { chrome: 'dist', firefox: 'dist-firefox' };

export default defineConfig(({ mode }) => {
  const browser: TargetBrowser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    // contentScripts() must come after crx(): it edits the manifest.json crx() wrote.
    // popupPage: the popup is built on its own (one module, one stylesheet for its first frame: popup-page.plugin.ts).
    plugins: [preact(), crx({ manifest: manifestFor(browser), browser }), contentScripts(ADAPTERS), popupPage('src/popup/index.html', 'src/popup/main.tsx', () => [preact()])],
    build: {
      outDir: OUT_DIRS[browser],
      emptyOutDir: true,
      // The worker and content scripts run in current Chrome (116+) and Firefox (140+, manifest.config.ts).
      target: ['chrome116', 'firefox140'],
      sourcemap: false,
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
