import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Request } from '../contracts/messages.ts';
import { DEFAULT_SETTINGS } from '../settings/schema.ts';
import { saveSettings } from '../settings/store.ts';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { makeDashboard, makeReport } from '../test/dashboard-fixture.ts';
import { byTestId, byText, click, mount, type, waitFor } from '../test/dom.ts';
import { streakText } from './ComparisonPanel.tsx';
import { Popup } from './Popup.tsx';

let fake: ChromeFake;
let cleanup: (() => void) | undefined;
beforeEach(() => {
  fake = installChromeFake();
  fake.onMessage((m) => {
    const req = m as Request;
    if (req.type === 'get-dashboard') return { ok: true, data: makeDashboard({ watchlistId: req.watchlistId ?? 'default' }) };
    if (req.type === 'refresh') return { ok: true, data: { refreshed: 3 } };
    return { ok: false, error: { kind: 'BadRequest', message: 'unexpected' } };
  });
});
afterEach(() => {
  cleanup?.();
  fake.uninstall();
});

async function open(props: Parameters<typeof Popup>[0] = {}) {
  const m = mount(<Popup {...props} />);
  cleanup = m.unmount;
  await waitFor(() => byTestId(m.root, 'verdict'));
  await waitFor(() => byTestId(m.root, 'watchlist')); // below the fold: drawn after the first paint
  return m.root;
}

describe('Popup', () => {
  it('shows loading, then the verdict with score, evidence and warnings', async () => {
    const m = mount(<Popup />);
    cleanup = m.unmount;
    expect(byTestId(m.root, 'loading')?.textContent).toMatch(/Loading/);
    await waitFor(() => byTestId(m.root, 'verdict'));
    expect(byTestId(m.root, 'verdict')?.textContent).toMatch(/Small-cap leadership\s*\+0\.42/);
    expect(byTestId(m.root, 'warnings')?.textContent).toBe('RSI 71 — overbought');
    expect(byTestId(m.root, 'evidence')?.querySelectorAll('li')).toHaveLength(3);
  });

  it('shows the comparison: returns, chart, streak, discount, correlation band, RSI', async () => {
    const root = await open();
    const returns = byTestId(root, 'returns')!;
    expect(returns.textContent).toContain('+8.1%'); // IWM 3M
    expect(returns.textContent).toContain('+25.1%'); // SPY 1Y
    expect(byTestId(root, 'ratio-chart')?.querySelector('[role="img"]')?.getAttribute('aria-label')).toMatch(/IWM\/SPY ratio over 252 sessions/);
    expect(byTestId(root, 'streak')?.textContent).toBe('IWM ahead of SPY 3 sessions in a row · longest since 2024-07-17');
    // The reading's indices are named (no index names in this fixture: generic words), dated by month.
    expect(byTestId(root, 'discount')?.textContent).toBe('Small caps vs S&P 500: 30% discount (fwd P/E 14.9 vs 21.2)Reading of Aug 2024 · Yardeni Research');
    expect(byTestId(root, 'correlation-band')?.getAttribute('aria-label')).toBe('correlation 0.82, 5-year range 0.71 to 0.94');
    expect(byTestId(root, 'rsi')?.querySelector('.warning')?.textContent).toBe('71');
  });

  it('streak wording: 1-session runs have no "longest since"; ties and records are said plainly', () => {
    const at = (sessions: number, longestSince: string | null) => streakText(makeReport({ streak: { sessions, longestSince, startedOn: null } }));
    expect(at(1, '2024-09-04')).toBe('IWM ahead of SPY 1 session');
    expect(at(-1, '2024-09-04')).toBe('IWM behind SPY 1 session');
    expect(at(-4, null)).toBe('IWM behind SPY 4 sessions in a row · longest on record');
    expect(at(0, null)).toBe('IWM even with SPY last session');
  });

  it('sorts the watchlist with keyboard-operable headers and aria-sort', async () => {
    const root = await open();
    const symbols = () => [...byTestId(root, 'watchlist-table')!.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(symbols()).toEqual(['SOFI', 'IWM', 'AAPL', 'NVDA', 'ZZZZ']); // default: RS rating, best first
    const streakBtn = byTestId<HTMLButtonElement>(root, 'sort-streak')!;
    expect(streakBtn.tagName).toBe('BUTTON');
    click(streakBtn);
    await waitFor(() => streakBtn.closest('th')?.getAttribute('aria-sort') === 'descending');
    expect(symbols()).toEqual(['SOFI', 'IWM', 'AAPL', 'NVDA', 'ZZZZ']);
    click(streakBtn);
    await waitFor(() => streakBtn.closest('th')?.getAttribute('aria-sort') === 'ascending');
    expect(symbols()).toEqual(['NVDA', 'AAPL', 'IWM', 'SOFI', 'ZZZZ']); // missing values stay last
    expect(byTestId(root, 'sort-symbol')?.closest('th')?.getAttribute('aria-sort')).toBe('none');
  });

  it('opens a row on the preferred site', async () => {
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), preferredSite: 'finviz' });
    const opened: string[] = [];
    const root = await open({ openUrl: (u) => opened.push(u) });
    await waitFor(() => byTestId(root, 'row-AAPL')?.querySelector('a')?.href.includes('finviz'));
    click(byTestId(root, 'row-AAPL')!.querySelector('a'));
    expect(opened).toEqual(['https://finviz.com/quote.ashx?t=AAPL']);
    expect(byTestId(root, 'row-ZZZZ')?.textContent).toContain('unknown symbol ZZZZ');
  });

  it('draws the rotation view with labelled quadrants', async () => {
    const root = await open();
    const rrg = byTestId(root, 'rrg')!;
    for (const q of ['Leading', 'Weakening', 'Lagging', 'Improving']) expect(byText(rrg, 'text', q)).not.toBeNull();
    expect(byTestId(rrg, 'rrg-IWM')?.getAttribute('data-quadrant')).toBe('leading');
    expect(byTestId(rrg, 'rrg-AAPL')?.getAttribute('data-quadrant')).toBe('weakening');
    expect(byTestId(rrg, 'rrg-NVDA')?.getAttribute('data-quadrant')).toBe('lagging');
    expect(byTestId(rrg, 'rrg-SOFI')?.getAttribute('data-quadrant')).toBe('improving');
  });

  it('switches watchlist, asks for that list and remembers the choice', async () => {
    const s = structuredClone(DEFAULT_SETTINGS);
    s.watchlists.push({ id: 'banks', name: 'Banks', symbols: ['KRE'] });
    await saveSettings(s);
    const root = await open();
    const select = await waitFor(() => byTestId<HTMLSelectElement>(root, 'watchlist-select'));
    type(select, 'banks');
    await waitFor(() => fake.sent.some((m) => (m as Request).type === 'get-dashboard' && (m as { watchlistId?: string }).watchlistId === 'banks'));
    await waitFor(() => (fake.sync.data.get('settings') as { activeWatchlistId?: string } | undefined)?.activeWatchlistId === 'banks');
  });

  it('footer: source, as-of, flags, refresh and options', async () => {
    fake.onMessage((m) => {
      const req = m as Request;
      if (req.type === 'refresh') return { ok: true, data: { refreshed: 1 } };
      const d = makeDashboard();
      d.context.stamp = { ...d.context.stamp, provider: 'sample', stale: true, simulated: true };
      return { ok: true, data: d };
    });
    const root = await open();
    expect(byTestId(root, 'stamp')?.textContent).toMatch(/Sample data · as of 2024-09-12/);
    expect(byTestId(root, 'flag-simulated')).not.toBeNull();
    expect(byTestId(root, 'flag-stale')).not.toBeNull();
    expect(byTestId(root, 'flag-offline')).toBeNull();
    click(byTestId(root, 'refresh'));
    await waitFor(() => fake.sent.some((m) => (m as Request).type === 'refresh'));
    click(byTestId(root, 'open-options'));
    expect(fake.optionsOpened).toBe(1);
  });

  it('shows an error with retry when the worker fails', async () => {
    let fail = true;
    fake.onMessage(() => (fail ? { ok: false, error: { kind: 'Offline', message: 'offline: no network and no cached data' } } : { ok: true, data: makeDashboard() }));
    const m = mount(<Popup />);
    cleanup = m.unmount;
    const err = await waitFor(() => byTestId(m.root, 'error'));
    expect(err.getAttribute('role')).toBe('alert');
    expect(err.textContent).toMatch(/offline/);
    fail = false;
    click(byText(err, 'button', 'Retry'));
    await waitFor(() => byTestId(m.root, 'verdict'));
  });

  it('every button and link has an accessible name', async () => {
    const root = await open();
    for (const el of root.querySelectorAll('button, a, select')) {
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim();
      expect(name, `${el.tagName} ${el.getAttribute('class') ?? ''}`).toBeTruthy();
    }
  });

  it('first render with a warm (stubbed) dashboard reply calls onReady once per mount', async () => {
    for (let i = 0; i < 3; i++) {
      let ready = 0;
      const m = mount(<Popup onReady={() => ready++} />);
      await waitFor(() => ready > 0, 3000);
      expect(ready).toBe(1);
      m.unmount();
    }
  });
});
