import type { Command } from '../args.ts';
import type { CliIo } from '../cli-io.ts';
import { computePair } from '../compute.ts';
import { colorWanted, createColors } from '../format/color.ts';
import { formatReportText } from '../format/report-text.ts';
import { openSource } from '../io/open-source.ts';
import { describeSource, type ReportJson } from '../report-source.ts';

type ReportCommand = Extract<Command, { kind: 'report' }>;

/** Builds the report JSON object (core report + source). Exported for tests and scan. */
export async function buildReport(cmd: ReportCommand, io: CliIo): Promise<ReportJson> {
  const source = openSource(cmd.data, io);
  const [small, large] = await Promise.all([source.load(cmd.small), source.load(cmd.large)]);
  const report = computePair(small, large, cmd);
  const described = describeSource(source.label, small, large);
  return { ...report, source: cmd.asOf ? { ...described, requestedAsOf: cmd.asOf } : described };
}

/** `rotation report`: text (verdict first) or one JSON object on stdout. */
export async function runReport(cmd: ReportCommand, io: CliIo): Promise<number> {
  const json = await buildReport(cmd, io);
  if (cmd.json) {
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    const { source, ...report } = json;
    const colors = createColors(colorWanted(io.stdoutIsTTY, io.env));
    io.stdout(`${formatReportText(report, source, colors, cmd.episodes)}\n`);
  }
  return 0;
}
