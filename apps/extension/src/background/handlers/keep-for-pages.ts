/**
 * Handler wrappers that keep what pages need for their next first paint in the page kit
 * (page-kit-store.ts): the page settings, and each symbol's badge texts. Keeping never delays or
 * fails the answer; the clock is read before the answer is computed (a clear in between wins).
 */
import type { Request, ResponseMap } from '../../contracts/messages.ts';
import type { PageKitStore } from '../page-kit-store.ts';
import type { Handler, RequestOf } from './types.ts';

function keeping<K extends Request['type']>(
  handler: Handler<K>,
  keep: (kit: PageKitStore, answer: ResponseMap[K], since: number, req: RequestOf<K>) => Promise<void>,
): Handler<K> {
  return async (req, ctx, from) => {
    const since = ctx.kit?.now() ?? 0;
    const answer = await handler(req, ctx, from);
    if (ctx.kit) void keep(ctx.kit, answer, since, req);
    return answer;
  };
}

export const keepPageSettings = (handler: Handler<'get-page-settings'>) => keeping(handler, (kit, settings, since) => kit.keepSettings(settings, since));
export const keepBadges = (handler: Handler<'get-badges'>) => keeping(handler, (kit, reply, since, req) => kit.keepBadges(reply, since, req.pagePe));
