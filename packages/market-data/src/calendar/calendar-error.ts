/**
 * Typed error for bad calendar input (a malformed 'YYYY-MM-DD', or asking for the close of a non-session).
 * Calendar functions never return NaN or an Invalid Date: they throw this instead.
 */
export class CalendarError extends RangeError {
  override readonly name = 'CalendarError';
}
