/** The popup paints the kept dashboard at once and lets the live one replace it, never the reverse. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DashboardView, Request } from '../contracts/messages.ts';
import { DEFAULT_SETTINGS } from '../settings/schema.ts';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { makeDashboard } from '../test/dashboard-fixture.ts';
import { byTestId, mount, type, waitFor } from '../test/dom.ts';
import type { CachedDashboard } from './last-dashboard.ts';
import { Popup } from './Popup.tsx';

const KEPT = makeDashboard({ context: { ...makeDashboard().context, stamp: { provider: 'yahoo', asOf: '2024-09-11', stale: false, offline: false, simulated: false } } });
const LIVE = makeDashboard();

let fake: ChromeFake;
let cleanup: (() => void) | undefined;
let answer: (() => void) | undefined;
beforeEach(() => {
  fake = installChromeFake();
  // The worker answers the active list only when the test says so; another list at once.
  fake.onMessage((m) => {
    const req = m as Request;
    if (req.type !== 'get-dashboard') return { ok: false, error: { kind: 'BadRequest', message: 'unexpected' } };
    if (req.watchlistId) return { ok: true, data: makeDashboard({ watchlistId: req.watchlistId, rows: [{ ...makeDashboard().rows[0]!, symbol: 'KRE' }] }) };
    return new Promise((resolve) => {
      answer = () => resolve({ ok: true, data: LIVE });
    });
  });
});
afterEach(() => {
  cleanup?.();
  fake.uninstall();
  answer = undefined;
});

const stampText = (root: HTMLElement) => byTestId(root, 'stamp')?.textContent ?? '';

function open(cached: Promise<CachedDashboard | null>) {
  const ready: number[] = [];
  const live: DashboardView[] = [];
  const m = mount(<Popup cached={cached} onReady={() => ready.push(1)} onLive={(d) => live.push(d.view)} />);
  cleanup = m.unmount;
  return { root: m.root, ready, live };
}

describe('Popup with a kept dashboard', () => {
  it('shows the kept dashboard before the worker answers, then the live one', async () => {
    const { root, ready, live } = open(Promise.resolve({ view: KEPT, settings: DEFAULT_SETTINGS }));
    await waitFor(() => stampText(root).includes('2024-09-11'));
    expect(byTestId(root, 'popup')?.getAttribute('aria-busy')).toBe('true');
    await waitFor(() => ready.length === 1);
    await waitFor(() => answer);
    answer!();
    await waitFor(() => stampText(root).includes('2024-09-12'));
    expect(byTestId(root, 'popup')?.getAttribute('aria-busy')).toBe('false');
    expect(ready).toHaveLength(1); // first render reported once
    expect(live).toEqual([LIVE]); // handed over to be kept for the next open
  });

  it('a kept dashboard arriving after the live one is ignored', async () => {
    let late: (c: CachedDashboard) => void = () => undefined;
    const { root } = open(new Promise((resolve) => (late = resolve)));
    await waitFor(() => answer);
    answer!();
    await waitFor(() => stampText(root).includes('2024-09-12'));
    late({ view: KEPT, settings: DEFAULT_SETTINGS });
    await new Promise((r) => setTimeout(r, 20));
    expect(stampText(root)).toContain('2024-09-12');
  });

  it('a list switched on the kept dashboard is not overwritten by the first answer landing later', async () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    settings.watchlists.push({ id: 'banks', name: 'Banks', symbols: ['KRE'] });
    const { root } = open(Promise.resolve({ view: KEPT, settings }));
    const select = await waitFor(() => byTestId<HTMLSelectElement>(root, 'watchlist-select'));
    type(select, 'banks');
    await waitFor(() => byTestId(root, 'row-KRE'));
    answer!();
    await new Promise((r) => setTimeout(r, 20));
    expect(byTestId(root, 'row-KRE')).not.toBeNull();
    expect(byTestId(root, 'row-AAPL')).toBeNull();
  });

  it('nothing kept: loading, then the live dashboard', async () => {
    const { root } = open(Promise.resolve(null));
    await waitFor(() => answer);
    expect(byTestId(root, 'loading')).not.toBeNull();
    answer!();
    await waitFor(() => byTestId(root, 'verdict'));
  });
});
