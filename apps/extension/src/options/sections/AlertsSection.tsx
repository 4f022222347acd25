/**
 * Alerts (off by default): streak reaching N for a watchlist symbol, regime change. Checked after the close.
 *
 * `notifications` is an optional permission, asked for here, when the user turns alerts on — from the
 * click itself (the browser needs the user gesture). Granted → alerts saved on; refused → they stay off and
 * the section says so in its status line. Turning alerts off gives the permission back. Settings synced
 * from another device can say "on" where the permission is missing: that is shown, with a button to grant.
 */
import { useEffect, useState } from 'preact/hooks';
import { browserName } from '../../permissions/browser-name.ts';
import { dropNotifications, hasNotifications, onNotificationsChanged, refusedMessage, requestNotifications } from '../../permissions/notifications-permission.ts';
import type { SectionProps } from '../types.ts';

export const askingMessage = (): string => `Waiting for your answer to ${browserName()}’s permission prompt…`;
export const GRANTED_MESSAGE = 'Notifications allowed';

export function AlertsSection({ settings, apply }: SectionProps) {
  const a = settings.alerts;
  // null until chrome.permissions answered; kept current when granted or removed elsewhere.
  const [granted, setGranted] = useState<boolean | null>(null);
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');

  useEffect(() => {
    let live = true;
    void hasNotifications().then((g) => live && setGranted(g));
    const off = onNotificationsChanged(setGranted);
    return () => {
      live = false;
      off();
    };
  }, []);

  const enable = () =>
    apply((s) => {
      s.alerts.enabled = true;
    }, 'Saved: alerts on');

  /** Only from a click handler: the request is made synchronously, inside the user gesture. */
  const ask = (then: () => unknown, box?: HTMLInputElement) => {
    const answer = requestNotifications();
    setAsking(true);
    setNote(askingMessage());
    void answer.then((ok) => {
      setAsking(false);
      setGranted(ok);
      if (box && !ok) box.checked = false;
      setNote(ok ? GRANTED_MESSAGE : refusedMessage());
      if (ok) void then();
    });
  };

  const toggle = (box: HTMLInputElement) => {
    if (box.checked) {
      if (granted) void enable();
      else ask(enable, box);
      return;
    }
    setNote('');
    void apply((s) => {
      s.alerts.enabled = false;
    }).then((saved) => saved && dropNotifications());
  };

  const missing = a.enabled && granted === false && !asking;
  return (
    <section id="alerts" aria-labelledby="alerts-h" data-testid="section-alerts">
      <h2 id="alerts-h">Alerts</h2>
      <p class="muted">
        Checked once a day, 30 minutes after the US market close. Each alert fires once. {browserName()} asks for permission to
        show notifications when you turn alerts on.
      </p>
      <label class="field">
        <input type="checkbox" checked={a.enabled} disabled={asking} onChange={(e) => toggle(e.currentTarget)} data-testid="alerts-enabled" />
        <span>Enable notifications</span>
      </label>
      {missing && (
        <div class="warning" data-testid="alerts-permission-missing">
          <p>Alerts are on, but {browserName()} has not allowed Rotation Lens to show notifications on this device: no alert can be shown here.</p>
          <button type="button" data-testid="alerts-grant" onClick={() => ask(() => undefined)}>
            Allow notifications
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" class={note === refusedMessage() ? 'error' : ''} data-testid="alerts-permission-status">
        {note}
      </p>
      <label class="field">
        <span>Notify when a watchlist symbol's streak reaches</span>
        <input
          type="number"
          min={2}
          max={50}
          value={a.streakN}
          disabled={!a.enabled}
          data-testid="alerts-streakN"
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            if (Number.isFinite(n) && e.currentTarget.value !== '') void apply((s) => {
            s.alerts.streakN = n;
          });
          }}
        />
        <span>sessions</span>
      </label>
      <label class="field">
        <input type="checkbox" checked={a.regimeChange} disabled={!a.enabled} onChange={(e) => {
                const value = e.currentTarget.checked;
                void apply((s) => {
                  s.alerts.regimeChange = value;
                });
              }} data-testid="alerts-regime" />
        <span>Notify when the regime verdict changes</span>
      </label>
    </section>
  );
}
