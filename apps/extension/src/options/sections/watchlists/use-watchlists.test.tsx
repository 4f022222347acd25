// The watchlists hook on its own: a probe component over an in-memory `apply` (no chrome, no store).
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../../settings/schema.ts';
import { mount } from '../../../test/dom.ts';
import type { Apply } from '../../types.ts';
import { useWatchlists, type ValidateSymbol, type WatchlistsState } from './use-watchlists.ts';

let unmount: (() => void) | undefined;
afterEach(() => unmount?.());

/** Mounts the hook; `state()` is its latest value, `saved` every settings object `apply` stored, `messages` their success texts. */
function probe(opts: { refuse?: boolean; validate?: ValidateSymbol } = {}) {
  let current!: WatchlistsState;
  const saved: Settings[] = [];
  const messages: (string | undefined)[] = [];
  function Probe() {
    const [settings, setSettings] = useState<Settings>(structuredClone(DEFAULT_SETTINGS));
    const apply: Apply = async (edit, success) => {
      if (opts.refuse) return false;
      const draft = structuredClone(settings);
      const next = edit(draft) ?? draft;
      saved.push(next);
      messages.push(success);
      setSettings(next);
      return true;
    };
    current = useWatchlists(settings, apply, opts.validate ?? (async (symbol) => ({ ok: true, data: { symbol } })));
    return null;
  }
  const m = mount(<Probe />);
  unmount = m.unmount;
  const run = async <T,>(fn: (s: WatchlistsState) => Promise<T>): Promise<T> => {
    let out!: T;
    await act(async () => {
      out = await fn(current);
    });
    return out;
  };
  return { state: () => current, run, saved, messages, last: () => saved.at(-1)! };
}

describe('useWatchlists', () => {
  it('create selects the new list; delete moves the selection and the active list; undo restores both', async () => {
    const p = probe();
    expect(await p.run((s) => s.create())).toBe(true);
    const created = p.last().watchlists[1]!;
    expect(p.state().selected.id).toBe(created.id);
    expect(p.messages.at(-1)).toBe('Created “Watchlist 2”');
    await p.run((s) => s.makeActive());
    expect(p.last().activeWatchlistId).toBe(created.id);
    await p.run((s) => s.remove(created));
    expect(p.last().watchlists.map((w) => w.id)).toEqual(['default']);
    expect(p.last().activeWatchlistId).toBe('default');
    expect(p.state().selected.id).toBe('default');
    expect(p.state().deleted).toEqual({ list: created, index: 1, wasActive: true });
    await p.run((s) => s.undo());
    expect(p.last().watchlists.map((w) => w.id)).toEqual(['default', created.id]);
    expect(p.last().activeWatchlistId).toBe(created.id);
    expect(p.state().deleted).toBeNull();
  });

  it('the last list cannot be deleted; nothing is stored', async () => {
    const p = probe();
    expect(await p.run((s) => s.remove(s.lists[0]!))).toBe(false);
    expect(p.saved).toEqual([]);
  });

  it('reorders, renames (blank names ignored) and removes symbols of the selected list', async () => {
    const p = probe();
    await p.run((s) => s.create());
    await p.run((s) => s.move(1, -1));
    expect(p.last().watchlists.map((w) => w.name)).toEqual(['Watchlist 2', 'Small vs large']);
    expect(await p.run((s) => s.rename('   '))).toBe(false);
    await p.run((s) => s.rename(' Banks '));
    expect(p.last().watchlists[0]!.name).toBe('Banks');
    await p.run(async (s) => s.select('default'));
    await p.run((s) => s.removeSymbol('NVDA'));
    expect(p.last().watchlists[1]!.symbols).not.toContain('NVDA');
    expect(p.messages.at(-1)).toBe('Removed NVDA');
  });

  it('adds a symbol: shape and duplicates checked locally, then the provider decides (its canonical form)', async () => {
    const asked: string[] = [];
    const validate: ValidateSymbol = async (symbol) => {
      asked.push(symbol);
      return symbol === 'NOPE' ? { ok: false, error: { kind: 'UnknownSymbol', message: 'unknown symbol NOPE' } } : { ok: true, data: { symbol: symbol.replace('.', '-'), name: 'Berkshire' } };
    };
    const p = probe({ validate });
    expect(await p.run((s) => s.addSymbol('not a ticker'))).toBe(false);
    expect(p.state().symbolError).toBe('“not a ticker” is not a ticker symbol');
    expect(await p.run((s) => s.addSymbol('iwm'))).toBe(false);
    expect(p.state().symbolError).toBe('IWM is already in “Small vs large”');
    expect(asked).toEqual([]);
    expect(await p.run((s) => s.addSymbol('NOPE'))).toBe(false);
    expect(p.state().symbolError).toBe('NOPE was not added: unknown symbol NOPE');
    expect(await p.run((s) => s.addSymbol(' brk.b '))).toBe(true);
    expect(p.state().symbolError).toBeNull();
    expect(p.last().watchlists[0]!.symbols.at(-1)).toBe('BRK-B');
    expect(p.messages.at(-1)).toBe('Added BRK-B (Berkshire)');
    expect(p.state().checking).toBe(false);
  });

  it('a refused save: the selection does not move to a list that was not created', async () => {
    const p = probe({ refuse: true });
    expect(await p.run((s) => s.create())).toBe(false);
    expect(p.state().selected.id).toBe('default');
  });
});
