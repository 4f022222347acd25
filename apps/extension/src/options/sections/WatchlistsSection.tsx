/**
 * Watchlists: several named lists; create, rename, delete (with undo), reorder (buttons), add symbols
 * (checked against the provider with `validate-symbol`) and remove them; import/export JSON and CSV.
 * Import is all-or-nothing: a bad file changes nothing and its errors are listed line by line.
 */
import { isTickerShape } from '@rotation-lens/market-data';
import { useState } from 'preact/hooks';
import { exportWatchlistsCsv, exportWatchlistsJson, type ImportError, importFit, parseWatchlistsFile, applyImport } from '../io/import-export.ts';
import { send } from '../../contracts/send.ts';
import { LIMITS, type Watchlist } from '../../settings/schema.ts';
import { downloadText, readFileText } from '../download.ts';
import type { SectionProps } from '../types.ts';
import { ImportTooBig, type TooBig } from './ImportTooBig.tsx';

const newId = () => `list-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

export function WatchlistsSection({ settings, apply, area, moveTo }: SectionProps) {
  const lists = settings.watchlists;
  const [selectedId, setSelectedId] = useState(settings.activeWatchlistId);
  const selected = lists.find((w) => w.id === selectedId) ?? lists[0]!;
  const [deleted, setDeleted] = useState<{ list: Watchlist; index: number; wasActive: boolean } | null>(null);
  const [symbolError, setSymbolError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [importErrors, setImportErrors] = useState<ImportError[]>([]);
  const [importMode, setImportMode] = useState<'merge' | 'replace'>('merge');
  const [tooBig, setTooBig] = useState<(TooBig & { keep: () => Promise<boolean> }) | null>(null);

  const edit = (fn: (w: Watchlist) => void, message?: string) =>
    apply((s) => {
      const w = s.watchlists.find((x) => x.id === selected.id);
      if (w) fn(w);
    }, message);

  const create = async () => {
    const id = newId();
    const name = `Watchlist ${lists.length + 1}`;
    if (await apply((s) => void s.watchlists.push({ id, name, symbols: [] }), `Created “${name}”`)) setSelectedId(id);
  };

  const remove = async (w: Watchlist) => {
    if (lists.length === 1) return;
    const index = lists.findIndex((x) => x.id === w.id);
    const wasActive = settings.activeWatchlistId === w.id;
    const ok = await apply((s) => {
      s.watchlists.splice(index, 1);
      if (wasActive) s.activeWatchlistId = s.watchlists[0]!.id;
    }, `Deleted “${w.name}”`);
    if (ok) {
      setDeleted({ list: w, index, wasActive });
      if (selectedId === w.id) setSelectedId(lists[index === 0 ? 1 : 0]!.id);
    }
  };

  const undo = async () => {
    if (!deleted) return;
    const { list, index, wasActive } = deleted;
    const ok = await apply((s) => {
      s.watchlists.splice(Math.min(index, s.watchlists.length), 0, list);
      if (wasActive) s.activeWatchlistId = list.id;
    }, `Restored “${list.name}”`);
    if (ok) {
      setDeleted(null);
      setSelectedId(list.id);
    }
  };

  const move = (index: number, by: -1 | 1) =>
    apply((s) => {
      const [w] = s.watchlists.splice(index, 1);
      s.watchlists.splice(index + by, 0, w!);
    });

  const addSymbol = async (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('symbol') as HTMLInputElement;
    const raw = input.value.trim().toUpperCase();
    setSymbolError(null);
    if (!isTickerShape(raw)) return setSymbolError(`“${input.value.trim()}” is not a ticker symbol`);
    if (selected.symbols.includes(raw)) return setSymbolError(`${raw} is already in “${selected.name}”`);
    if (selected.symbols.length >= LIMITS.symbolsPerList) return setSymbolError(`a watchlist holds at most ${LIMITS.symbolsPerList} symbols`);
    setChecking(true);
    const reply = await send({ type: 'validate-symbol', symbol: raw });
    setChecking(false);
    if (!reply.ok) return setSymbolError(`${raw} was not added: ${reply.error.message}`);
    const symbol = reply.data.symbol;
    if (selected.symbols.includes(symbol)) return setSymbolError(`${symbol} is already in “${selected.name}”`);
    if (await edit((w) => void w.symbols.push(symbol), `Added ${symbol}${reply.data.name ? ` (${reply.data.name})` : ''}`)) input.value = '';
  };

  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await readFileText(file);
    input.value = '';
    const result = parseWatchlistsFile(text);
    setTooBig(null);
    if (!result.ok) {
      setImportErrors(result.errors);
      return;
    }
    setImportErrors([]);
    const mode = importMode;
    const done = `Imported ${result.watchlists.length} watchlist(s) from ${file.name}`;
    const fit = importFit(settings, result.watchlists, mode, area);
    if (!fit.ok) {
      const keep = () => moveTo('device', (s) => applyImport(s, result.watchlists, mode), `${done}; lists are kept on this device only`);
      setTooBig({ message: fit.message, file: file.name, keep });
      return;
    }
    setTooBig(null);
    await apply((s) => applyImport(s, result.watchlists, mode), done);
  };

  return (
    <section id="watchlists" aria-labelledby="wl-h" data-testid="section-watchlists">
      <h2 id="wl-h">Watchlists</h2>
      <ul class="list" aria-label="Watchlists">
        {lists.map((w, i) => (
          <li key={w.id} data-testid={`list-${w.id}`}>
            <input type="radio" name="wl-selected" checked={w.id === selected.id} onChange={() => setSelectedId(w.id)} aria-label={`Edit ${w.name}`} />
            <span class="grow">
              {w.name} <span class="muted">({w.symbols.length})</span>
              {w.id === settings.activeWatchlistId && <span class="tag"> active</span>}
            </span>
            <button type="button" aria-label={`Move ${w.name} up`} disabled={i === 0} onClick={() => void move(i, -1)}>
              ↑
            </button>
            <button type="button" aria-label={`Move ${w.name} down`} disabled={i === lists.length - 1} onClick={() => void move(i, 1)}>
              ↓
            </button>
            <button type="button" aria-label={`Delete ${w.name}`} disabled={lists.length === 1} onClick={() => void remove(w)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" onClick={() => void create()} data-testid="new-list">
          New watchlist
        </button>{' '}
        {deleted && (
          <button type="button" onClick={() => void undo()} data-testid="undo-delete">
            Undo delete of “{deleted.list.name}”
          </button>
        )}
      </p>

      <h3>Edit “{selected.name}”</h3>
      <label class="field">
        <span>Name</span>
        <input
          key={selected.id}
          value={selected.name}
          maxLength={LIMITS.listName}
          data-testid="list-name"
          onChange={(e) => {
            const name = e.currentTarget.value.trim();
            if (name) void edit((w) => {
            w.name = name;
          }, 'Renamed');
          }}
        />
      </label>
      <label class="field">
        <input type="checkbox" checked={settings.activeWatchlistId === selected.id} disabled={settings.activeWatchlistId === selected.id} onChange={() => void apply((s) => {
            s.activeWatchlistId = selected.id;
          })} />
        <span>Show this list in the popup and highlight its symbols on pages</span>
      </label>
      <ul aria-label={`Symbols in ${selected.name}`} class="chips" data-testid="symbols">
        {selected.symbols.length === 0 && <li class="muted">No symbols yet.</li>}
        {selected.symbols.map((sym) => (
          <li key={sym} class="chip">
            {sym}
            <button type="button" aria-label={`Remove ${sym}`} onClick={() =>
                void edit((w) => {
                  w.symbols = w.symbols.filter((x) => x !== sym);
                }, `Removed ${sym}`)
              }>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void addSymbol(e)} class="field">
        <input name="symbol" aria-label="Symbol to add" placeholder="e.g. IJR, BRK-B, ^RUT" autocomplete="off" data-testid="symbol-input" aria-invalid={symbolError !== null} aria-describedby="symbol-error" />
        <button type="submit" disabled={checking} data-testid="add-symbol">
          {checking ? 'Checking…' : 'Add'}
        </button>
      </form>
      <p id="symbol-error" role="alert" class={symbolError ? 'error' : ''} data-testid="symbol-error">
        {symbolError ?? ''}
      </p>

      <h3>Import and export</h3>
      <div class="field">
        <button type="button" onClick={() => downloadText('rotation-lens-watchlists.json', exportWatchlistsJson(lists), 'application/json')} data-testid="export-json">
          Export JSON
        </button>
        <button type="button" onClick={() => downloadText('rotation-lens-watchlists.csv', exportWatchlistsCsv(lists), 'text/csv')} data-testid="export-csv">
          Export CSV
        </button>
      </div>
      <div class="field">
        <label>
          Import mode{' '}
          <select value={importMode} onChange={(e) => setImportMode(e.currentTarget.value as 'merge' | 'replace')} data-testid="import-mode">
            <option value="merge">Merge (same id replaces, new lists added)</option>
            <option value="replace">Replace all watchlists</option>
          </select>
        </label>
        <label>
          Import file <input type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void importFile(e)} data-testid="import-file" />
        </label>
      </div>
      {tooBig && <ImportTooBig tooBig={tooBig} area={area} keepOnDevice={() => void tooBig.keep().then((ok) => ok && setTooBig(null))} />}
      {importErrors.length > 0 && (
        <div role="alert" data-testid="import-errors">
          <p>Nothing was imported. Fix these lines and try again:</p>
          <ol class="errors">
            {importErrors.map((er) => (
              <li key={`${er.line}:${er.message}`}>
                Line {er.line}: {er.message}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
