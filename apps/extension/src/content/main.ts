/**
 * Content script entry (built as one standalone IIFE: content-scripts.plugin.ts). Kept tiny: plain
 * DOM, no Preact, no chart library; the work is in badges/ and card/. Finds the site adapter, reads
 * the page settings and badges the page; re-badges on SPA navigation and settings changes.
 */
import { send } from '../shared/send.ts';
import { onPageSettingsChanged, readPageSettings } from './badges/page-settings.ts';
import { runPage } from './badges/page-runtime.ts';
import { markScanned, scanForTickers, watchForTickers } from './scan/index.ts';
import { adapterForUrl } from './sites/index.ts';

void runPage({
  win: window,
  adapterForUrl,
  send,
  scan: { scanForTickers, watchForTickers, markScanned },
  readSettings: () => readPageSettings(),
  onSettingsChanged: (cb) => onPageSettingsChanged(cb),
}).catch((e: unknown) => console.warn('[rotation-lens] could not badge this page:', e instanceof Error ? e.message : String(e)));
