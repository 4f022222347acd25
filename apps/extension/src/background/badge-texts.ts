/**
 * The badges' texts for a get-badges reply, built in the worker with the badge model functions
 * (src/content/badges/{rs,streak,discount,rotation}.ts), in both densities, for the worker's
 * settings (RS window, streak threshold): pages then carry no formatting code, only the drawing.
 * `withBadgeTexts` adds them to the get-badges handler's reply (whether computed or kept).
 */
import type { BadgesTexts, BadgeTexts, TickerTexts } from '../shared/badge-model.ts';
import type { ResponseMap, RotationContext, TickerView } from '../shared/messages.ts';
import type { Settings } from '../shared/settings.ts';
import { discountModel } from '../content/badges/discount.ts';
import { rotationModel } from '../content/badges/rotation.ts';
import { rsModel } from '../content/badges/rs.ts';
import { streakModel } from '../content/badges/streak.ts';
import type { BadgeModel, Density } from '../content/badges/types.ts';
import type { Handler } from './handlers/types.ts';

const both = (model: (d: Density) => BadgeModel): BadgeTexts => ({ full: model('full'), compact: model('compact') });

export function tickerTexts(view: TickerView, settings: Pick<Settings, 'comparison'>): TickerTexts {
  return {
    rs: both((d) => rsModel(view, settings, d)),
    streak: both((d) => streakModel(view, settings, d)),
    discount: both((d) => discountModel(view, d)),
  };
}

export function badgesTexts(reply: { context: RotationContext | null; tickers: Record<string, TickerView> }, settings: Pick<Settings, 'comparison'>): BadgesTexts {
  const tickers: Record<string, TickerTexts> = {};
  for (const [key, view] of Object.entries(reply.tickers)) tickers[key] = tickerTexts(view, settings);
  return { tickers, rotation: both((d) => rotationModel(reply.context, d)) };
}

/** get-badges with the texts added to its reply. */
export function withBadgeTexts(handler: Handler<'get-badges'>): Handler<'get-badges'> {
  return async (req, ctx, from): Promise<ResponseMap['get-badges']> => {
    const [reply, settings] = await Promise.all([handler(req, ctx, from), ctx.settings()]);
    return { ...reply, texts: badgesTexts(reply, settings) };
  };
}
