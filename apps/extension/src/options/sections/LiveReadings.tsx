/**
 * Options → Valuation readings → Live readings: the switch that turns the daily Yahoo readings on. It
 * says what it does (the trailing and forward P/E of the user's pair, once a day after the close) and the
 * one extra host it needs (fc.yahoo.com, for Yahoo's cookie; the quote endpoint's hosts are already
 * allowed for prices). On: asks for the host from the click itself; off: gives it back. The state shown
 * is the browser's (granted or not), kept current when it changes elsewhere.
 */
import { useEffect, useState } from 'preact/hooks';
import { browserName } from '../../permissions/browser-name.ts';
import { LIVE_READINGS_PERMISSION } from '../../permissions/live-readings.ts';
import type { LiveValuationState } from '@rotation-lens/market-data';
import type { Settings } from '../../settings/schema.ts';

export const LIVE_ON_TEXT = 'On: fc.yahoo.com is allowed; readings are fetched once a day after the close.';
export const LIVE_OFF_STATE = 'Off: fc.yahoo.com is not allowed, so nothing is fetched; the published readings and your own are used.';
export const refusedLiveText = (): string => `${browserName()} did not allow fc.yahoo.com; live readings stay off.`;

/** How the last fetch went: when, and why it failed (the last readings then stay); none yet. */
export function lastFetchText(state: Pick<LiveValuationState, 'lastAttempt' | 'lastError'>): string {
  if (!state.lastAttempt) return 'No fetch yet: the first one runs after the next close.';
  const when = state.lastAttempt.slice(0, 16).replace('T', ' ');
  return state.lastError ? `Last fetch ${when} UTC failed: ${state.lastError.message}; the last readings stay.` : `Last fetch ${when} UTC.`;
}

export function LiveReadings({ settings, state }: { settings: Settings; state: LiveValuationState }) {
  // null until the browser answered whether the host is held.
  const [granted, setGranted] = useState<boolean | null>(null);
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  useEffect(() => {
    let live = true;
    void LIVE_READINGS_PERMISSION.has().then((g) => live && setGranted(g));
    const off = LIVE_READINGS_PERMISSION.onChanged(setGranted);
    return () => {
      live = false;
      off();
    };
  }, []);

  /** From the change handler itself: the request needs the user gesture. */
  const toggle = (box: HTMLInputElement) => {
    if (box.checked) {
      const answer = LIVE_READINGS_PERMISSION.request();
      setAsking(true);
      setNote(`Waiting for your answer to ${browserName()}’s permission prompt…`);
      void answer.then((ok) => {
        setAsking(false);
        setGranted(ok);
        setNote(ok ? 'Live readings on.' : refusedLiveText());
      });
      return;
    }
    void LIVE_READINGS_PERMISSION.drop().then(async () => {
      setGranted(await LIVE_READINGS_PERMISSION.has());
      setNote('Live readings off: fc.yahoo.com given back.');
    });
  };

  const { smallProxy, benchmark } = settings.comparison;
  return (
    <fieldset data-testid="live-readings">
      <legend>Live readings</legend>
      <p class="muted">
        Once a day after the close, fetch the trailing and forward P/E of {smallProxy} and {benchmark} (your pair in Comparison) from Yahoo
        Finance and keep each as a dated reading beside the published ones. Yahoo’s quote endpoint (query1.finance.yahoo.com, already
        allowed for prices) needs a cookie from one more host, <strong>fc.yahoo.com</strong>; nothing else is asked for or sent.
      </p>
      <label class="field">
        <input type="checkbox" data-testid="live-enabled" checked={granted === true || asking} disabled={granted === null || asking} onChange={(e) => toggle(e.currentTarget)} />
        <span>Fetch live readings (allows fc.yahoo.com)</span>
      </label>
      <p data-testid="live-state">{granted === null ? 'Checking…' : granted ? LIVE_ON_TEXT : LIVE_OFF_STATE}</p>
      {granted && (
        <p class="muted" data-testid="live-last">
          {lastFetchText(state)}
        </p>
      )}
      <p role="status" aria-live="polite" data-testid="live-note">
        {note}
      </p>
    </fieldset>
  );
}
