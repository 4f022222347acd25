import type { CliIo } from '../src/cli-io.ts';
import { run } from '../src/run.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs main's logic in-process with captured output; not a TTY unless asked. */
export async function runCli(argv: string[], io: Partial<CliIo> = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    stdoutIsTTY: false,
    stderrIsTTY: false,
    env: {},
    cwd: process.cwd(),
    ...io,
  });
  return { code, stdout, stderr };
}
