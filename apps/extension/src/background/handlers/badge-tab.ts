/**
 * badge-tab: "Badge tickers on this page" from the popup. The worker runs the generic content script
 * (content/page.js) in the tab's top frame, under the activeTab grant the click on the action gave
 * (no host permission). Only an extension page may ask: a content script must not aim the script at
 * other tabs. The shortcut and the context menu reach the same injection without a message (any-page.ts).
 */
import { ANY_PAGE_SCRIPT } from '../../permissions/always-sites.ts';
import { BadRequest } from '../errors.ts';
import type { Handler } from './types.ts';


export const badgeTab: Handler<'badge-tab'> = async (req, ctx, from) => {
  if (from?.tabId !== undefined) throw new BadRequest('badge-tab: only the extension’s own pages can ask');
  if (!Number.isInteger(req.tabId) || req.tabId < 0) throw new BadRequest(`badge-tab: not a tab: ${String(req.tabId)}`);
  await ctx.injectScript({ tabId: req.tabId, frameId: 0 }, ANY_PAGE_SCRIPT);
  return null;
};
