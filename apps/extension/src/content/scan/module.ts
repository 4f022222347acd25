/**
 * Entry of the on-demand scanner module (built as `content/scan.js`): registers the article scanner
 * for the content script. Injected by the worker only on non-quote pages (load-module): a quote page
 * needs only its adapter and the badges.
 */
import { registerModule } from '../modules/registry.ts';
import { markScanned, scanForTickers } from './index.ts';
import { watchForTickers } from './watch.ts';

registerModule('scan', { scanForTickers, watchForTickers, markScanned });
