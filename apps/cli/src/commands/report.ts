import type { Command } from '../args.ts';
import type { CliIo } from '../cli-io.ts';
import { computePair } from '../compute.ts';
import { colorWanted, createColors } from '../format/color.ts';
import { formatReportText } from '../format/report-text.ts';
import { openSource } from '../io/open-source.ts';
import { describeSource, type ReportJson } from '../report-source.ts';
import { resolveValuation } from '../valuation/resolve-valuation.ts';

type ReportCommand = Extract<Command, { kind: 'report' }>;

/** Builds the report JSON object (core report + valuation + source) and, for text, why a valuation is missing. */
export async function buildReport(cmd: ReportCommand, io: CliIo): Promise<{ json: ReportJson; valuationMissing?: string }> {
  const source = openSource(cmd.data, io);
  const [small, large] = await Promise.all([source.load(cmd.small), source.load(cmd.large)]);
  const described = describeSource(source.label, small, large);
  const { valuation, missing } = await resolveValuation(
    { small: cmd.small, large: cmd.large, spec: cmd.valuation, data: cmd.data, dataAsOf: described.asOf, ...(cmd.asOf ? { requestedAsOf: cmd.asOf } : {}) },
    io,
  );
  const core = valuation ? { peSmall: valuation.peSmall, peLarge: valuation.peLarge, date: valuation.date, source: valuation.source } : null;
  const report = computePair(small, large, { ...cmd, valuation: core });
  const json: ReportJson = { ...report, valuation, source: cmd.asOf ? { ...described, requestedAsOf: cmd.asOf } : described };
  return { json, ...(missing ? { valuationMissing: missing } : {}) };
}

/** `rotation report`: text (verdict first) or one JSON object on stdout. */
export async function runReport(cmd: ReportCommand, io: CliIo): Promise<number> {
  const { json, valuationMissing } = await buildReport(cmd, io);
  if (cmd.json) {
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const { source, ...report } = json;
    const colors = createColors(colorWanted(io.stdoutIsTTY, io.env));
    io.stdout(`${formatReportText(report, source, colors, { episodes: cmd.episodes, valuationMissing })}\n`);
  }
  return 0;
}
