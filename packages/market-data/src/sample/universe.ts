/**
 * Parameters of the simulated universe. Each symbol's daily log return is
 *   drift + tilt · regime + σ · (market · zM + size · zS + idio · zI)
 * with zM (market factor), zS (small-vs-large factor) shared by all symbols and zI the symbol's own noise.
 * Invariant: market² + size² ≤ 1, so idio = √(1 − market² − size²) and σ is the total volatility.
 */
import { unitFromKey } from './prng.ts';

export interface SampleSymbolParams {
  symbol: string;
  /** Annualised volatility of log returns (0.16 = 16%). */
  vol: number;
  /** Loading on the market factor; equals the correlation with SPY when size = 0 for SPY. */
  market: number;
  /** Loading on the small-vs-large factor. */
  size: number;
  /** Annual log drift. */
  drift: number;
  /** How strongly the rotation regime tilts this symbol (1 = a pure small-cap index). */
  tilt: number;
  /** Close on SAMPLE_REF_DATE: keeps price levels plausible whatever the seed. */
  refPrice: number;
  /** Typical daily volume. */
  volume: number;
}

const p = (
  symbol: string,
  vol: number,
  market: number,
  size: number,
  drift: number,
  tilt: number,
  refPrice: number,
  volume: number,
): SampleSymbolParams => ({ symbol, vol, market, size, drift, tilt, refPrice, volume });

/** Hand-tuned parameters: IWM ~22% vol and ρ(IWM, SPY) ≈ 0.85; SPY ~16%. */
const KNOWN: readonly SampleSymbolParams[] = [
  p('SPY', 0.16, 1, 0, 0.08, 0, 472, 80e6),
  p('^GSPC', 0.16, 0.999, 0, 0.07, 0, 4742, 3.5e9),
  p('IWM', 0.22, 0.85, 0.527, 0.06, 1, 198, 30e6),
  p('^RUT', 0.22, 0.85, 0.526, 0.05, 1, 1986, 0),
  p('IJR', 0.21, 0.83, 0.53, 0.065, 0.9, 107, 4e6),
  p('VB', 0.2, 0.9, 0.41, 0.07, 0.6, 210, 0.8e6),
  p('IWN', 0.23, 0.82, 0.53, 0.055, 1, 155, 1.5e6),
  p('IWO', 0.24, 0.84, 0.5, 0.065, 1, 250, 0.8e6),
  p('MDY', 0.19, 0.92, 0.33, 0.07, 0.5, 505, 1e6),
  p('VTI', 0.165, 0.995, 0.08, 0.078, 0.1, 237, 3.5e6),
  p('DIA', 0.15, 0.95, 0, 0.07, -0.1, 377, 3e6),
  p('QQQ', 0.22, 0.9, -0.15, 0.11, -0.4, 402, 45e6),
  p('AAPL', 0.28, 0.7, -0.1, 0.15, -0.3, 185, 55e6),
  p('MSFT', 0.26, 0.72, -0.1, 0.15, -0.3, 370, 25e6),
  p('NVDA', 0.45, 0.6, -0.05, 0.25, -0.4, 48, 400e6),
  p('AMZN', 0.32, 0.65, -0.05, 0.14, -0.3, 149, 45e6),
  p('GOOGL', 0.29, 0.66, -0.05, 0.13, -0.3, 138, 30e6),
  p('JPM', 0.25, 0.72, 0.2, 0.09, 0.2, 170, 10e6),
  p('XOM', 0.26, 0.55, 0.2, 0.05, 0.2, 100, 18e6),
  p('BRK-B', 0.19, 0.8, 0.1, 0.09, 0, 357, 4e6),
];

const BY_SYMBOL = new Map(KNOWN.map((s) => [s.symbol, s]));

/** The ~20 symbols the simulator knows by name (any other symbol still works: see sampleParams). */
export const SAMPLE_UNIVERSE: readonly string[] = KNOWN.map((s) => s.symbol);

/** Canonical form used for lookups and hashing: trimmed, upper case. */
export const canonicalSampleSymbol = (symbol: string): string => symbol.trim().toUpperCase();

/**
 * Parameters for any symbol. Unknown symbols get values derived from a hash of the symbol alone
 * (not the seed), so "XYZ" always behaves like the same kind of stock, correlated with the market.
 */
export function sampleParams(symbol: string): SampleSymbolParams {
  const sym = canonicalSampleSymbol(symbol);
  const known = BY_SYMBOL.get(sym);
  if (known) return known;
  const u = (k: string) => unitFromKey(`${sym}|${k}`);
  const market = 0.45 + 0.4 * u('market');
  const size = -0.1 + 0.4 * u('size');
  return {
    symbol: sym,
    vol: 0.18 + 0.27 * u('vol'),
    market,
    size,
    drift: 0.02 + 0.08 * u('drift'),
    tilt: Math.max(-0.5, Math.min(1, size * 2)),
    // Log-uniform between 10 and 500.
    refPrice: Math.round(10 * Math.exp(u('price') * Math.log(50)) * 100) / 100,
    volume: Math.round(1e5 * Math.exp(u('volume') * Math.log(200))),
  };
}

/** Weight of the symbol's own noise so the total variance is σ². */
export const idioLoading = (s: SampleSymbolParams): number =>
  Math.sqrt(Math.max(0, 1 - s.market * s.market - s.size * s.size));
