/**
 * Typed errors of @rotation-lens/core. Bad input never yields a silent NaN or a generic Error:
 * callers switch on `code`.
 */
export type CoreErrorCode =
  | 'EMPTY_SERIES'
  | 'TOO_SHORT'
  | 'NON_FINITE'
  | 'NON_POSITIVE_PRICE'
  | 'UNSORTED_DATES'
  | 'DUPLICATE_DATE'
  | 'BAD_DATE'
  | 'NO_COMMON_DATES'
  | 'AS_OF_OUT_OF_RANGE'
  | 'BAD_OPTION';

export class CoreError extends Error {
  override readonly name = 'CoreError';
  constructor(
    readonly code: CoreErrorCode,
    message: string,
    /** Which series ('small', 'large' or a symbol) and which index/date, when known. */
    readonly detail: { series?: string; index?: number; date?: string } = {},
  ) {
    super(message);
  }
}

export const isCoreError = (e: unknown): e is CoreError => e instanceof CoreError;
