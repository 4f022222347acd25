/**
 * get-badges: one message carries every symbol of a page. The benchmark is fetched once, symbols
 * are deduplicated and capped, each ticker resolves independently (unknown / error per symbol), and
 * the market context comes along unless the rotation badge is switched off or it cannot be built.
 * If the benchmark itself cannot be had, the whole batch fails (every badge shows the error).
 */
import type { RotationContext, TickerView } from '../../shared/messages.ts';
import { normaliseSymbol } from '../symbol-check.ts';
import { contextView, tickerView } from '../views.ts';
import type { Handler } from './types.ts';

/** Upper bound on symbols per message: a page with more gets the first MAX_SYMBOLS. */
export const MAX_SYMBOLS = 60;

export const getBadges: Handler<'get-badges'> = async (req, ctx) => {
  const settings = await ctx.settings();
  const tickers: Record<string, TickerView> = {};
  const wanted: string[] = [];
  for (const raw of req.symbols.slice(0, MAX_SYMBOLS * 2)) {
    const symbol = normaliseSymbol(raw);
    if (!symbol) {
      tickers[raw] = { status: 'unknown', symbol: raw, message: `not a ticker symbol: ${raw}` };
    } else if (!wanted.includes(symbol) && wanted.length < MAX_SYMBOLS) {
      wanted.push(symbol);
    }
  }

  const bench = await ctx.bars(settings.comparison.benchmark);
  const reading = ctx.valuation.latest(settings);
  const contextP: Promise<RotationContext | null> = settings.badges.rotation
    ? contextView(ctx, settings, bench).catch(() => null)
    : Promise.resolve(null);
  const views = await Promise.all(wanted.map((s) => tickerView(ctx, settings, s, bench, reading, req.pagePe?.[s])));
  for (const view of views) tickers[view.symbol] = view;
  return { context: await contextP, tickers };
};
