/**
 * What of a report's "what followed" studies travels to pages: the context lines as text (core's words),
 * never the episodes — a page's badges reply would otherwise carry hundreds of episodes per ticker. The
 * popup's dashboard keeps the market context's full `analogs` for its panel.
 */
import { highContextText, type RotationReport, studySentences } from '@rotation-lens/core';
import type { ReportNotes } from '../contracts/messages.ts';

export function notesOf(report: RotationReport): ReportNotes {
  const streak = Math.abs(report.streak.sessions) >= 2 ? studySentences(report).find((s) => s.key === 'streak') : undefined;
  return { record: highContextText(report.small, report.highContext), streakStudy: streak?.text ?? null };
}

/** The report as a page receives it: the studies left out (their answers are in `notesOf`). */
export const withoutAnalogs = (report: RotationReport): RotationReport => (report.analogs === null ? report : { ...report, analogs: null });

const pageCopies = new WeakMap<RotationReport, { report: RotationReport; notes: ReportNotes }>();

/** The page copy and notes of a (memoised) report, made once per report object: repeat replies share them. */
export function forPage(report: RotationReport): { report: RotationReport; notes: ReportNotes } {
  let copy = pageCopies.get(report);
  if (!copy) {
    copy = { report: withoutAnalogs(report), notes: notesOf(report) };
    pageCopies.set(report, copy);
  }
  return copy;
}
