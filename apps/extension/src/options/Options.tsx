/**
 * Options page shell: loads settings (showing any migration warnings), keeps them in sync with other
 * tabs (onSettingsChanged), and gives each section `apply(edit)`, which saves through the validated
 * store and reports "Saved" or the store's reason in a live region. Sections own their own forms.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings.ts';
import { loadSettingsReport, onSettingsChanged, SettingsError, updateSettings } from '../shared/settings-store.ts';
import { SiteAccessNotice } from '../ui/SiteAccessNotice.tsx';
import { ErrorBox, Loading } from '../ui/Status.tsx';
import { AlertsSection } from './sections/AlertsSection.tsx';
import { ComparisonSection } from './sections/ComparisonSection.tsx';
import { DataSection } from './sections/DataSection.tsx';
import { SitesSection } from './sections/SitesSection.tsx';
import { ValuationSection } from './sections/ValuationSection.tsx';
import { WatchlistsSection } from './sections/WatchlistsSection.tsx';
import type { Apply } from './types.ts';

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

  useEffect(() => {
    loadSettingsReport().then(
      (r) => {
        setSettings(r.settings);
        setWarnings(r.warnings);
      },
      (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)),
    );
    return onSettingsChanged(setSettings);
  }, []);

  const apply: Apply = useCallback(async (edit, success = 'Saved') => {
    try {
      setSettings(await updateSettings(edit));
      setStatus({ ok: true, text: success });
      return true;
    } catch (e) {
      const text = e instanceof SettingsError ? e.issues.map((i) => i.message).join('; ') || e.message : String(e);
      setStatus({ ok: false, text: `Not saved: ${text}` });
      return false;
    }
  }, []);

  if (loadError) return <ErrorBox message={`Could not load settings: ${loadError}`} />;
  if (!settings) return <Loading label="Loading settings…" />;
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
      <WatchlistsSection settings={settings} apply={apply} />
      <ComparisonSection settings={settings} apply={apply} />
      <SitesSection settings={settings} apply={apply} />
      <DataSection settings={settings} apply={apply} />
      <ValuationSection settings={settings} apply={apply} />
      <AlertsSection settings={settings} apply={apply} />
    </div>
  );
}
