/**
 * Valuation readings: the dated P/E readings the discount uses. Shipped readings are read-only and
 * marked; the user's own can be added, edited and deleted (validated with ValuationReadingSchema).
 */
import { readingDiscount, SHIPPED_READINGS } from '@rotation-lens/market-data';
import { useState } from 'preact/hooks';
import * as v from 'valibot';
import { ValuationReadingSchema } from '../../settings/schema.ts';
import { formatNumber, formatPercent } from '@rotation-lens/present';
import type { SectionProps } from '../types.ts';

type Reading = v.InferOutput<typeof ValuationReadingSchema>;
const EMPTY = { date: '', smallIndex: 'S&P 600', largeIndex: 'S&P 500', peSmall: '', peLarge: '', basis: 'forward', source: '', url: '', note: '' };
type Draft = typeof EMPTY;

const FIELDS: { key: keyof Draft; label: string; type?: string }[] = [
  { key: 'date', label: 'Date', type: 'date' },
  { key: 'smallIndex', label: 'Small-cap index' },
  { key: 'largeIndex', label: 'Large-cap index' },
  { key: 'peSmall', label: 'Small-cap P/E', type: 'number' },
  { key: 'peLarge', label: 'Large-cap P/E', type: 'number' },
  { key: 'source', label: 'Source' },
  { key: 'url', label: 'Source URL (optional)', type: 'url' },
  { key: 'note', label: 'Note (optional)' },
];

export function toReading(d: Draft, id: string): { ok: true; reading: Reading } | { ok: false; errors: Record<string, string> } {
  const candidate = {
    id,
    date: d.date,
    smallIndex: d.smallIndex.trim(),
    largeIndex: d.largeIndex.trim(),
    peSmall: d.peSmall === '' ? Number.NaN : Number(d.peSmall),
    peLarge: d.peLarge === '' ? Number.NaN : Number(d.peLarge),
    basis: d.basis,
    source: d.source.trim(),
    ...(d.url.trim() ? { url: d.url.trim() } : {}),
    ...(d.note.trim() ? { note: d.note.trim() } : {}),
    shipped: false,
  };
  const r = v.safeParse(ValuationReadingSchema, candidate);
  const errors: Record<string, string> = {};
  if (r.success) {
    if (isRealDate(r.output.date)) return { ok: true, reading: r.output };
  } else for (const issue of r.issues) errors[v.getDotPath(issue) ?? 'form'] ??= issue.message;
  if (candidate.date && !isRealDate(candidate.date)) errors['date'] ??= `${candidate.date} is not a calendar date`;
  return { ok: false, errors };
}

/** The schema's isoDate checks the shape only (it accepts 2024-02-30); this checks the calendar. */
const isRealDate = (d: string) => /^\d{4}-\d{2}-\d{2}$/.test(d) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d);

export function ValuationSection({ settings, apply }: SectionProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const rows: Reading[] = [...SHIPPED_READINGS.map((r) => ({ ...r, shipped: true })), ...settings.valuationReadings].sort((a, b) => b.date.localeCompare(a.date));

  const submit = async (e: Event) => {
    e.preventDefault();
    const id = editing ?? `user-${Date.now().toString(36)}`;
    const r = toReading(draft, id);
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    const ok = await apply((s) => {
      const at = s.valuationReadings.findIndex((x) => x.id === id);
      if (at >= 0) s.valuationReadings[at] = r.reading;
      else s.valuationReadings.push(r.reading);
    }, editing ? 'Reading updated' : 'Reading added');
    if (ok) {
      setDraft(EMPTY);
      setEditing(null);
    }
  };

  const startEdit = (r: Reading) => {
    setEditing(r.id);
    setDraft({ ...EMPTY, ...r, peSmall: String(r.peSmall), peLarge: String(r.peLarge), url: r.url ?? '', note: r.note ?? '' });
  };

  return (
    <section id="valuation" aria-labelledby="val-h" data-testid="section-valuation">
      <h2 id="val-h">Valuation readings</h2>
      <table data-testid="readings">
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Indices</th>
            <th scope="col" class="num">P/E small</th>
            <th scope="col" class="num">P/E large</th>
            <th scope="col">Discount</th>
            <th scope="col">Source</th>
            <th scope="col">
              <span class="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid={`reading-${r.id}`}>
              <td class="nowrap">{r.date}</td>
              <td>
                {r.smallIndex} / {r.largeIndex} <span class="muted">({r.basis})</span>
              </td>
              <td class="num">{formatNumber(r.peSmall, 1)}</td>
              <td class="num">{formatNumber(r.peLarge, 1)}</td>
              <td class="num" title="1 − small-cap P/E ÷ large-cap P/E (the published figure when a source gave only the discount)">
                {formatPercent(readingDiscount(r), 0, { signed: false })}
              </td>
              <td>{r.url ? <a href={r.url} target="_blank" rel="noreferrer noopener">{r.source}</a> : r.source}</td>
              <td>
                {r.shipped ? (
                  <span class="tag">shipped</span>
                ) : (
                  <>
                    <button type="button" aria-label={`Edit reading of ${r.date}`} onClick={() => startEdit(r)}>
                      Edit
                    </button>
                    <button type="button" aria-label={`Delete reading of ${r.date}`} onClick={() =>
                        void apply((s) => {
                          s.valuationReadings = s.valuationReadings.filter((x) => x.id !== r.id);
                        }, 'Reading deleted')
                      }>
                      Delete
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{editing ? 'Edit reading' : 'Add a reading'}</h3>
      <form onSubmit={(e) => void submit(e)} data-testid="reading-form" noValidate>
        {FIELDS.map((f) => (
          <label key={f.key} class="field">
            <span>{f.label}</span>
            <input
              name={f.key}
              type={(f.type ?? 'text') as 'text'}
              step={f.type === 'number' ? 'any' : undefined}
              value={draft[f.key]}
              aria-invalid={errors[f.key] !== undefined}
              onInput={(e) => {
                const value = e.currentTarget.value;
                setDraft((d) => ({ ...d, [f.key]: value }));
              }}
            />
            {errors[f.key] && (
              <span class="error" role="alert">
                {errors[f.key]}
              </span>
            )}
          </label>
        ))}
        <label class="field">
          <span>Basis</span>
          <select name="basis" value={draft.basis} onChange={(e) => {
              const basis = e.currentTarget.value;
              setDraft((d) => ({ ...d, basis }));
            }}>
            <option value="forward">Forward</option>
            <option value="trailing">Trailing</option>
          </select>
        </label>
        <button type="submit">{editing ? 'Save reading' : 'Add reading'}</button>
        {editing && (
          <button
            type="button"
            onClick={() => {
              setEditing(null);
              setDraft(EMPTY);
              setErrors({});
            }}
          >
            Cancel
          </button>
        )}
      </form>
    </section>
  );
}
