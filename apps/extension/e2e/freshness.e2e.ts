/**
 * Stale, offline and unknown states in real Chromium, with the data endpoint failing on demand:
 * - an unknown symbol (Yahoo's 404) → an "unknown symbol" badge, never a number;
 * - a symbol never fetched while the network is down (connection dropped) → an error badge saying
 *   offline, never a number;
 * - cached data while the server answers HTTP 500 → the cached numbers (= core) with a visible
 *   "as of <date> · stale" marker (on every badge of the row: RS, streak, P/E and market context); while
 *   the network is down → the same numbers marked "offline".
 * The popup's footer carries the same flags. Faults are per file (this file's own server).
 */
import { type BadgeHost, e2eGate } from '@rotation-lens/e2e-harness';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { QUOTE_FIXTURES } from './fixtures/site-pages.ts';
import { expectedReport } from './support/expected.ts';
import { rsFragment, streakFragment } from './support/expect-badges.ts';
import { openPopup, textOf } from './support/extension-pages.ts';
import { pollBadges } from './support/page-helpers.ts';
import { E2E_SETTINGS } from './support/session.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });
/** The last session in ../shared/data/prices. */
const LAST_DATE = '2024-09-12';
/** A percentage or a decimal: what a ticker's badge must never show when it has no data. */
const NUMBER = /\d+\.\d|\d%/;
/** The ticker's own badges (the rotation badge shows the market context, which has data). */
const tickerBadges = (bs: BadgeHost[]) => bs.filter((b) => b.data['kind'] !== 'rotation');
/**
 * A one-symbol watchlist: the popup's Refresh forces benchmark + proxy + this list, and with the server
 * failing every symbol costs three attempts with backoff under Yahoo's rate limit (burst 10) — a long
 * default list would make the refresh take tens of seconds.
 */
const SETTINGS = { ...E2E_SETTINGS, watchlists: [{ id: 'default', name: 'Freshness', symbols: ['AAPL'] }], activeWatchlistId: 'default' };

/** A bare quote page on Yahoo for a symbol no fixture page uses. */
const yahooQuote = (symbol: string) => ({
  url: `https://finance.yahoo.com/quote/${symbol}/`,
  body: `<!doctype html><title>${symbol}</title><section data-testid="quote-hdr"><h1>Some Company (${symbol})</h1></section>`,
});

/** The badges of `symbol` once its RS badge has left the loading state. */
async function settledFor(page: Page, symbol: string, ready: (rs: BadgeHost) => boolean = () => true): Promise<{ all: BadgeHost[]; rs: BadgeHost }> {
  const rsOf = (bs: BadgeHost[]) => bs.find((b) => b.data['kind'] === 'rs' && b.data['symbol'] === symbol);
  const all = await pollBadges(page, (bs) => {
    const rs = rsOf(bs);
    return rs !== undefined && rs.state !== 'loading' && ready(rs);
  }, `the ${symbol} RS badge to settle`, 30_000);
  return { all: all.filter((b) => b.data['symbol'] === symbol), rs: rsOf(all)! };
}

describe.skipIf(!gate.run)('stale, offline and unknown data', () => {
  const session = useSession({ settings: SETTINGS });

  /** Presses Refresh in the popup (forced refresh of benchmark, proxy and watchlist) and returns the footer stamp. */
  const refreshFromPopup = async (): Promise<{ stamp: string; flags: string[] }> => {
    const { popup } = await openPopup(session().browser);
    await popup.click('[data-testid="refresh"]');
    await popup.waitForSelector('[data-testid="refresh"]:not([disabled])', { timeout: 30_000 });
    await popup.waitForSelector('[data-testid="stamp"] [data-testid^="flag-"]', { timeout: 10_000 }).catch(() => null);
    const stamp = await textOf(popup, '[data-testid="stamp"]');
    const flags = await popup.locator('[data-testid^="flag-"]').allTextContents();
    await popup.close();
    return { stamp, flags };
  };

  it('an unknown symbol (404) shows the unknown-symbol state, never a number', async () => {
    const { page, server } = session();
    const q = yahooQuote('ZZZZQ');
    server.setPage(q);
    await page.goto(q.url);
    const { all, rs } = await settledFor(page, 'ZZZZQ');
    expect(server.chartRequests.filter((r) => r.symbol === 'ZZZZQ').map((r) => r.status)).toContain(404);
    expect(rs.state).toBe('unknown');
    expect(rs.text).toBe('RS n/a — unknown symbol');
    for (const b of tickerBadges(all)) expect(b.text, `${b.data['kind']} badge`).not.toMatch(NUMBER);
  });

  it('a symbol never fetched while the network is down shows an offline error, never a number', async () => {
    const { page, server } = session();
    const q = yahooQuote('TWST');
    server.setPage(q);
    server.setChartFault((s) => (s === 'TWST' ? 'reset' : null));
    try {
      await page.goto(q.url);
      const { all, rs } = await settledFor(page, 'TWST');
      expect(server.chartRequests.filter((r) => r.symbol === 'TWST').length).toBeGreaterThan(0);
      expect(server.chartRequests.filter((r) => r.symbol === 'TWST').every((r) => r.status === 0)).toBe(true);
      expect(rs.state).toBe('error');
      expect(rs.text).toMatch(/^RS error/);
      expect(rs.text).toMatch(/offline/i);
      for (const b of tickerBadges(all)) expect(b.text, `${b.data['kind']} badge`).not.toMatch(NUMBER);
    } finally {
      server.setChartFault(null);
    }
  });

  it('cached data while the server fails (HTTP 500): the cached numbers, marked stale with their date', async () => {
    const { page, server, settings } = session();
    const fx = QUOTE_FIXTURES[0]!;
    await page.goto(fx.url);
    const fresh = await settledFor(page, fx.symbol);
    const report = expectedReport(server, fx.symbol, settings.comparison.benchmark);
    expect(fresh.rs.state).toBe('ok');
    expect(fresh.rs.text).toContain(rsFragment(report, settings));
    expect(fresh.rs.text).not.toMatch(/stale|offline|as of/);

    server.setChartFault(() => 500);
    try {
      const footer = await refreshFromPopup();
      expect(footer.stamp).toContain(`as of ${LAST_DATE}`);
      expect(footer.flags).toContain('stale');
      expect(footer.flags).not.toContain('offline');

      await page.reload();
      const { all, rs } = await settledFor(page, fx.symbol, (b) => b.state === 'stale');
      expect(rs.text).toContain(rsFragment(report, settings));
      expect(rs.text).toContain(`as of ${LAST_DATE} · stale`);
      expect(rs.controls.find((c) => c.role === 'button')?.label).toContain(`Data as of ${LAST_DATE}, stale`);
      // Every badge of the row carries the marker: the streak and P/E keep the cached figure, marked;
      // the market context (IWM vs SPY, both cached) carries its own.
      const streak = all.find((b) => b.data['kind'] === 'streak');
      expect(streak?.text).toContain(streakFragment(report));
      for (const kind of ['streak', 'discount', 'rotation']) {
        const badge = all.find((b) => b.data['kind'] === kind);
        expect(badge?.state, kind).toBe('stale');
        expect(badge?.text, kind).toContain(`as of ${LAST_DATE} · stale`);
      }
    } finally {
      server.setChartFault(null);
    }
  });

  it('cached data while the network is down: the cached numbers, marked offline with their date', async () => {
    const { page, server, settings } = session();
    const fx = QUOTE_FIXTURES[0]!;
    const report = expectedReport(server, fx.symbol, settings.comparison.benchmark);
    server.setChartFault(() => 'reset');
    try {
      const footer = await refreshFromPopup();
      expect(footer.stamp).toContain(`as of ${LAST_DATE}`);
      expect(footer.flags).toContain('offline');

      await page.goto(fx.url);
      const { all, rs } = await settledFor(page, fx.symbol, (b) => b.state === 'offline');
      expect(rs.text).toContain(rsFragment(report, settings));
      expect(rs.text).toContain(`as of ${LAST_DATE} · offline`);
      for (const kind of ['streak', 'discount', 'rotation']) expect(all.find((b) => b.data['kind'] === kind)?.text, kind).toContain(`as of ${LAST_DATE} · offline`);
    } finally {
      server.setChartFault(null);
    }
  });
});
