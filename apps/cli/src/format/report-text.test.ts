import { describe, expect, it } from 'vitest';
import type { ReportJson, ReportSource } from '../report-source.ts';
import { createColors, stripAnsi } from './color.ts';
import { formatReportText } from './report-text.ts';

const windows = (v: number | null) => ({ '1W': v, '1M': v, '3M': v, '6M': v, YTD: v, '1Y': null });

const REPORT: Omit<ReportJson, 'source'> = {
  small: 'IWM',
  large: 'SPY',
  asOf: '2026-01-16',
  firstDate: '2016-01-04',
  sessions: 2520,
  price: 'adjclose',
  returns: { small: windows(0.05), large: windows(-0.01) },
  relativeStrength: { ratio: 0.4123, change: windows(0.0606), spread: windows(0.06), mansfield: 4.5 },
  streak: { sessions: 7, longestSince: '2019-01-08', startedOn: '2026-01-08' },
  rsi: { small: 71.2, large: 55 },
  correlation: { value: 0.83, window: 252, band5y: { min: 0.7, max: 0.9, position: 0.65, samples: 1260 } },
  beta: 1.12,
  volatility: { small: 0.223, large: 0.151 },
  drawdown: { small: { max: -0.41, peak: '2021-11-08', trough: '2022-06-16' }, large: { max: 0, peak: null, trough: null } },
  totalReturn: { small: 1.5, large: 2.25 },
  valuation: null,
  analogs: null,
  highContext: null,
  regime: {
    label: 'small-cap leadership',
    score: 0.6,
    evidence: [
      { metric: 'rs-3m', text: 'IWM beat SPY by 6.1% over 3M (threshold ±2%)', value: 0.061, threshold: 0.02, vote: 1, weight: 1 },
      { metric: 'mansfield', text: 'Mansfield RS +4.50', value: 4.5, threshold: 0, vote: 0, weight: 1 },
    ],
    warnings: ['RSI 71: overbought'],
  },
};

const SOURCE: ReportSource = { provider: 'csv', simulated: false, asOf: '2026-01-16', stale: false, label: 'csv files in ./p' };

describe('formatReportText', () => {
  const text = formatReportText(REPORT, SOURCE, createColors(false));
  const lines = text.split('\n');

  it('starts with the pair, then the verdict with evidence and warnings', () => {
    expect(lines[0]).toBe('IWM vs SPY  as of 2026-01-16');
    expect(lines[2]).toBe('Verdict: small-cap leadership (score +0.60)');
    expect(lines[3]).toBe('  + IWM beat SPY by 6.1% over 3M (threshold ±2%)');
    expect(lines[4]).toBe('  · Mansfield RS +4.50');
    expect(lines[5]).toBe('  ! RSI 71: overbought');
  });

  it('prints the returns table with signed percentages and n/a', () => {
    expect(text).toContain('IWM           +5.0%  +5.0%  +5.0%  +5.0%  +5.0%  n/a');
    expect(text).toContain('SPY           -1.0%  -1.0%  -1.0%  -1.0%  -1.0%  n/a');
    expect(text).toContain('ratio change  +6.1%');
  });

  it('prints every metric line and the footer', () => {
    expect(text).toContain('Relative strength: ratio IWM/SPY 0.4123 · Mansfield +4.50');
    expect(text).toContain('Streak: IWM beat SPY 7 sessions in a row (since 2026-01-08),\n        the longest since 2019-01-08');
    expect(text).toContain('RSI(14): IWM 71.2 · SPY 55.0');
    expect(text).toContain('Correlation (252d): 0.83 · 5y band 0.70 to 0.90, now at 65% of the range');
    expect(text).toContain('Beta of IWM to SPY (252d): 1.12');
    expect(text).toContain('Volatility (252d, annualised): IWM 22.3% · SPY 15.1%');
    expect(text).toContain('Max drawdown: IWM -41.0% (2021-11-08 → 2022-06-16) · SPY 0.0%');
    expect(text).toContain('Total return since 2016-01-04: IWM +150.0% · SPY +225.0%');
    expect(lines.slice(-2)).toEqual(['As of 2026-01-16 · 2520 common sessions from 2016-01-04 · adjusted close', 'Source: csv files in ./p, data to 2026-01-16']);
    expect(text).not.toContain('SIMULATED');
    expect(text).not.toContain('\u001b[');
  });

  it('labels simulated and stale data, and colours only when asked', () => {
    const sim = formatReportText(REPORT, { ...SOURCE, simulated: true, stale: true }, createColors(false));
    expect(sim.split('\n')[0]).toMatch(/^SIMULATED DATA/);
    expect(sim).toContain('(SIMULATED)');
    expect(sim.split('\n').at(-1)).toBe('Stale: prices end 2026-01-16');
    const staleReason = 'the last completed session is 2026-11-20; --offline: no refresh attempted';
    const why = formatReportText(REPORT, { ...SOURCE, stale: true, staleReason }, createColors(false));
    expect(why.split('\n').slice(-2)).toEqual(['Stale: prices end 2026-01-16; the last completed session is 2026-11-20;', '       --offline: no refresh attempted']);
    expect(formatReportText(REPORT, SOURCE, createColors(true))).toContain('\u001b[32m+5.0%\u001b[39m');
  });

  it('explains a missing correlation', () => {
    const short = formatReportText({ ...REPORT, correlation: { value: null, window: 252, band5y: null } }, SOURCE, createColors(false));
    expect(short).toContain('Correlation (252d): n/a (needs 253 common sessions, have 2520)');
    const flat = formatReportText({ ...REPORT, correlation: { value: null, window: 252, band5y: null, unavailable: 'no-variance' } }, SOURCE, createColors(false));
    expect(flat).toContain('Correlation (252d): n/a (no variance: IWM or SPY did not move over the last');
    expect(flat).not.toContain('needs 253');
  });

  it('describes a trailing streak and a tie', () => {
    const trailing = formatReportText({ ...REPORT, streak: { sessions: -3, longestSince: null, startedOn: '2026-01-14' } }, SOURCE, createColors(false));
    expect(trailing).toContain('Streak: IWM trailed SPY 3 sessions in a row (since 2026-01-14),\n        the longest in the data');
    const one = formatReportText({ ...REPORT, streak: { sessions: 1, longestSince: '2026-01-13', startedOn: '2026-01-16' } }, SOURCE, createColors(false));
    expect(one).toContain('Streak: IWM beat SPY on the last session only (2026-01-16)\n');
    const tie = formatReportText({ ...REPORT, streak: { sessions: 0, longestSince: null, startedOn: null } }, SOURCE, createColors(false));
    expect(tie).toContain('Streak: none (IWM and SPY tied on the last session)');
  });
});

describe('formatReportText in an 80-column terminal', () => {
  it('keeps every line within 80 columns, even for long symbols and a long streak', () => {
    const long: typeof REPORT = {
      ...REPORT,
      small: '^RUT',
      large: '^GSPC',
      streak: { sessions: -14, longestSince: '2022-09-15', startedOn: '2026-01-02' },
      drawdown: { small: { max: -0.586, peak: '2007-07-13', trough: '2009-03-09' }, large: { max: -0.552, peak: '2007-10-09', trough: '2009-03-09' } },
      correlation: { value: -0.25, window: 10000, band5y: { min: -0.25, max: 0.98, position: 0, samples: 1260 } },
    };
    const text = formatReportText(long, SOURCE, createColors(true));
    const plain = formatReportText(long, SOURCE, createColors(false));
    for (const line of plain.split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(plain).toContain('Max drawdown: ^RUT -58.6% (2007-07-13 → 2009-03-09)\n              ^GSPC -55.2% (2007-10-09 → 2009-03-09)');
    expect(stripAnsi(text)).toBe(plain);
  });

  it('says why the date differs from --as-of (weekend, holiday)', () => {
    const weekend = formatReportText({ ...REPORT, asOf: '2024-09-06' }, { ...SOURCE, requestedAsOf: '2024-09-07' }, createColors(false));
    expect(weekend.split('\n')[0]).toBe('IWM vs SPY  as of 2024-09-06 (2024-09-07 is a Saturday)');
    const holiday = formatReportText({ ...REPORT, asOf: '2024-07-03' }, { ...SOURCE, requestedAsOf: '2024-07-04' }, createColors(false));
    expect(holiday.split('\n')[0]).toBe('IWM vs SPY  as of 2024-07-03 (2024-07-04 is Independence Day, market closed)');
    const same = formatReportText(REPORT, { ...SOURCE, requestedAsOf: REPORT.asOf }, createColors(false));
    expect(same.split('\n')[0]).toBe('IWM vs SPY  as of 2026-01-16');
  });
});
