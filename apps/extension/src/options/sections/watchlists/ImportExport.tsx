/** Export the watchlists (JSON, CSV) and import a file (merge or replace; all-or-nothing, errors by line). */
import { exportWatchlistsCsv, exportWatchlistsJson } from '../../../options/io/import-export.ts';
import type { SettingsArea } from '../../../settings/store.ts';
import type { Watchlist } from '../../../settings/schema.ts';
import { downloadText, readFileText } from '../../download.ts';
import { ImportTooBig } from '../ImportTooBig.tsx';
import type { ImportMode, useWatchlistImport } from './use-watchlist-import.ts';

export function ImportExport({ lists, area, imp }: { lists: Watchlist[]; area: SettingsArea; imp: ReturnType<typeof useWatchlistImport> }) {
  const importFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const text = await readFileText(file);
    input.value = '';
    await imp.importText(file.name, text);
  };
  return (
    <>
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
          <select value={imp.mode} onChange={(e) => imp.setMode(e.currentTarget.value as ImportMode)} data-testid="import-mode">
            <option value="merge">Merge (same id replaces, new lists added)</option>
            <option value="replace">Replace all watchlists</option>
          </select>
        </label>
        <label>
          Import file <input type="file" accept=".json,.csv,application/json,text/csv" onChange={(e) => void importFile(e)} data-testid="import-file" />
        </label>
      </div>
      {imp.tooBig && <ImportTooBig tooBig={imp.tooBig} area={area} keepOnDevice={imp.keepOnDevice} />}
      {imp.errors.length > 0 && (
        <div role="alert" data-testid="import-errors">
          <p>Nothing was imported. Fix these lines and try again:</p>
          <ol class="errors">
            {imp.errors.map((er) => (
              <li key={`${er.line}:${er.message}`}>
                Line {er.line}: {er.message}
              </li>
            ))}
          </ol>
        </div>
      )}
    </>
  );
}
