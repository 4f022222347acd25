/**
 * Entry of `content/page.js` (built by content-scripts.plugin.ts, declared in no manifest entry): the
 * generic content script the worker injects into a tab the reader asked to badge (activeTab:
 * background/any-page.ts, handlers/badge-tab.ts) and registers for the sites they added with "Always
 * on this site". It badges https pages only, like every site's script (main.ts).
 * A frame where a content script of ours already runs (a supported site's own script, or this one
 * injected before: the button pressed twice, or pressed on a site added for always) is left as it is:
 * every script registers `runtime` in the isolated world's module registry first (main.ts): that is the sign.
 */
import { runContentScript } from '../main.ts';
import { registeredModule } from '../modules/registry.ts';
import { genericAdapterFor } from './adapter.ts';

if (!registeredModule('runtime')) runContentScript(genericAdapterFor(location.hostname));
