/**
 * Session dates in an exchange's time zone. Invariant: never uses the machine's local zone —
 * a bar stamped 2024-03-11T13:30Z is the 2024-03-11 session in New York wherever the code runs.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-CA formats as YYYY-MM-DD.
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** 'YYYY-MM-DD' of an instant (ms since epoch) in `timeZone`. Throws RangeError for an unknown zone. */
export function dateInZone(epochMs: number, timeZone: string): string {
  const parts = formatter(timeZone).formatToParts(new Date(epochMs));
  const get = (type: string) => parts.find((x) => x.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

export const NEW_YORK = 'America/New_York';
