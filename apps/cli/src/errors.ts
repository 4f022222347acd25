import { isCoreError } from '@rotation-lens/core';
import { escapeControls, isCsvError, isMarketDataError } from '@rotation-lens/market-data';

/** Exit codes: 0 ok, 1 data problem (missing file, bad row, unknown symbol, offline…), 2 usage (flags, dates). */
export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;

/** An error the CLI reports as exactly one line `rotation: <message>` on stderr, never with a stack. */
export class CliError extends Error {
  override readonly name: string = 'CliError';
  constructor(
    message: string,
    readonly exitCode: number = EXIT_DATA,
  ) {
    super(message);
  }
}

/** Bad command line: unknown flag, missing or malformed value. Exit 2. */
export class UsageError extends CliError {
  override readonly name = 'UsageError';
  constructor(message: string) {
    super(message, EXIT_USAGE);
  }
}

/**
 * Keeps one line: the first line of a message, trimmed, with every control character written as a visible
 * escape — a message may quote a file or flag, and ESC / BEL / U+202E from there must never reach the terminal.
 */
const oneLine = (s: string): string => escapeControls(s.split(/\r?\n/, 1)[0]!.trim());

/**
 * Maps anything thrown below the CLI to one line and an exit code. Typed errors of the packages keep their
 * own message (they name symbol, file and line); unexpected errors say "internal error" but still no stack.
 */
export function describeError(e: unknown): { message: string; exitCode: number } {
  if (e instanceof CliError) return { message: oneLine(e.message), exitCode: e.exitCode };
  if (isCsvError(e) || isMarketDataError(e) || isCoreError(e)) return { message: oneLine(e.message), exitCode: EXIT_DATA };
  if (e instanceof Error) return { message: `internal error: ${oneLine(e.message)}`, exitCode: EXIT_DATA };
  return { message: `internal error: ${String(e)}`, exitCode: EXIT_DATA };
}
