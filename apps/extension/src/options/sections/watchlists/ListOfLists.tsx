/** The watchlists, one row each: pick the one to edit, reorder, delete; "New watchlist" and the undo of a delete. */
import type { WatchlistsState } from './use-watchlists.ts';

export function ListOfLists({ wl }: { wl: WatchlistsState }) {
  const { lists, selected } = wl;
  return (
    <>
      <ul class="list" aria-label="Watchlists">
        {lists.map((w, i) => (
          <li key={w.id} data-testid={`list-${w.id}`}>
            <input type="radio" name="wl-selected" checked={w.id === selected.id} onChange={() => wl.select(w.id)} aria-label={`Edit ${w.name}`} />
            <span class="grow">
              {w.name} <span class="muted">({w.symbols.length})</span>
              {wl.isActive(w) && <span class="tag"> active</span>}
            </span>
            <button type="button" aria-label={`Move ${w.name} up`} disabled={i === 0} onClick={() => void wl.move(i, -1)}>
              ↑
            </button>
            <button type="button" aria-label={`Move ${w.name} down`} disabled={i === lists.length - 1} onClick={() => void wl.move(i, 1)}>
              ↓
            </button>
            <button type="button" aria-label={`Delete ${w.name}`} disabled={lists.length === 1} onClick={() => void wl.remove(w)}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" onClick={() => void wl.create()} data-testid="new-list">
          New watchlist
        </button>{' '}
        {wl.deleted && (
          <button type="button" onClick={() => void wl.undo()} data-testid="undo-delete">
            Undo delete of “{wl.deleted.list.name}”
          </button>
        )}
      </p>
    </>
  );
}
