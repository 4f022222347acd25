/**
 * computeReport's output pinned bit for bit. The digests below were computed by the straightforward
 * implementation (every metric in its own checked pass over the aligned series, string date comparisons,
 * quickselect medians); the report must reproduce every number, date and error message exactly, on real
 * pairs from ../shared/data (skipped when absent) and on a synthetic pair. A deliberate change of an output
 * changes a digest: recompute it then, and say why in the commit.
 */
import { describe, expect, it } from 'vitest';
import { DIGEST_OPTIONS, reportDigest, syntheticPair } from '../test/report-digest.ts';
import { HAS_SHARED_DATA, loadLong, loadYahoo } from '../test/shared-data.ts';
import { alignSeries } from './align.ts';
import { computeReport } from './report.ts';
import type { Bar } from './types.ts';

function digests(smallSymbol: string, small: Bar[], largeSymbol: string, large: Bar[]): Record<string, string> {
  const dates = alignSeries(small, large).dates;
  const out: Record<string, string> = {};
  for (const [name, opts] of Object.entries(DIGEST_OPTIONS)) {
    out[name] = reportDigest(computeReport, { symbol: smallSymbol, bars: small }, { symbol: largeSymbol, bars: large }, dates, opts);
  }
  return out;
}

const REAL_PAIRS: {
  title: string;
  small: [string, () => Bar[]];
  large: [string, () => Bar[]];
  expected: Record<string, string>;
}[] = [
  {
    title: 'IWM/SPY, 26 years (long/)',
    small: ['IWM', () => loadLong('IWM')],
    large: ['SPY', () => loadLong('SPY')],
    expected: {
      defaults: 'd947dc9b71b6dbfcf219c9a4b4a1d846dc96bd9deebf7298f4a8e252eca816de',
      series: '2b2b2d7c57e40e83ffdbf60ef0bf4e65f51d8e8be0c638637adb9fd9020aa0d4',
      plain: 'e7ca1ae51ede29f5368f9635a7444055767ccf608f4e1092c225cc392dad6e69',
      rsiLevels: '354be3433843cf5346127948571fc703a878de235298e3ab4a273be213a770e2',
    },
  },
  {
    title: 'QQQ/SPY (long/)',
    small: ['QQQ', () => loadLong('QQQ')],
    large: ['SPY', () => loadLong('SPY')],
    expected: {
      defaults: '81d2e4681c156dfb8bc55bab2cadf34c31eba47a7f4c488006720c5a00e3dcdd',
      series: '278ad6724226026ba159f384665170066256fa8b08d1284da1a9c719d1ac7a7d',
      plain: '38a15fb6e3d795646796ad1ac6bc3997254ce35151a383ad1200e9686e91a1d9',
      rsiLevels: '4f0adf4035790519082e2ee463d8f0e4427d28dee155ba552edb6c9bbe50b578',
    },
  },
  {
    title: '^RUT/^GSPC since 1990 (prices/)',
    small: ['^RUT', () => loadYahoo('^RUT')],
    large: ['^GSPC', () => loadYahoo('^GSPC')],
    expected: {
      defaults: '3d8bb5d20bd44a1dbb5da14127ad15ace62d2db45decdc0e1dbea93047820ae5',
      series: '3f83bccf400ce72f68eec1e5796a9bdea3577a74792e0a23ab2825100ebdd43e',
      plain: 'b4b85e2545cf93dcc9ed5e365a0786066e8ca3e24e44bd413c9bfbdb2e7fc306',
      rsiLevels: '7680bcb59c5d40d5f6c0b447955fbcb1afe6f41cc6debb7782162ea9698b930a',
    },
  },
  {
    title: 'IWM/SPY with adjusted closes (prices/)',
    small: ['IWM', () => loadYahoo('IWM')],
    large: ['SPY', () => loadYahoo('SPY')],
    expected: {
      defaults: '91d98b90532663f9125498937c3fa051266f4cce53ad042eb1b55818a1474ec6',
      series: 'bcba025c69b84d855c0f6393d94f2f3cc0623440e9cde99d5f594df76e18120f',
      plain: '056a9de24595ba14dae3858b98cfd536c96edae17ca9097e8527b8262b1bb4e4',
      rsiLevels: '928db78860a26cd65744b932a1ff8b9b13d11d36e0dddf0fc1b183264a8d7d10',
    },
  },
];

describe('computeReport output is unchanged, bit for bit', () => {
  it('synthetic pair: 2,823 common sessions, gaps and ties', () => {
    const { small, large } = syntheticPair();
    expect(digests('S', small, 'L', large)).toEqual({
      defaults: '03610de6fbc8de1978895b515522f3f3852df4d3d13eff10ba230da21a3b3ae6',
      series: '17e7fc6d085c5cd02d5d354ef416540c803ef40ac993b2bbdca0dc26f8f4acbc',
      plain: 'a2dabac52bda2fbe04da8e5bedc33a457c5ebde6e9cc5a694bbc9a526fc86b4d',
      rsiLevels: '4742bf45fe23377c4a4388f64a11e2d8f342d83179cc319f899423a955463377',
    });
  });

  describe.skipIf(!HAS_SHARED_DATA)('real pairs from ../shared/data', () => {
    it.each(REAL_PAIRS)('$title', ({ small, large, expected }) => {
      expect(digests(small[0], small[1](), large[0], large[1]())).toEqual(expected);
    });
  });
});
