/**
 * The popup dashboard. Loads settings and the dashboard in parallel (one `get-dashboard` round trip),
 * then renders: verdict, small-cap proxy vs benchmark, the active watchlist (switchable, sortable), its
 * relative-rotation view, and the footer. Switching lists persists the choice (activeWatchlistId).
 * Every failure is shown in place with a retry; nothing throws past this component.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { DashboardView } from '../contracts/messages.ts';
import { send } from '../contracts/send.ts';
import type { Settings } from '../settings/schema.ts';
import { RrgChart } from './RrgChart.tsx';
import { SiteAccessNotice } from '../ui/SiteAccessNotice.tsx';
import { ErrorBox, Loading } from '../ui/Status.tsx';
import { WatchlistTable } from './WatchlistTable.tsx';
import { BreadthLine } from './BreadthLine.tsx';
import { ComparisonPanel } from './ComparisonPanel.tsx';
import { Footer } from './Footer.tsx';
import { inOwnTask, useAfterFirstPaint } from './after-first-paint.ts';
import { Headline } from './Headline.tsx';
import { ThisPage } from './ThisPage.tsx';
import type { CachedDashboard } from './last-dashboard.ts';
import { WhatFollowed } from './WhatFollowed.tsx';

export interface PopupProps {
  /** Opens a URL in a new tab (default chrome.tabs.create). */
  openUrl?: (url: string) => void;
  /** Called once the first dashboard is on screen (performance measurement). */
  onReady?: () => void;
  /** The last dashboard (same settings), already read: the first render shows it (last-dashboard.ts). */
  initial?: CachedDashboard | null;
  /** The last dashboard still being read: shown when it lands before the live one. */
  cached?: Promise<CachedDashboard | null>;
  /** Each live dashboard of the active list, with the settings it was shown with (to keep it). */
  onLive?: (d: CachedDashboard) => void;
}

const defaultOpen = (url: string) => void chrome.tabs.create({ url });
/** The settings store (with its valibot schemas) loads beside the worker's answer: the first paint needs none of it. */
const settingsStore = () => import('../settings/store.ts');

export function Popup({ openUrl = defaultOpen, onReady, initial, cached, onLive }: PopupProps) {
  const [settings, setSettings] = useState<Settings | null>(initial?.settings ?? null);
  const [view, setView] = useState<DashboardView | null>(initial?.view ?? null);
  // The view on screen is the kept one (shown "as of" its data, marked until the worker's answer replaces it).
  const [kept, setKept] = useState(!!initial);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [refreshing, setRefreshing] = useState(false);
  const live = useRef(false);
  // Only the latest load may set the view (a list switched while the first answer is on its way wins).
  const latest = useRef(0);

  const load = useCallback(async (watchlistId?: string) => {
    const seq = ++latest.current;
    setLoading(true);
    setError(null);
    const [s, reply] = await Promise.all([settingsStore().then((m) => m.loadSettings()).catch(() => null), send({ type: 'get-dashboard', ...(watchlistId ? { watchlistId } : {}) })]);
    if (seq !== latest.current) return;
    live.current = true;
    if (s) setSettings(s);
    if (reply.ok) {
      setView(reply.data);
      setKept(false);
      if (s && !watchlistId) onLive?.({ view: reply.data, settings: s });
    } else setError(reply.error.message);
    setLoading(false);
  }, []);

  useEffect(() => {
    if (view) onReady?.();
  }, [view !== null]);

  useEffect(() => {
    // Runs after the first paint, so a kept first dashboard is on screen before the worker is asked
    // (a stopped worker starting in the popup's process would otherwise compete with that paint).
    // A kept dashboard read late only fills the wait: it never replaces a live answer. The request
    // goes in a task of its own, after the one that marks the first render.
    if (!initial)
      void cached?.then((c) => {
        if (!c || live.current) return;
        setSettings(c.settings);
        setView(c.view);
        setKept(true);
      });
    return inOwnTask(() => void load());
  }, [load]);
  // Below the fold (the facts under the chart, the watchlist, the rotation view): drawn in the task after the first paint.
  const belowFold = useAfterFirstPaint(view !== null);
  // The site-access and this-page rows render nothing until their browser queries answer: they mount
  // after the first paint, so their queries (one permissions call per site) do not hold up its frame.
  const pageRows = useAfterFirstPaint(true) && (
    <>
      <SiteAccessNotice />
      <ThisPage />
    </>
  );

  const switchList = async (id: string) => {
    await load(id);
    const { updateSettings } = await settingsStore();
    await updateSettings((s) => (s.watchlists.some((w) => w.id === id) ? { ...s, activeWatchlistId: id } : s)).catch(() => undefined);
  };

  const refresh = async () => {
    setRefreshing(true);
    const r = await send({ type: 'refresh' });
    if (!r.ok) setError(r.error.message);
    await load(view?.watchlistId);
    setRefreshing(false);
  };

  const openOptions = () => void chrome.runtime.openOptionsPage();

  if (!view) {
    return (
      <main class="popup" data-testid="popup">
        {pageRows}
        {loading ? <Loading label="Loading dashboard…" /> : <ErrorBox message={error ?? 'No data'} onRetry={() => void load()} />}
        <Footer stamp={null} refreshing={refreshing} onRefresh={() => void refresh()} onOptions={openOptions} />
      </main>
    );
  }

  const { report, valuation, stamp } = view.context;
  const lists = settings?.watchlists ?? [];
  const listName = lists.find((w) => w.id === view.watchlistId)?.name ?? view.watchlistId;
  return (
    <main class="popup" data-testid="popup" aria-busy={loading}>
      {pageRows}
      {error && <ErrorBox message={error} onRetry={() => void load(view.watchlistId)} />}
      <Headline regime={report.regime} small={report.small} large={report.large} valuation={valuation} />
      <WhatFollowed report={report} />
      <ComparisonPanel
        report={report}
        valuation={valuation}
        onValuationRefreshed={() => void load(view.watchlistId)}
        rsi={{ overbought: settings?.comparison.rsiOverbought ?? 70, oversold: settings?.comparison.rsiOversold ?? 30 }}
        facts={belowFold}
      />
      {belowFold && (
      <section aria-labelledby="wl-title" data-testid="watchlist">
        <div class="row">
          <h2 id="wl-title">Watchlist</h2>
          {lists.length > 1 ? (
            <select aria-label="Active watchlist" value={view.watchlistId} onChange={(e) => void switchList(e.currentTarget.value)} data-testid="watchlist-select">
              {lists.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          ) : (
            <span class="muted">{listName}</span>
          )}
        </div>
        {view.rows.length ? (
          <WatchlistTable
            rows={view.rows}
            site={settings?.preferredSite ?? 'yahoo'}
            open={openUrl}
            streakThreshold={settings?.comparison.streakThreshold ?? 5}
          />
        ) : (
          <p class="muted">This watchlist is empty. Add symbols in Options.</p>
        )}
        <BreadthLine breadth={view.breadth} />
      </section>
      )}
      {belowFold && (
      <section aria-labelledby="rrg-title">
        <h2 id="rrg-title">Rotation vs {report.large}</h2>
        <RrgChart rows={view.rows} />
      </section>
      )}
      <Footer stamp={stamp} kept={kept} updating={loading} refreshing={refreshing} onRefresh={() => void refresh()} onOptions={openOptions} />
    </main>
  );
}
