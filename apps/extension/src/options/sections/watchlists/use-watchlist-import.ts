/**
 * Importing watchlists (options → Watchlists): all-or-nothing — a bad file changes nothing and its errors
 * are listed by line; a file that would not fit the synced storage offers to keep the lists on this
 * device only (ImportTooBig). Merge (same id replaces, new lists added) or replace all.
 */
import { useState } from 'preact/hooks';
import { applyImport, type ImportError, importFit, parseWatchlistsFile } from '../../../options/io/import-export.ts';
import type { Settings } from '../../../settings/schema.ts';
import type { SettingsArea } from '../../../settings/store.ts';
import type { Apply, MoveTo } from '../../types.ts';
import type { TooBig } from '../ImportTooBig.tsx';

export type ImportMode = 'merge' | 'replace';

export function useWatchlistImport(settings: Settings, apply: Apply, area: SettingsArea, moveTo: MoveTo) {
  const [errors, setErrors] = useState<ImportError[]>([]);
  const [mode, setMode] = useState<ImportMode>('merge');
  const [tooBig, setTooBig] = useState<(TooBig & { keep: () => Promise<boolean> }) | null>(null);

  /** Imports a file's text (named for the messages); resolves true when the lists were saved. */
  const importText = async (name: string, text: string): Promise<boolean> => {
    const result = parseWatchlistsFile(text);
    setTooBig(null);
    if (!result.ok) {
      setErrors(result.errors);
      return false;
    }
    setErrors([]);
    const chosen = mode;
    const done = `Imported ${result.watchlists.length} watchlist(s) from ${name}`;
    const fit = importFit(settings, result.watchlists, chosen, area);
    if (!fit.ok) {
      const keep = () => moveTo('device', (s) => applyImport(s, result.watchlists, chosen), `${done}; lists are kept on this device only`);
      setTooBig({ message: fit.message, file: name, keep });
      return false;
    }
    return apply((s) => applyImport(s, result.watchlists, chosen), done);
  };

  return {
    errors,
    mode,
    setMode,
    tooBig,
    importText,
    keepOnDevice: () => void tooBig?.keep().then((ok) => ok && setTooBig(null)),
  };
}
