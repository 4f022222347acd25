/**
 * The shared content-script runtime. Each supported site gets its own bundle (`content/<site>.js`,
 * built by content-scripts.plugin.ts from a generated two-line entry: import that site's adapter, call
 * `runContentScript(adapter)`), so a page loads its own adapter only. Kept small: plain DOM, no Preact,
 * no chart library; the work is in badges/ and card/. Reads the page settings and badges the page;
 * re-badges on SPA navigation and settings changes. The article scanner is part of this script (an
 * article's first badges need no round trip to the worker); the hover card is a separate module
 * (content/card.js) this script asks the worker for on a badge's first hover or focus.
 */
import { send } from '../contracts/send.ts';
import { readKept } from './badges/kept.ts';
import { onPageSettingsChanged, readPageSettings } from './badges/page-settings.ts';
import { runPage } from './badges/page-runtime.ts';
import { registerModule } from './modules/registry.ts';
import { onDemand } from './modules/source.ts';
import type { PageAdapter } from './sites/types.ts';

/**
 * Badge this page with `adapter`. The manifest injects a site's script only on that site's match
 * patterns; the host check is a cheap guard (the full pattern match would cost bytes on every page).
 */
export function runContentScript(adapter: PageAdapter, win: Window = window): void {
  registerModule('runtime', true);
  void runPage({
    win,
    adapterForUrl: (url) => (url.protocol === 'https:' && adapter.hosts.includes(url.hostname) ? adapter : null),
    send,
    // Loaded on demand (the worker injects content/card.js): no page loads the card before a badge is hovered or focused.
    card: onDemand('card', send),
    readSettings: () => readPageSettings(send),
    readKept,
    onSettingsChanged: (cb) => onPageSettingsChanged(send, cb),
  }).catch((e: unknown) => console.warn('[rotation-lens] could not badge this page:', e instanceof Error ? e.message : String(e)));
}
