/**
 * Handler wrappers that keep what pages need for their next first paint in the page kit
 * (page-kit-store.ts): the page settings, and each symbol's badge texts. Keeping never delays or
 * fails the answer.
 */
import type { Handler } from './types.ts';

export function keepPageSettings(handler: Handler<'get-page-settings'>): Handler<'get-page-settings'> {
  return async (req, ctx, from) => {
    const since = ctx.kit?.now() ?? 0;
    const settings = await handler(req, ctx, from);
    void ctx.kit?.keepSettings(settings, since);
    return settings;
  };
}

export function keepBadges(handler: Handler<'get-badges'>): Handler<'get-badges'> {
  return async (req, ctx, from) => {
    const since = ctx.kit?.now() ?? 0;
    const reply = await handler(req, ctx, from);
    void ctx.kit?.keepBadges(reply, since);
    return reply;
  };
}
