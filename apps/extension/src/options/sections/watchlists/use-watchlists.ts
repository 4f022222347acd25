/**
 * The watchlists editor's state and actions (options → Watchlists): which list is being edited, create,
 * delete with undo, reorder, rename, make active, add a symbol (shape checked here, then against the
 * provider with `validate-symbol`) and remove one. Every change goes through the page's `apply` (the
 * validated settings store); an action resolves true when it was saved.
 */
import { isTickerShape } from '@rotation-lens/market-data';
import { useState } from 'preact/hooks';
import type { Reply } from '../../../contracts/messages.ts';
import { send } from '../../../contracts/send.ts';
import { LIMITS, type Settings, type Watchlist } from '../../../settings/schema.ts';
import type { Apply } from '../../types.ts';

/** Asks the worker whether the provider knows a symbol (its canonical form and name when known). */
export type ValidateSymbol = (symbol: string) => Promise<Reply<{ symbol: string; name?: string }>>;

const validateWithWorker: ValidateSymbol = (symbol) => send({ type: 'validate-symbol', symbol });
const newId = () => `list-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

export interface Deleted {
  list: Watchlist;
  index: number;
  wasActive: boolean;
}

export function useWatchlists(settings: Settings, apply: Apply, validate: ValidateSymbol = validateWithWorker) {
  const lists = settings.watchlists;
  const [selectedId, setSelectedId] = useState(settings.activeWatchlistId);
  const selected = lists.find((w) => w.id === selectedId) ?? lists[0]!;
  const lifecycle = useListLifecycle(settings, apply, selectedId, setSelectedId);

  /** Applies `fn` to the selected list as saved (the settings store's copy). */
  const edit: EditSelected = (fn, message) =>
    apply((s) => {
      const w = s.watchlists.find((x) => x.id === selected.id);
      if (w) fn(w);
    }, message);
  const adder = useSymbolAdder(selected, edit, validate);

  return {
    lists,
    selected,
    select: setSelectedId,
    isActive: (w: Watchlist) => settings.activeWatchlistId === w.id,
    ...lifecycle,
    move: (index: number, by: -1 | 1) =>
      apply((s) => {
        const [w] = s.watchlists.splice(index, 1);
        s.watchlists.splice(index + by, 0, w!);
      }),
    rename: (name: string) => {
      const trimmed = name.trim();
      if (!trimmed) return Promise.resolve(false);
      return edit((w) => {
        w.name = trimmed;
      }, 'Renamed');
    },
    makeActive: () =>
      apply((s) => {
        s.activeWatchlistId = selected.id;
      }),
    removeSymbol: (sym: string) =>
      edit((w) => {
        w.symbols = w.symbols.filter((x) => x !== sym);
      }, `Removed ${sym}`),
    ...adder,
  };
}

type EditSelected = (fn: (w: Watchlist) => void, message?: string) => Promise<boolean>;

/**
 * Creating, deleting and restoring lists: a new list is selected; a deleted one is kept (`deleted`) for
 * undo, the selection moves off it and, when it was the active list, the first list becomes active;
 * undo puts it back at its place, active again if it was, and selects it.
 */
function useListLifecycle(settings: Settings, apply: Apply, selectedId: string, setSelectedId: (id: string) => void) {
  const lists = settings.watchlists;
  const [deleted, setDeleted] = useState<Deleted | null>(null);

  const create = async () => {
    const id = newId();
    const name = `Watchlist ${lists.length + 1}`;
    const ok = await apply((s) => void s.watchlists.push({ id, name, symbols: [] }), `Created “${name}”`);
    if (ok) setSelectedId(id);
    return ok;
  };

  const remove = async (w: Watchlist) => {
    if (lists.length === 1) return false;
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
    return ok;
  };

  const undo = async () => {
    if (!deleted) return false;
    const { list, index, wasActive } = deleted;
    const ok = await apply((s) => {
      s.watchlists.splice(Math.min(index, s.watchlists.length), 0, list);
      if (wasActive) s.activeWatchlistId = list.id;
    }, `Restored “${list.name}”`);
    if (ok) {
      setDeleted(null);
      setSelectedId(list.id);
    }
    return ok;
  };

  return { deleted, create, remove, undo };
}

/** Why `raw` cannot be added to `list` without asking the provider, or null. */
function symbolProblem(list: Watchlist, raw: string, typed: string): string | null {
  if (!isTickerShape(raw)) return `“${typed}” is not a ticker symbol`;
  if (list.symbols.includes(raw)) return `${raw} is already in “${list.name}”`;
  if (list.symbols.length >= LIMITS.symbolsPerList) return `a watchlist holds at most ${LIMITS.symbolsPerList} symbols`;
  return null;
}

/** Adding a typed symbol to the selected list: its shape and the list checked here, then the provider asked. */
function useSymbolAdder(selected: Watchlist, edit: EditSelected, validate: ValidateSymbol) {
  const [symbolError, setSymbolError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);

  /** Adds what the user typed to the selected list once the provider knows it; false (with symbolError) otherwise. */
  const addSymbol = async (typed: string): Promise<boolean> => {
    const raw = typed.trim().toUpperCase();
    const problem = symbolProblem(selected, raw, typed.trim());
    setSymbolError(problem);
    if (problem) return false;
    setChecking(true);
    const reply = await validate(raw);
    setChecking(false);
    const refused = !reply.ok
      ? `${raw} was not added: ${reply.error.message}`
      : selected.symbols.includes(reply.data.symbol)
        ? `${reply.data.symbol} is already in “${selected.name}”`
        : null;
    setSymbolError(refused);
    if (!reply.ok || refused) return false;
    const { symbol, name } = reply.data;
    return edit((w) => void w.symbols.push(symbol), `Added ${symbol}${name ? ` (${name})` : ''}`);
  };

  return { addSymbol, symbolError, checking };
}

export type WatchlistsState = ReturnType<typeof useWatchlists>;
