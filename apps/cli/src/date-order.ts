/** Earliest / latest of ISO dates ('YYYY-MM-DD' sorts as text). Callers pass at least one date. */
export const earliestDate = (dates: string[]): string => [...dates].sort()[0]!;
export const latestDate = (dates: string[]): string => [...dates].sort().at(-1)!;
