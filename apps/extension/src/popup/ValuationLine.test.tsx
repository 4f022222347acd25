import { afterEach, describe, expect, it } from 'vitest';
import type { DiscountView, Request, ResponseMap, ValuationRefreshResult } from '../contracts/messages.ts';
import type { Sender } from '../contracts/send.ts';
import { LIVE_OFF_TEXT, refreshText } from '../present/valuation/refresh-text.ts';
import { byTestId, byText, click, mount, waitFor } from '../test/dom.ts';
import { ValuationLine } from './ValuationLine.tsx';

const STALE: DiscountView = {
  pe: 15.6, peLarge: 22.6, discount: 1 - 15.6 / 22.6, basis: 'forward', date: '2026-01-01', source: 'Published reading', from: 'reading',
  smallIndex: 'S&P 600', largeIndex: 'S&P 500', stale: true,
};

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** A sender answering refresh-valuation with `answer`, recording every request. */
function sender(result: ValuationRefreshResult): Sender & { sent: Request[] } {
  const answer: ResponseMap['refresh-valuation'] = { ...result, text: refreshText(result) };
  const sent: Request[] = [];
  const fn = (async (req: Request) => {
    sent.push(req);
    return req.type === 'refresh-valuation' ? { ok: true, data: answer } : { ok: true, data: null };
  }) as Sender & { sent: Request[] };
  fn.sent = sent;
  return fn;
}

function render(v: DiscountView, send: Sender, onRefreshed?: () => void) {
  const m = mount(
    <p data-testid="line">
      <ValuationLine v={v} send={send} {...(onRefreshed ? { onRefreshed } : {})} />
    </p>,
  );
  cleanup = m.unmount;
  return m.root;
}

describe('popup valuation line', () => {
  it('a current reading: no refresh controls; growth estimates with their source when present', () => {
    const root = render({ ...STALE, stale: false, growth: { small: { low: 0.17, high: 0.22 }, large: { low: 0.13, high: 0.13 }, source: 'Strategists' } }, sender({ status: 'not-permitted' }));
    expect(byTestId(root, 'valuation-actions')).toBeNull();
    expect(byTestId(root, 'growth')?.textContent).toBe('Earnings growth est.: small caps 17–22% · large caps 13% (Strategists)');
  });

  it('stale: "Refresh reading" asks the worker, says the new date and lets the popup reload', async () => {
    const send = sender({ status: 'fresh', date: '2026-12-04', source: 'Yahoo Finance, forward P/E' });
    let reloaded = 0;
    const root = render(STALE, send, () => void reloaded++);
    expect(byTestId(root, 'line')?.textContent).toContain('Reading of Jan 2026 (stale: more than 45 days old)');
    click(byText(root, 'button', 'Refresh reading'));
    await waitFor(() => byTestId(root, 'valuation-refresh'));
    expect(byTestId(root, 'valuation-refresh')?.textContent).toBe('Updated: reading of 2026-12-04 (Yahoo Finance, forward P/E).');
    expect(send.sent).toEqual([{ type: 'refresh-valuation' }]);
    expect(reloaded).toBe(1);
  });

  it('not allowed: says where to turn live readings on; "Add a reading" opens the options at the valuation section', async () => {
    const send = sender({ status: 'not-permitted' });
    let reloaded = 0;
    const root = render(STALE, send, () => void reloaded++);
    click(byText(root, 'button', 'Refresh reading'));
    await waitFor(() => byTestId(root, 'valuation-refresh'));
    expect(byTestId(root, 'valuation-refresh')?.textContent).toBe(LIVE_OFF_TEXT);
    expect(reloaded).toBe(0);
    click(byText(root, 'button', 'Add a reading'));
    expect(send.sent.at(-1)).toEqual({ type: 'open-options', section: 'valuation' });
  });
});
