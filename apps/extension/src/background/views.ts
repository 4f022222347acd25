/**
 * Computed views with memoisation: the market context (small-cap proxy vs benchmark) and one
 * ticker vs the benchmark. Reports are memoised by (symbol, benchmark, both as-of dates, settings
 * hash); discounts and stamps are cheap and rebuilt per request (they depend on the page's P/E and
 * on connectivity).
 */
import type { RotationReport } from '@rotation-lens/core';
import type { BarsResult, ValuationReading } from '@rotation-lens/market-data';
import type { RotationContext, TickerView } from '../contracts/messages.ts';
import type { Settings } from '../settings/schema.ts';
import type { WorkerCtx } from './deps.ts';
import { errorInfo } from './errors.ts';
import { memoKey } from './memo.ts';
import { forPage, notesOf } from './report-notes.ts';
import { reportFor } from './report.ts';
import { settingsHash } from './settings-hash.ts';
import { stampOf } from './stamp.ts';
import { discountFor, type PagePe, readingView } from './valuation.ts';

function memoReport(ctx: WorkerCtx, settings: Settings, kind: string, x: BarsResult, bench: BarsResult, compute: () => RotationReport): RotationReport {
  const key = memoKey({ kind, symbol: x.symbol, benchmark: bench.symbol, asOf: `${x.asOf}/${bench.asOf}`, settingsHash: settingsHash(settings) });
  const hit = ctx.memo.get<RotationReport>(key);
  if (hit) return hit;
  const report = compute();
  ctx.memo.set(key, report);
  return report;
}

/** X vs benchmark report through the memo. */
export function tickerReport(ctx: WorkerCtx, settings: Settings, x: BarsResult, bench: BarsResult): RotationReport {
  return memoReport(ctx, settings, 'ticker', x, bench, () => reportFor(x, bench, settings));
}

export async function contextView(ctx: WorkerCtx, settings: Settings, bench?: BarsResult): Promise<RotationContext> {
  const { smallProxy, benchmark } = settings.comparison;
  const [small, large] = await Promise.all([ctx.bars(smallProxy), bench ? Promise.resolve(bench) : ctx.bars(benchmark)]);
  const reading = ctx.valuation.latest(settings);
  const valuation = reading ? { peSmall: reading.peSmall, peLarge: reading.peLarge, date: reading.date, source: reading.source } : null;
  const report = memoReport(ctx, settings, 'context', small, large, () => reportFor(small, large, settings, valuation));
  const stamp = stampOf([small, large], report.asOf, ctx.online());
  return { report, valuation: reading ? readingView(reading, ctx.valuation) : null, stamp, notes: notesOf(report) };
}

/** One ticker's view; never throws: unknown symbols and failures become their own statuses. */
export async function tickerView(
  ctx: WorkerCtx,
  settings: Settings,
  symbol: string,
  bench: BarsResult,
  reading: ValuationReading | null,
  pagePe?: PagePe | readonly PagePe[],
): Promise<TickerView> {
  let x: BarsResult;
  try {
    x = await ctx.bars(symbol);
  } catch (e) {
    const info = errorInfo(e);
    if (info.kind === 'UnknownSymbol') return { status: 'unknown', symbol, message: info.message };
    return { status: 'error', symbol, message: info.message };
  }
  const stamp = stampOf([x, bench], x.asOf, ctx.online());
  try {
    const report = tickerReport(ctx, settings, x, bench);
    stamp.asOf = report.asOf;
    const discount = discountFor(symbol, reading, pagePe, ctx.valuation, ctx.valuation.readings(settings));
    const alone = !discount && pagePe ? (Array.isArray(pagePe) ? pagePe[0] : (pagePe as PagePe)) : undefined;
    return { status: 'ok', symbol, ...forPage(report), discount, ...(alone ? { pagePe: alone } : {}), stamp };
  } catch (e) {
    return { status: 'error', symbol, message: errorInfo(e).message, stamp };
  }
}
