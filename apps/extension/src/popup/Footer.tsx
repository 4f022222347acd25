/** Data source, "as of", stale/offline/simulated state, refresh, and the way to the options page. */
import type { DataStamp } from '../contracts/messages.ts';
import { PROVIDER_LABELS } from '../contracts/provider-labels.ts';

export function Footer({ stamp, refreshing, onRefresh, onOptions }: { stamp: DataStamp | null; refreshing: boolean; onRefresh: () => void; onOptions: () => void }) {
  const flags = stamp ? [stamp.simulated && 'simulated', stamp.offline && 'offline', stamp.stale && 'stale'].filter(Boolean) : [];
  return (
    <footer class="footer" data-testid="footer">
      <span data-testid="stamp">
        {stamp ? (
          <>
            {stamp.provider === 'sample' ? 'Sample data' : PROVIDER_LABELS[stamp.provider]} · as of {stamp.asOf}
            {flags.map((f) => (
              <span key={String(f)} class="warning flag" data-testid={`flag-${f}`}>
                {f}
              </span>
            ))}
          </>
        ) : (
          <span class="muted">No data yet</span>
        )}
      </span>
      <span class="actions">
        <button type="button" onClick={onRefresh} disabled={refreshing} aria-busy={refreshing} data-testid="refresh">
          {refreshing ? 'Refreshing…' : 'Refresh'}
        </button>
        <button type="button" onClick={onOptions} data-testid="open-options">
          Options
        </button>
      </span>
    </footer>
  );
}
