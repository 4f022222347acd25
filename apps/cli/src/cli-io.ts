import type { FetchLike } from '@rotation-lens/market-data';

/** Everything the CLI touches outside itself, injected so tests run main() in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Network for the HTTP providers (tests inject one that talks to 127.0.0.1). */
  fetch?: FetchLike;
  /** Clock for cache freshness and the sample simulator's end date. */
  now?: () => Date;
}
