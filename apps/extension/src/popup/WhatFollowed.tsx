/**
 * "What followed", under the verdict: the small side's record / 52-week-high line and, per study that
 * applies today, core's one-line answer with a strip of its episodes' 3-month outcomes against the
 * baseline. Context for the verdict, never a vote in it.
 */
import { highContextText, type RotationReport, studySentences } from '@rotation-lens/core';
import { StudyStrip } from './StudyStrip.tsx';

export function WhatFollowed({ report }: { report: RotationReport }) {
  const record = highContextText(report.small, report.highContext);
  const lines = studySentences(report);
  if (!report.analogs || (record === null && lines.length === 0)) return null;
  const pair = `${report.small}/${report.large}`;
  return (
    <section aria-labelledby="wf-title" class="what-followed" data-testid="what-followed">
      <h2 id="wf-title">What followed</h2>
      {record && (
        <p class="record" data-testid="record-line">
          {record}
        </p>
      )}
      {lines.map(({ key, text }) => {
        const study = report.analogs?.[key];
        if (!study) return null;
        const points = study.episodes.flatMap((e) => (e.forward['3M'] === null ? [] : [{ date: e.date, value: e.forward['3M'] }]));
        return (
          <div key={key} class="study" data-testid="study" data-study={key}>
            <p class="study-line" data-testid="study-line">
              {text}
            </p>
            {points.length > 0 && <StudyStrip points={points} baselineMedian={study.baseline['3M'].median} pair={pair} />}
          </div>
        );
      })}
    </section>
  );
}
