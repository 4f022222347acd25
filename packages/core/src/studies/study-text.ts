/**
 * The one-line answer of each study, the same words in the CLI, the popup and the hover card. Wording
 * never promises: it says what happened "after" setups "since <year>", with the count; below
 * MIN_EPISODES outcomes it gives the count and no rate. The answer reads the 3-month horizon. The
 * record-context and breadth lines live here too: every context line has one wording everywhere.
 */
import type { BreadthResult } from '../metrics/breadth.ts';
import type { RotationReport } from '../types.ts';
import { MIN_EPISODES } from './forward.ts';
import type { Analogs, HighContext, StudyOutcomes } from './types.ts';

/** What the sentences read: every report field but the valuation (callers may carry their own). */
type StudyReport = Omit<RotationReport, 'valuation'>;

export type StudyKey = keyof Analogs;
export const STUDY_KEYS: readonly StudyKey[] = ['streak', 'overbought', 'breakout', 'firstFiveDays'];

/** Signed percentage with a true minus sign: −0.0101 → "−1.0%", 0.012 → "+1.2%". */
export function signedPercent(x: number, digits = 1): string {
  const s = Math.abs(x * 100).toFixed(digits);
  if (Number(s) === 0) return `${(0).toFixed(digits)}%`;
  return `${x > 0 ? '+' : '−'}${s}%`;
}

const rate = (wins: number, n: number): string => `${Math.round((100 * wins) / n)}%`;

/** " 24 times since 2000", " once since 2000", ": never before since 2000 (n = 0)". */
const count = (n: number, since: string): string =>
  n === 0 ? `: never before since ${since} (n = 0)` : ` ${n === 1 ? 'once' : `${n} times`} since ${since}`;

/** "; 3 months later IWM led in 8 (33%), median −1.0%; all 3-month windows: 49%, −0.15%". */
export function outcomeClause(s: StudyOutcomes, small: string): string {
  const h = s.horizons['3M'];
  const b = s.baseline['3M'];
  const base = b.median === null ? '' : `; all 3-month windows: ${rate(b.wins, b.n)}, ${signedPercent(b.median, 2)}`;
  if (s.episodes.length === 0) return '';
  if (h.n < MIN_EPISODES || h.median === null) {
    return `; n = ${h.n} with a 3-month outcome, too few for a rate${base}`;
  }
  const of = h.n === s.episodes.length ? '' : ` of ${h.n}`;
  return `; 3 months later ${small} led in ${h.wins}${of} (${rate(h.wins, h.n)}), median ${signedPercent(h.median)}${base}`;
}

/** The setup and its count: "IWM beat SPY 7+ sessions running 24 times since 2000". */
function setupText(key: StudyKey, a: Analogs, r: StudyReport, since: string): string | null {
  const n = (s: StudyOutcomes): string => count(s.episodes.length, since);
  if (key === 'streak' && a.streak) {
    const s = a.streak;
    return `${r.small} ${s.direction > 0 ? 'beat' : 'trailed'} ${r.large} ${s.length}+ sessions running${n(s)}`;
  }
  if (key === 'overbought' && a.overbought) {
    const s = a.overbought;
    const way = s.side === 'overbought' ? 'above' : 'below';
    return `${r.small} RSI ${Math.round(s.rsi)} (${s.side}): crossed ${way} ${s.level}${n(s)}, 21+ sessions apart`;
  }
  if (key === 'breakout' && a.breakout) {
    return `${r.small} made a first record close after a year without one${n(a.breakout)}`;
  }
  if (key === 'firstFiveDays' && a.firstFiveDays) {
    const s = a.firstFiveDays;
    const way = s.positive ? 'rose' : 'fell';
    const first = s.years[0]?.year;
    const n = s.years.length;
    const ended = n === 0 ? '' : `, ${s.positiveYears} of ${n} ended the year up`;
    const years = first === undefined ? `no earlier year since ${since}` : `${n} earlier year${n === 1 ? '' : 's'} since ${first}`;
    return `${r.large} ${way} ${Math.abs(s.firstFive * 100).toFixed(1)}% in its first five sessions of ${s.year}: ${years} did too${ended}`;
  }
  return null;
}

/** One line per study that applies at asOf, in STUDY_KEYS order. */
export function studySentences(r: StudyReport): { key: StudyKey; text: string }[] {
  const a = r.analogs;
  if (a === null) return [];
  const since = r.firstDate.slice(0, 4);
  const out: { key: StudyKey; text: string }[] = [];
  for (const key of STUDY_KEYS) {
    const study = a[key];
    const setup = setupText(key, a, r, since);
    if (study && setup) out.push({ key, text: `${setup}${outcomeClause(study, r.small)}` });
  }
  return out;
}

/** "IWM: first record close since 2021-11-08", "IWM: record close (also 2026-01-09)", "IWM: 52-week high". */
export function highContextText(symbol: string, h: HighContext | null): string | null {
  if (h === null) return null;
  if (h.kind === '52w-high') return `${symbol}: 52-week high`;
  if (h.sessionsSince <= 5) return `${symbol}: record close (also ${h.previousRecord})`;
  return `${symbol}: first record close since ${h.previousRecord}`;
}

const shareText = (count: number, counted: number, what: string): string =>
  counted === 0 ? `${what}: n/a` : `${count} of ${counted} ${what} (${Math.round((100 * count) / counted)}%)`;

/** The breadth line: "3 of 7 up on 2024-06-28 (43%) · 4 of 7 above their 50-day average (57%) · …". */
export function breadthText(b: BreadthResult): string {
  return [
    shareText(b.advancing, b.counted, `up on ${b.date}`),
    shareText(b.above50.count, b.above50.counted, 'above their 50-day average'),
    shareText(b.at52wHigh.count, b.at52wHigh.counted, 'at a 52-week high'),
  ].join(' · ');
}
