/**
 * Test support: real TickerViews / RotationContext computed by core on Sample-provider bars, so the
 * badge tests check text against core's own numbers. Used only by *.test.ts files.
 */
import type { RotationReport } from '@rotation-lens/core';
import type { DataStamp, RotationContext, TickerView } from '../contracts/messages.ts';
import { DEFAULT_SETTINGS } from '../settings/schema.ts';
import { reportFor } from '../background/report.ts';
import { sampleBars } from './worker.ts';

export const FRESH: DataStamp = { provider: 'yahoo', asOf: '2026-01-16', stale: false, offline: false, simulated: false };

export async function sampleReports(symbols: string[]): Promise<Map<string, RotationReport>> {
  const bars = await sampleBars([...new Set([...symbols, 'SPY', 'IWM'])]);
  const spy = bars.get('SPY');
  if (!spy) throw new Error('no SPY');
  const out = new Map<string, RotationReport>();
  for (const s of symbols) {
    const x = bars.get(s);
    if (x) out.set(s, reportFor(x, spy, DEFAULT_SETTINGS));
  }
  return out;
}

export function okView(report: RotationReport, stamp: DataStamp = FRESH, discount: Extract<TickerView, { status: 'ok' }>['discount'] = null): TickerView {
  return { status: 'ok', symbol: report.small, report, discount, stamp };
}

export function contextOf(report: RotationReport, stamp: DataStamp = FRESH): RotationContext {
  return { report, valuation: null, stamp };
}
