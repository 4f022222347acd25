/**
 * The options form's draft of a user reading: text fields as typed (percentages for growth estimates),
 * turned into a validated reading (ValuationReadingSchema) with errors keyed by the field that caused them.
 */
import * as v from 'valibot';
import { ValuationReadingSchema } from '../../settings/schema.ts';

export type Reading = v.InferOutput<typeof ValuationReadingSchema>;

export const EMPTY_DRAFT = {
  date: '', smallIndex: 'S&P 600', largeIndex: 'S&P 500', peSmall: '', peLarge: '', basis: 'forward', source: '', url: '', note: '',
  growthSmallLow: '', growthSmallHigh: '', growthLargeLow: '', growthLargeHigh: '', growthSource: '',
};
export type Draft = typeof EMPTY_DRAFT;

export const READING_FIELDS: { key: keyof Draft; label: string; type?: string }[] = [
  { key: 'date', label: 'Date', type: 'date' },
  { key: 'smallIndex', label: 'Small-cap index' },
  { key: 'largeIndex', label: 'Large-cap index' },
  { key: 'peSmall', label: 'Small-cap P/E', type: 'number' },
  { key: 'peLarge', label: 'Large-cap P/E', type: 'number' },
  { key: 'source', label: 'Source' },
  { key: 'url', label: 'Source URL (optional)', type: 'url' },
  { key: 'note', label: 'Note (optional)' },
];

/** Earnings-growth estimates quoted with the reading, in percent; all optional (a single figure: low only). */
export const GROWTH_FIELDS: { key: keyof Draft; label: string; type?: string }[] = [
  { key: 'growthSmallLow', label: 'Small caps, low %', type: 'number' },
  { key: 'growthSmallHigh', label: 'Small caps, high % (optional)', type: 'number' },
  { key: 'growthLargeLow', label: 'Large caps, low % (optional)', type: 'number' },
  { key: 'growthLargeHigh', label: 'Large caps, high % (optional)', type: 'number' },
  { key: 'growthSource', label: 'Source of the estimates' },
];

const GROWTH_KEYS = GROWTH_FIELDS.map((f) => f.key);
const num = (s: string) => (s.trim() === '' ? Number.NaN : Number(s));
/** A range from "low" and "high" percent; high defaults to low (one figure). */
const range = (low: string, high: string) => ({ low: num(low) / 100, high: (high.trim() === '' ? num(low) : num(high)) / 100 });

function growthOf(d: Draft): Reading['earningsGrowth'] | undefined {
  if (GROWTH_KEYS.every((k) => d[k].trim() === '')) return undefined;
  const hasLarge = d.growthLargeLow.trim() !== '' || d.growthLargeHigh.trim() !== '';
  return {
    small: range(d.growthSmallLow, d.growthSmallHigh),
    ...(hasLarge ? { large: range(d.growthLargeLow, d.growthLargeHigh) } : {}),
    source: d.growthSource.trim(),
  };
}

/**
 * A schema issue's path → the form field that shows it: a range's "low > high" goes to its high field,
 * and an issue of a high figure left empty (it took the low one) to the low field.
 */
function fieldOf(path: string, d: Draft): string {
  const m = /^earningsGrowth\.(small|large)(?:\.(low|high))?$/.exec(path);
  if (path === 'earningsGrowth.source') return 'growthSource';
  if (!m) return path;
  const side = m[1] === 'small' ? 'Small' : 'Large';
  const high = `growth${side}High` as const;
  return m[2] !== 'low' && d[high].trim() !== '' ? high : `growth${side}Low`;
}

/** The schema's isoDate checks the shape only (it accepts 2024-02-30); this checks the calendar. */
const isRealDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

export function toReading(d: Draft, id: string): { ok: true; reading: Reading } | { ok: false; errors: Record<string, string> } {
  const growth = growthOf(d);
  const candidate = {
    id,
    date: d.date,
    smallIndex: d.smallIndex.trim(),
    largeIndex: d.largeIndex.trim(),
    peSmall: num(d.peSmall),
    peLarge: num(d.peLarge),
    basis: d.basis,
    source: d.source.trim(),
    ...(d.url.trim() ? { url: d.url.trim() } : {}),
    ...(d.note.trim() ? { note: d.note.trim() } : {}),
    ...(growth ? { earningsGrowth: growth } : {}),
    shipped: false,
  };
  const r = v.safeParse(ValuationReadingSchema, candidate);
  const errors: Record<string, string> = {};
  if (r.success) {
    if (isRealDate(r.output.date)) return { ok: true, reading: r.output };
  } else for (const issue of r.issues) errors[fieldOf(v.getDotPath(issue) ?? 'form', d)] ??= issue.message;
  if (candidate.date && !isRealDate(candidate.date)) errors['date'] ??= `${candidate.date} is not a calendar date`;
  return { ok: false, errors };
}

/** Percent text of a fraction, without float noise (0.17 → "17", 0.125 → "12.5"). */
const pct = (x: number | undefined) => (x === undefined ? '' : String(Math.round(x * 10000) / 100));

/** The form's draft of a stored reading (for editing). */
export function draftOf(r: Reading): Draft {
  const g = r.earningsGrowth;
  return {
    ...EMPTY_DRAFT,
    date: r.date, smallIndex: r.smallIndex, largeIndex: r.largeIndex, basis: r.basis, source: r.source,
    peSmall: String(r.peSmall), peLarge: String(r.peLarge), url: r.url ?? '', note: r.note ?? '',
    growthSmallLow: pct(g?.small.low), growthSmallHigh: g && g.small.high !== g.small.low ? pct(g.small.high) : '',
    growthLargeLow: pct(g?.large?.low), growthLargeHigh: g?.large && g.large.high !== g.large.low ? pct(g.large.high) : '',
    growthSource: g?.source ?? '',
  };
}
