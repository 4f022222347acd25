/**
 * Options page shell: loads settings (showing any migration warnings), keeps them in sync with other
 * tabs (onSettingsChanged), and gives each section `apply(edit)`, which saves through the validated
 * store and reports "Saved" or the store's reason in a live region. Sections own their own forms.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/schema.ts';
import { loadSettingsReport, onSettingsChanged, SettingsError, type SettingsArea, setSettingsArea, updateSettings } from '../settings/store.ts';
import { SiteAccessNotice } from '../ui/SiteAccessNotice.tsx';
import { ErrorBox, Loading } from '../ui/Status.tsx';
import { AlertsSection } from './sections/AlertsSection.tsx';
import { ComparisonSection } from './sections/ComparisonSection.tsx';
import { DataSection } from './sections/DataSection.tsx';
import { SitesSection } from './sections/SitesSection.tsx';
import { ValuationSection } from './sections/ValuationSection.tsx';
import { WatchlistsSection } from './sections/WatchlistsSection.tsx';
import { StorageChoice } from './sections/StorageChoice.tsx';
import type { Apply, MoveTo } from './types.ts';

const SECTIONS = [
  ['watchlists', 'Watchlists'],
  ['comparison', 'Comparison'],
  ['sites', 'Sites'],
  ['data', 'Data'],
  ['valuation', 'Valuation readings'],
  ['alerts', 'Alerts'],
] as const;

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [warnings, setWarnings] = useState<string[]>([]);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [area, setArea] = useState<SettingsArea>('sync');

  useEffect(() => {
    loadSettingsReport().then(
      (r) => {
        setSettings(r.settings);
        setWarnings(r.warnings);
        setArea(r.area);
      },
      (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return onSettingsChanged((s) => {
      setSettings(s);
      void loadSettingsReport().then((r) => setArea(r.area));
    });
  }, []);

  // Opened at a section (options/index.html#valuation, from a stale discount): the page is drawn only once
  // the settings are loaded, after the browser looked for the anchor, so go there then.
  const loaded = settings !== null;
  useEffect(() => {
    const id = loaded ? globalThis.location?.hash.slice(1) : '';
    if (id) document.getElementById(id)?.scrollIntoView();
  }, [loaded]);

  /** Runs a store write and reports "Saved" or the store's reason in the status line. */
  const report = useCallback(async (write: () => Promise<Settings>, success: string) => {
    try {
      setSettings(await write());
      setStatus({ ok: true, text: success });
      return true;
    } catch (e) {
      const text = e instanceof SettingsError ? e.issues.map((i) => i.message).join('; ') || e.message : String(e);
      setStatus({ ok: false, text: `Not saved: ${text}` });
      return false;
    }
  }, []);
  const apply: Apply = useCallback((edit, success = 'Saved') => report(() => updateSettings(edit), success), [report]);
  const moveTo: MoveTo = useCallback(
    async (to, edit, success = 'Saved') => {
      const ok = await report(() => setSettingsArea(to, edit), success);
      if (ok) setArea(to);
      return ok;
    },
    [report],
  );

  if (loadError) return <ErrorBox message={`Could not load settings: ${loadError}`} />;
  if (!settings) return <Loading label="Loading settings…" />;
  const props = { settings, apply, area, moveTo };
  return (
    <div class="options" data-testid="options">
      <header>
        <h1>Rotation Lens options</h1>
        <nav aria-label="Sections">
          {SECTIONS.map(([id, label]) => (
            <a key={id} href={`#${id}`}>
              {label}
            </a>
          ))}
        </nav>
        <SiteAccessNotice />
        <p role="status" aria-live="polite" class={status ? (status.ok ? 'saved' : 'error') : ''} data-testid="save-status">
          {status?.text ?? ''}
        </p>
        {warnings.length > 0 && (
          <div class="warning" data-testid="migration-warnings">
            <p>Some stored settings were invalid and were reset to defaults (the old values are kept aside):</p>
            <ul>
              {warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          </div>
        )}
      </header>
      <WatchlistsSection {...props} />
      <StorageChoice {...props} />
      <ComparisonSection {...props} />
      <SitesSection {...props} />
      <DataSection {...props} />
      <ValuationSection {...props} />
      <AlertsSection {...props} />
    </div>
  );
}
