/**
 * Stand-in, in on-demand module builds only, for `@rotation-lens/market-data` and
 * `sites/lib/url.ts` (content-scripts.plugin.ts redirects those imports here): each function calls
 * the content script's own copy, shared through the registry (kernel.ts). A module runs only after
 * the content script asked for it, so the kernel is always registered; if not, that is a loud error.
 */
import type { Kernel } from './contracts.ts';
import { registeredModule } from './registry.ts';

function kernel(): Kernel {
  const k = registeredModule('kernel');
  if (!k) throw new Error('rotation-lens: module loaded without its content script');
  return k;
}

export const canonicalSymbol: Kernel['canonicalSymbol'] = (raw, hint) => kernel().canonicalSymbol(raw, hint);
export const isTickerShape: Kernel['isTickerShape'] = (s) => kernel().isTickerShape(s);
export const linkUrl: Kernel['linkUrl'] = (a) => kernel().linkUrl(a);
export const pathSymbol: Kernel['pathSymbol'] = (raw, hint) => kernel().pathSymbol(raw, hint);
