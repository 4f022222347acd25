import { describe, expect, it } from 'vitest';
import { matchText } from './patterns.ts';

const none = new Set<string>();
const syms = (text: string, watchlist: ReadonlySet<string> = none) => matchText(text, watchlist).map((m) => `${m.kind}:${m.symbol}`);

describe('matchText', () => {
  it('cashtags: $AAPL, $BRK.B; not $5, $100M, $aapl, US$5', () => {
    expect(syms('Buy $AAPL and $BRK.B, not $5 or $100M or $aapl or US$5.')).toEqual(['cashtag:AAPL', 'cashtag:BRK-B']);
  });

  it('exchange patterns, including NYSE American, NYSEARCA, OTC and no space', () => {
    expect(syms('Apple (NASDAQ: AAPL), X (NYSE American: UAMY), Y (NYSEARCA: IWM), Z (OTC: TCEHY), W (Nasdaq:SOFI), B (NYSE: BRK.B)')).toEqual([
      'exchange:AAPL',
      'exchange:UAMY',
      'exchange:IWM',
      'exchange:TCEHY',
      'exchange:SOFI',
      'exchange:BRK-B',
    ]);
  });

  it('end offsets point right after the ticker (before the closing parenthesis)', () => {
    const text = 'Apple (NASDAQ: AAPL) and $MSFT.';
    const [a, b] = matchText(text, none);
    expect(text.slice(0, a!.end)).toBe('Apple (NASDAQ: AAPL');
    expect(text.slice(0, b!.end)).toBe('Apple (NASDAQ: AAPL) and $MSFT');
  });

  it('bare words only when in the watchlist and never for common-word tickers', () => {
    const wl = new Set(['SOFI', 'PLTR', 'IT', 'ALL', 'ON', 'T', 'F', 'C', 'KEY', 'W', 'A']);
    expect(syms('SOFI beat, PLTR too; IT is ALL ON for T, F, C, KEY, W and A. NVDA rose.', wl)).toEqual(['watchlist:SOFI', 'watchlist:PLTR']);
    expect(syms('SOFI beat', none)).toEqual([]);
  });

  it('no bare matches in shouting text, inside words, abbreviations or class-less fragments', () => {
    const wl = new Set(['SOFI', 'US', 'S']);
    expect(syms('BREAKING: SOFI SHARES SOAR AFTER EARNINGS', wl)).toEqual([]);
    expect(syms('the U.S. economy and SOFI-like fintechs and xSOFI', wl)).toEqual([]);
  });

  it('zero-width and other format characters (Unicode Cf) break a ticker: no partial or joined symbol', () => {
    const wl = new Set(['AAPL', 'SOFI']);
    for (const cf of ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD']) {
      expect(syms(`$A${cf}APL`, wl), `$A+U+${cf.charCodeAt(0).toString(16)}+APL`).toEqual([]);
      expect(syms(`(NYSE: SO${cf}FI) and SO${cf}FI`, wl)).toEqual([]);
      expect(syms(`${cf}$AAPL and AAPL${cf}`, wl)).toEqual([]);
    }
    // Ordinary punctuation and spaces still end a ticker.
    expect(syms('$AAPL\u00A0rose, (NYSE: SOFI).', wl)).toEqual(['cashtag:AAPL', 'exchange:SOFI']);
  });

  it('markup-looking text yields nothing', () => {
    expect(syms('<img src=x onerror=alert(1)> $<img> (NYSE: <b>X</b>) $<script>', new Set(['IMG', 'B', 'SRC']))).toEqual([]);
  });
});
