/**
 * get-dashboard: the market context plus one row per symbol of a watchlist (the active one by
 * default): last close, RS over 3M, RS rating within the list, streak, discount when known (small-cap
 * proxies only: the popup has no page P/E), and relative-rotation coordinates with a 5-point tail.
 * A symbol that fails gets a row with nulls and its error; the others are unaffected. The rows are
 * memoised by (list symbols with their as-of dates or errors, benchmark as-of, settings hash): a warm
 * worker rebuilds none of the ratings or rotation coordinates.
 */
import { breadth, relativeRotation, rsRating } from '@rotation-lens/core';
import type { BarsResult } from '@rotation-lens/market-data';
import type { WatchlistRow } from '../../contracts/messages.ts';
import { BadRequest, errorInfo } from '../errors.ts';
import { discountFor } from '../valuation.ts';
import { memoKey } from '../memo.ts';
import { settingsHash } from '../settings-hash.ts';
import { contextView, tickerReport } from '../views.ts';
import type { Handler } from './types.ts';

export const RRG_TAIL = 5;

function emptyRow(symbol: string, error?: string): WatchlistRow {
  return { symbol, lastClose: null, rs3m: null, rsRating: null, streak: null, discount: null, rrg: null, ...(error ? { error } : {}) };
}

export const getDashboard: Handler<'get-dashboard'> = async (req, ctx) => {
  const settings = await ctx.settings();
  const watchlistId = req.watchlistId ?? settings.activeWatchlistId;
  const list = settings.watchlists.find((w) => w.id === watchlistId);
  if (!list) throw new BadRequest(`no watchlist with id ${watchlistId}`);

  const bench = await ctx.bars(settings.comparison.benchmark);
  const context = await contextView(ctx, settings, bench);
  const reading = ctx.valuation.latest(settings);
  type Loaded = { symbol: string; bars?: BarsResult; error?: string };
  const series = await Promise.all(
    list.symbols.map((symbol) =>
      ctx.bars(symbol).then(
        (bars): Loaded => ({ symbol, bars }),
        (e: unknown): Loaded => ({ symbol, error: errorInfo(e).message }),
      ),
    ),
  );
  const key = memoKey({
    kind: 'rows',
    symbol: series.map((s) => `${s.symbol}@${s.bars ? s.bars.asOf : `!${s.error}`}`).join(','),
    benchmark: bench.symbol,
    asOf: bench.asOf,
    settingsHash: settingsHash(settings),
  });
  const loaded = series.filter((s): s is { symbol: string; bars: BarsResult } => s.bars !== undefined);
  const listBreadth = breadthOf(loaded);
  const kept = ctx.memo.get<WatchlistRow[]>(key);
  if (kept) return { context, watchlistId, rows: kept, breadth: listBreadth };
  let ratings = new Map<string, number | null>();
  try {
    ratings = rsRating(loaded.map((s) => ({ symbol: s.symbol, bars: s.bars.bars })));
  } catch {
    // A universe too short to rate leaves every rating null (documented in WatchlistRow).
  }

  const rows = series.map(({ symbol, bars, error }): WatchlistRow => {
    if (!bars) return emptyRow(symbol, error);
    try {
      const report = tickerReport(ctx, settings, bars, bench);
      const rrg = relativeRotation(bars.bars, bench.bars, { tail: RRG_TAIL });
      return {
        symbol,
        lastClose: bars.bars.at(-1)?.close ?? null,
        rs3m: report.relativeStrength.change['3M'],
        rsRating: ratings.get(symbol) ?? null,
        streak: report.streak.sessions,
        discount: discountFor(symbol, reading, undefined, ctx.valuation)?.discount ?? null,
        rrg: rrg ? { ratio: rrg.ratio, momentum: rrg.momentum, tail: rrg.tail.map((p) => ({ ratio: p.ratio, momentum: p.momentum })) } : null,
      };
    } catch (e) {
      return emptyRow(symbol, errorInfo(e).message);
    }
  });
  ctx.memo.set(key, rows);
  return { context, watchlistId, rows, breadth: listBreadth };
};

/** The list's breadth on its own prices; null when no member counts or a member's bars are unusable. */
function breadthOf(loaded: { symbol: string; bars: BarsResult }[]) {
  try {
    return breadth(loaded.map((s) => ({ symbol: s.symbol, bars: s.bars.bars })));
  } catch {
    return null;
  }
}
