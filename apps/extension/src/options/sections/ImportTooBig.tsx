/**
 * An import refused because it does not fit Chrome sync: what is too big and by how much (from
 * importFit), that nothing changed, and the way out — keep the lists on this device only (they then
 * do not sync), importing in the same write.
 */
import type { SettingsArea } from '../../settings/store.ts';

export interface TooBig {
  message: string;
  file: string;
}

export function ImportTooBig({ tooBig, area, keepOnDevice }: { tooBig: TooBig; area: SettingsArea; keepOnDevice: () => void }) {
  return (
    <div role="alert" class="error" data-testid="import-too-big">
      <p>
        Nothing was imported from {tooBig.file}. {tooBig.message}
      </p>
      {area === 'sync' && (
        <p>
          <button type="button" onClick={keepOnDevice} data-testid="import-keep-on-device">
            Keep lists on this device only and import
          </button>{' '}
          <span class="muted">Lists kept on this device do not sync to your other computers.</span>
        </p>
      )}
    </div>
  );
}
