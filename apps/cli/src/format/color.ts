/** ANSI styling that is a no-op when disabled, so formatters never branch on colour themselves. */
export interface Colors {
  enabled: boolean;
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  /** Green for > 0, red for < 0, plain otherwise (null too). */
  sign(value: number | null, s: string): string;
}

const wrap =
  (enabled: boolean, open: number, close: number) =>
  (s: string): string =>
    enabled ? `\u001b[${open}m${s}\u001b[${close}m` : s;

export function createColors(enabled: boolean): Colors {
  const green = wrap(enabled, 32, 39);
  const red = wrap(enabled, 31, 39);
  return {
    enabled,
    bold: wrap(enabled, 1, 22),
    dim: wrap(enabled, 2, 22),
    green,
    red,
    yellow: wrap(enabled, 33, 39),
    sign: (v, s) => (v === null || v === 0 ? s : v > 0 ? green(s) : red(s)),
  };
}

/** Colour only for a terminal, and never when NO_COLOR is set to a non-empty value (no-color.org). */
export const colorWanted = (isTTY: boolean, env: Record<string, string | undefined>): boolean =>
  isTTY && !env.NO_COLOR && env.TERM !== 'dumb';

/** The text without its ANSI colour escapes. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the ANSI escape is the point.
export const stripAnsi = (s: string): string => s.replace(/\u001b\[[0-9;]*m/g, '');

/** Visible width of a string: ANSI escapes removed. */
export const visibleLength = (s: string): number => stripAnsi(s).length;
