/**
 * "What followed": the studies' one-line answers (core `studySentences`, the same words as the popup),
 * the record / 52-week-high context line, and with --episodes every episode of every study.
 */
import {
  type Analogs,
  type Episode,
  HORIZON_KEYS,
  highContextText,
  type RotationReport,
  STUDY_KEYS,
  type StudyKey,
  studySentences,
} from '@rotation-lens/core';
import type { Colors } from './color.ts';
import { pct } from './numbers.ts';
import { renderTable } from './table.ts';
import { TEXT_WIDTH, wrapLine } from './wrap.ts';

const STUDY_TITLES: Record<StudyKey, string> = {
  streak: 'Streak',
  overbought: 'RSI zone',
  breakout: 'Breakout',
  firstFiveDays: 'First five days',
};

/** The section after the verdict; empty when no study applies and the close is no high. */
export function whatFollowedLines(r: Omit<RotationReport, 'valuation'>, c: Colors): string[] {
  const context = highContextText(r.small, r.highContext);
  const sentences = studySentences(r);
  if (context === null && sentences.length === 0) return [];
  const lines = [c.bold('What followed') + c.dim(` (${r.small}/${r.large} ratio after similar setups; context, not a vote)`)];
  if (context !== null) lines.push(`  ${context}`);
  for (const s of sentences) lines.push(...wrapLine(`  ${s.text}`, TEXT_WIDTH, 4));
  return lines;
}

function episodeRow(e: Episode, c: Colors): string[] {
  return [e.date, ...HORIZON_KEYS.map((k) => c.sign(e.forward[k], pct(e.forward[k])))];
}

/** --episodes: per applicable study, its episodes with the ratio's change over each horizon. */
export function episodeLines(a: Analogs | null, c: Colors): string[] {
  if (a === null) return [];
  const lines: string[] = [];
  for (const key of STUDY_KEYS) {
    const study = a[key];
    if (!study) continue;
    lines.push('', c.bold(`Episodes: ${STUDY_TITLES[key]} (${study.episodes.length})`));
    if (study.episodes.length === 0) {
      lines.push('  none');
      continue;
    }
    const table = renderTable(['  date', ...HORIZON_KEYS], study.episodes.map((e) => episodeRow(e, c)));
    lines.push(...table.split('\n').map((l, i) => (i === 0 ? l : `  ${l}`)));
  }
  if (a.firstFiveDays && a.firstFiveDays.years.length > 0) {
    const years = a.firstFiveDays.years.map((y) => `${y.year} ${pct(y.firstFive)} → ${pct(y.fullYear)}`).join(' · ');
    lines.push(...wrapLine(`  Years (first five → full year): ${years}`, TEXT_WIDTH, 4));
  }
  return lines;
}
