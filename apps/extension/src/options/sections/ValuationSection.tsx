/**
 * Valuation readings: the dated P/E readings the discount uses, newest first — published figures shipped
 * with the product (read-only, labelled "published"), the live readings the worker fetched (labelled
 * "live"), and the user's own (added, edited and deleted here, validated with ValuationReadingSchema,
 * with optional earnings-growth estimates). Above them, the switch for live readings.
 */
import { readingDiscount, SHIPPED_READINGS } from '@rotation-lens/market-data';
import { formatNumber, formatPercent } from '@rotation-lens/present';
import { useState } from 'preact/hooks';
import type { SectionProps } from '../types.ts';
import { LiveReadings } from './LiveReadings.tsx';
import { useLiveReadingsList } from './live-readings-list.ts';
import { type Draft, draftOf, EMPTY_DRAFT, GROWTH_FIELDS, READING_FIELDS, type Reading, toReading } from './reading-draft.ts';

/** Live readings listed at most (newest first); the rest are counted. */
const LIVE_SHOWN = 10;

type Row = Reading & { kind: 'published' | 'live' | 'yours' };

const KIND_TITLE = {
  published: 'A published figure shipped with Rotation Lens (not yours to edit)',
  live: 'Fetched from Yahoo Finance by the daily live reading',
};

function ReadingRow({ r, onEdit, onDelete }: { r: Row; onEdit: () => void; onDelete: () => void }) {
  return (
    <tr data-testid={`reading-${r.id}`} data-kind={r.kind}>
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
        {r.kind === 'yours' ? (
          <>
            <button type="button" aria-label={`Edit reading of ${r.date}`} onClick={onEdit}>
              Edit
            </button>
            <button type="button" aria-label={`Delete reading of ${r.date}`} onClick={onDelete}>
              Delete
            </button>
          </>
        ) : (
          <span class="tag" title={KIND_TITLE[r.kind]}>
            {r.kind}
          </span>
        )}
      </td>
    </tr>
  );
}

function Field({ f, draft, error, set }: { f: (typeof READING_FIELDS)[number]; draft: Draft; error: string | undefined; set: (key: keyof Draft, value: string) => void }) {
  return (
    <label class="field">
      <span>{f.label}</span>
      <input
        name={f.key}
        type={(f.type ?? 'text') as 'text'}
        step={f.type === 'number' ? 'any' : undefined}
        value={draft[f.key]}
        aria-invalid={error !== undefined}
        onInput={(e) => set(f.key, e.currentTarget.value)}
      />
      {error && (
        <span class="error" role="alert">
          {error}
        </span>
      )}
    </label>
  );
}

export function ValuationSection({ settings, apply }: SectionProps) {
  const [draft, setDraft] = useState<Draft>(EMPTY_DRAFT);
  const [editing, setEditing] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const liveState = useLiveReadingsList();
  const live = liveState.readings;
  const newestLive = [...live].sort((a, b) => b.date.localeCompare(a.date)).slice(0, LIVE_SHOWN);
  const rows: Row[] = [
    ...SHIPPED_READINGS.map((r) => ({ ...r, kind: 'published' as const })),
    ...newestLive.map((r) => ({ ...r, kind: 'live' as const })),
    ...settings.valuationReadings.map((r) => ({ ...r, kind: 'yours' as const })),
  ].sort((a, b) => b.date.localeCompare(a.date));
  const set = (key: keyof Draft, value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const reset = () => {
    setEditing(null);
    setDraft(EMPTY_DRAFT);
    setErrors({});
  };

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
    if (ok) reset();
  };
  const remove = (id: string) =>
    void apply((s) => {
      s.valuationReadings = s.valuationReadings.filter((x) => x.id !== id);
    }, 'Reading deleted');

  return (
    <section id="valuation" aria-labelledby="val-h" data-testid="section-valuation">
      <h2 id="val-h">Valuation readings</h2>
      <LiveReadings settings={settings} state={liveState} />
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
              <span class="sr-only">Kind or actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <ReadingRow key={`${r.kind}-${r.id}`} r={r} onEdit={() => { setEditing(r.id); setDraft(draftOf(r)); }} onDelete={() => remove(r.id)} />
          ))}
        </tbody>
      </table>
      {live.length > LIVE_SHOWN && <p class="muted">{live.length - LIVE_SHOWN} older live readings are kept and not listed.</p>}
      <h3>{editing ? 'Edit reading' : 'Add a reading'}</h3>
      <form onSubmit={(e) => void submit(e)} data-testid="reading-form" noValidate>
        {READING_FIELDS.map((f) => <Field key={f.key} f={f} draft={draft} error={errors[f.key]} set={set} />)}
        <label class="field">
          <span>Basis</span>
          <select name="basis" value={draft.basis} onChange={(e) => set('basis', e.currentTarget.value)}>
            <option value="forward">Forward</option>
            <option value="trailing">Trailing</option>
          </select>
        </label>
        <fieldset>
          <legend>Earnings-growth estimates quoted with it (optional)</legend>
          {GROWTH_FIELDS.map((f) => <Field key={f.key} f={f} draft={draft} error={errors[f.key]} set={set} />)}
        </fieldset>
        <button type="submit">{editing ? 'Save reading' : 'Add reading'}</button>
        {editing && (
          <button type="button" onClick={reset}>
            Cancel
          </button>
        )}
      </form>
    </section>
  );
}
