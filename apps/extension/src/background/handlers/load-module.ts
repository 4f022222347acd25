/**
 * load-module: a content script asks for a part it needs only on some pages: the hover card, on a
 * badge's first hover or focus. The worker runs that module's file in the asking
 * tab and frame, in the isolated world the content script lives in, where the module registers
 * itself (src/content/modules/registry.ts). Only the known module names map to files: the message
 * never carries a path. Extension pages (no tab) cannot ask.
 */
import type { ContentModule } from '../../contracts/messages.ts';
import { BadRequest } from '../errors.ts';
import type { Handler } from './types.ts';

/** Module → its built file (content-scripts.plugin.ts builds `content/<module>.js`). */
export const MODULE_FILES: Readonly<Record<ContentModule, string>> = { card: 'content/card.js' };

export const loadModule: Handler<'load-module'> = async (req, ctx, from) => {
  const file = Object.hasOwn(MODULE_FILES, req.module) ? MODULE_FILES[req.module] : undefined;
  if (!file) throw new BadRequest(`unknown module: ${String(req.module)}`);
  if (from?.tabId === undefined || from.tabId < 0) throw new BadRequest('load-module: only a content script in a tab can load a module');
  await ctx.injectScript({ tabId: from.tabId, frameId: from.frameId ?? 0 }, file);
  return null;
};
