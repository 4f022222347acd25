/**
 * Where a badge's text is decided: the texts of a get-badges reply, built with the badge model
 * functions (rs.ts, streak.ts, discount.ts, rotation.ts beside this file) in both densities, for the
 * worker's settings (RS window, streak threshold). The worker sends them with its reply; pages carry
 * no formatting code, only the drawing.
 */
import type { BadgesTexts, BadgeTexts, TickerTexts } from '../../contracts/badge-model.ts';
import type { RotationContext, TickerView } from '../../contracts/messages.ts';
import type { Settings } from '../../settings/schema.ts';
import { discountModel } from './discount.ts';
import { rotationModel } from './rotation.ts';
import { rsModel } from './rs.ts';
import { streakModel } from './streak.ts';
import type { BadgeModel, Density } from '../../contracts/badge-model.ts';

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
