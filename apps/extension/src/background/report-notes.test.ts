import { type Bar, computeReport, studySentences } from '@rotation-lens/core';
import { describe, expect, it } from 'vitest';
import { notesOf, withoutAnalogs } from './report-notes.ts';

const bars = (closes: number[]): Bar[] =>
  closes.map((close, i) => ({ date: new Date(Date.UTC(2021, 0, 4) + i * 86_400_000).toISOString().slice(0, 10), close }));

/** Small zig-zags, then rises `run` sessions in a row to a record close; large stays flat. */
function report(run: number) {
  const zigzag = Array.from({ length: 301 }, (_, i) => 100 + (i % 2 === 0 ? 0 : 1) - i * 0.01);
  const closes = [...zigzag, ...Array.from({ length: run }, (_, i) => 102 + i)];
  return computeReport({ symbol: 'TNA', bars: bars(closes) }, { symbol: 'SPY', bars: bars(closes.map(() => 50)) });
}

describe('report notes', () => {
  it("carry core's streak-study sentence for a streak of 2+ and the record line", () => {
    const r = report(3);
    expect(r.streak.sessions).toBe(3);
    expect(notesOf(r).streakStudy).toBe(studySentences(r).find((s) => s.key === 'streak')?.text);
    expect(notesOf(r).streakStudy).toMatch(/^TNA beat SPY 3\+ sessions running/);
    expect(notesOf(report(1)).record).toBe('TNA: first record close since 2021-01-05');
  });

  it('say nothing of a one-session streak', () => {
    const r = report(1);
    expect(r.streak.sessions).toBe(1);
    expect(notesOf(r).streakStudy).toBeNull();
  });

  it('the page copy drops the studies and nothing else', () => {
    const r = report(3);
    expect(withoutAnalogs(r)).toEqual({ ...r, analogs: null });
    expect(r.analogs).not.toBeNull();
  });
});
