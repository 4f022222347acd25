/** Whole days since 1970-01-01 for a 'YYYY-MM-DD' date (UTC calendar arithmetic, no time zone). */
export const dayNumberOf = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
