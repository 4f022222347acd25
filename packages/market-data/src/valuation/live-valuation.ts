/**
 * The live readings of one installation (CLI cache folder, extension storage): fetch at most once per
 * session after the close, keep every good reading as history, keep the last good ones when a fetch
 * fails. The store only moves a JSON-shaped state; everything read back is validated, and an unreadable
 * state counts as empty rather than failing the report.
 */
import * as v from 'valibot';
import { isMarketDataError, type MarketDataErrorKind } from '../errors.ts';
import type { ValuationReading } from '../types.ts';
import { UserReadingSchema } from './reading-schema.ts';
import { addReadings, liveFetchDue } from './reading-history.ts';
import type { ValuationPair, LiveValuationSource } from './yahoo-valuation.ts';

export const LiveValuationStateSchema = v.object({
  version: v.literal(1),
  readings: v.array(v.object({ ...UserReadingSchema.entries, shipped: v.literal(false) })),
  /** ISO instant of the last fetch attempt, successful or not. */
  lastAttempt: v.nullable(v.string()),
  lastError: v.optional(v.object({ kind: v.string(), message: v.string() })),
});
export type LiveValuationState = v.InferOutput<typeof LiveValuationStateSchema>;

export interface LiveValuationStore {
  load(): Promise<unknown>;
  save(state: LiveValuationState): Promise<void>;
}

export interface LiveRefreshResult {
  /** Every live reading kept (all pairs), ascending by date. */
  readings: ValuationReading[];
  /** True when this call fetched and got readings. */
  fetched: boolean;
  /** Why the fetch failed, when it did (the readings are then the last good ones). */
  error?: { kind: MarketDataErrorKind | 'Unknown'; message: string };
}

export const emptyLiveState = (): LiveValuationState => ({ version: 1, readings: [], lastAttempt: null });

export async function loadLiveState(store: LiveValuationStore): Promise<LiveValuationState> {
  const parsed = v.safeParse(LiveValuationStateSchema, await store.load().catch(() => null));
  return parsed.success ? parsed.output : emptyLiveState();
}

export interface RefreshOptions {
  now: Date;
  /** Fetch even when a fetch already happened since the last close (a user's "refresh"). */
  force?: boolean;
  signal?: AbortSignal;
}

/** Fetches the pair's live readings when due (or forced), adds them to the history and saves the state. */
export async function refreshLiveValuation(
  source: LiveValuationSource,
  store: LiveValuationStore,
  pair: ValuationPair,
  opts: RefreshOptions,
): Promise<LiveRefreshResult> {
  const state = await loadLiveState(store);
  if (!opts.force && !liveFetchDue(state.lastAttempt, opts.now)) {
    return { readings: state.readings, fetched: false, ...(state.lastError ? { error: errorOf(state.lastError) } : {}) };
  }
  const lastAttempt = opts.now.toISOString();
  try {
    const fresh = await source.readings(pair, opts.signal);
    const next: LiveValuationState = { version: 1, readings: addReadings(state.readings, fresh) as LiveValuationState['readings'], lastAttempt };
    await store.save(next);
    return { readings: next.readings, fetched: true };
  } catch (e) {
    if (opts.signal?.aborted) throw e;
    const error = describe(e);
    await store.save({ ...state, lastAttempt, lastError: error });
    return { readings: state.readings, fetched: false, error };
  }
}

const errorOf = (e: { kind: string; message: string }): NonNullable<LiveRefreshResult['error']> => ({
  kind: e.kind as MarketDataErrorKind,
  message: e.message,
});

function describe(e: unknown): NonNullable<LiveRefreshResult['error']> {
  if (isMarketDataError(e)) return { kind: e.kind, message: e.message };
  if (e instanceof TypeError) return { kind: 'Offline', message: 'yahoo: network error' };
  return { kind: 'Unknown', message: 'yahoo: the valuation fetch failed' };
}
