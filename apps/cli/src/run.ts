import { parseArgs } from './args.ts';
import type { CliIo } from './cli-io.ts';
import { runBreadth } from './commands/breadth.ts';
import { runReport } from './commands/report.ts';
import { runScan } from './commands/scan.ts';
import { describeError, EXIT_OK } from './errors.ts';
import { helpText } from './help.ts';
import { VERSION } from './version.ts';

/**
 * Runs one CLI invocation and returns the exit code. Never throws: every failure becomes one line
 * `rotation: <message>` on stderr (no stack trace) and exit 1 (data) or 2 (usage).
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    const cmd = parseArgs(argv, io.env);
    switch (cmd.kind) {
      case 'help':
        io.stdout(`${helpText(cmd.topic)}\n`);
        return EXIT_OK;
      case 'version':
        io.stdout(`rotation ${VERSION}\n`);
        return EXIT_OK;
      case 'report':
        return await runReport(cmd, io);
      case 'scan':
        return await runScan(cmd, io);
      case 'breadth':
        return await runBreadth(cmd, io);
    }
  } catch (e) {
    const { message, exitCode } = describeError(e);
    io.stderr(`rotation: ${message}\n`);
    return exitCode;
  }
}
