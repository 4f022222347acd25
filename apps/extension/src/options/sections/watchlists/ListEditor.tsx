/** The selected watchlist: its name, whether it is the active one, its symbols (remove) and the add-a-symbol form. */
import { LIMITS } from '../../../settings/schema.ts';
import type { WatchlistsState } from './use-watchlists.ts';

export function ListEditor({ wl }: { wl: WatchlistsState }) {
  const { selected } = wl;
  const active = wl.isActive(selected);
  const add = async (e: Event) => {
    e.preventDefault();
    const input = (e.currentTarget as HTMLFormElement).elements.namedItem('symbol') as HTMLInputElement;
    if (await wl.addSymbol(input.value)) input.value = '';
  };
  return (
    <>
      <h3>Edit “{selected.name}”</h3>
      <label class="field">
        <span>Name</span>
        <input key={selected.id} value={selected.name} maxLength={LIMITS.listName} data-testid="list-name" onChange={(e) => void wl.rename(e.currentTarget.value)} />
      </label>
      <label class="field">
        <input type="checkbox" checked={active} disabled={active} onChange={() => void wl.makeActive()} />
        <span>Show this list in the popup and highlight its symbols on pages</span>
      </label>
      <ul aria-label={`Symbols in ${selected.name}`} class="chips" data-testid="symbols">
        {selected.symbols.length === 0 && <li class="muted">No symbols yet.</li>}
        {selected.symbols.map((sym) => (
          <li key={sym} class="chip">
            {sym}
            <button type="button" aria-label={`Remove ${sym}`} onClick={() => void wl.removeSymbol(sym)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void add(e)} class="field">
        <input name="symbol" aria-label="Symbol to add" placeholder="e.g. IJR, BRK-B, ^RUT" autocomplete="off" data-testid="symbol-input" aria-invalid={wl.symbolError !== null} aria-describedby="symbol-error" />
        <button type="submit" disabled={wl.checking} data-testid="add-symbol">
          {wl.checking ? 'Checking…' : 'Add'}
        </button>
      </form>
      <p id="symbol-error" role="alert" class={wl.symbolError ? 'error' : ''} data-testid="symbol-error">
        {wl.symbolError ?? ''}
      </p>
    </>
  );
}
