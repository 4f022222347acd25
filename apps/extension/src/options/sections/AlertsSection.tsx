/** Alerts (off by default): streak reaching N for a watchlist symbol, regime change. Checked after the close. */
import type { SectionProps } from '../types.ts';

export function AlertsSection({ settings, apply }: SectionProps) {
  const a = settings.alerts;
  return (
    <section id="alerts" aria-labelledby="alerts-h" data-testid="section-alerts">
      <h2 id="alerts-h">Alerts</h2>
      <p class="muted">Checked once a day, 30 minutes after the US market close. Each alert fires once.</p>
      <label class="field">
        <input type="checkbox" checked={a.enabled} onChange={(e) => {
                const value = e.currentTarget.checked;
                void apply((s) => {
                  s.alerts.enabled = value;
                });
              }} data-testid="alerts-enabled" />
        <span>Enable notifications</span>
      </label>
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
