/**
 * The popup's valuation line: the small-vs-large discount with its basis, the reading's month and source,
 * the earnings-growth estimates quoted with it (when present), and — when the reading is more than 45 days
 * old — "Refresh reading" (a live reading now, through the worker) and "Add a reading" (options → valuation
 * readings), with the refresh's answer in plain words.
 */
import { discountWord, formatMonth, formatNumber } from '@rotation-lens/present';
import { useState } from 'preact/hooks';
import { replyText } from '../present/valuation/refresh-text.ts';
import type { DiscountView } from '../contracts/messages.ts';
import { type Sender, send as realSend } from '../contracts/send.ts';

/** "Earnings growth est.: small caps 17–22% · large caps 13% (source)". */
export function growthText(g: NonNullable<DiscountView['growth']>): string {
  const range = (r: { low: number; high: number }) => (r.low === r.high ? `${Math.round(r.low * 100)}%` : `${Math.round(r.low * 100)}–${Math.round(r.high * 100)}%`);
  return `Earnings growth est.: small caps ${range(g.small)}${g.large ? ` · large caps ${range(g.large)}` : ''} (${g.source})`;
}

export interface ValuationLineProps {
  v: DiscountView;
  /** Called after a fresh reading came in (the popup asks for its dashboard again). */
  onRefreshed?: () => void;
  send?: Sender;
}

export function ValuationLine({ v, onRefreshed, send = realSend }: ValuationLineProps) {
  const [busy, setBusy] = useState(false);
  const [answer, setAnswer] = useState<string | null>(null);
  const refresh = async () => {
    setBusy(true);
    const reply = await send({ type: 'refresh-valuation' });
    setAnswer(replyText(reply));
    setBusy(false);
    if (reply.ok && reply.data.status === 'fresh') onRefreshed?.();
  };
  return (
    <>
      {v.smallIndex ?? 'Small caps'} vs {v.largeIndex ?? 'S&P 500'}: <strong>{discountWord(v.discount)}</strong>{' '}
      <span class="nowrap">
        ({v.basis === 'forward' ? 'fwd' : 'trailing'} P/E {formatNumber(v.pe, 1)} vs {formatNumber(v.peLarge, 1)})
      </span>
      <span class="muted source">
        Reading of {formatMonth(v.date) ?? v.date ?? 'undated'}
        {v.stale ? ' (stale: more than 45 days old)' : ''} · {v.source}
      </span>
      {v.growth ? <span class="muted source" data-testid="growth">{growthText(v.growth)}</span> : null}
      {v.stale ? (
        <span class="actions" data-testid="valuation-actions">
          <button type="button" disabled={busy} onClick={() => void refresh()}>
            {busy ? 'Refreshing…' : 'Refresh reading'}
          </button>
          <button type="button" onClick={() => void send({ type: 'open-options', section: 'valuation' })}>
            Add a reading
          </button>
        </span>
      ) : null}
      {answer ? (
        <span class="muted source" role="status" data-testid="valuation-refresh">
          {answer}
        </span>
      ) : null}
    </>
  );
}
