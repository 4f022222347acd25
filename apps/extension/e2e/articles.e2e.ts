/**
 * Pages that are not a single quote: articles badge the tickers the page marks (links, cashtags,
 * exchange patterns, watchlist words) and never the common words; the Yahoo SPA re-badges on in-app
 * navigation; a live page's later entries get badges (MutationObserver path) without double-badging;
 * hostile text never executes.
 */
import { e2eGate, readBadges } from '@rotation-lens/e2e-harness';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FIXTURES, LIVE_FIXTURE, SPA_FIXTURE, XSS_FIXTURE, XSS_QUOTE_URL } from './fixtures/site-pages.ts';
import { expectedReport } from './support/expected.ts';
import { rsFragment } from './support/expect-badges.ts';
import { badgedSymbols, pollBadges, settled, settledBadge } from './support/page-helpers.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });
const SYMBOL_SHAPE = /^\^?[A-Z0-9.-]{1,10}$/;

describe.skipIf(!gate.run)('articles, SPA navigation, live pages, hostile text', () => {
  const session = useSession();

  it.each(ARTICLE_FIXTURES.map((a) => [a.site, a] as const))('%s article: marked tickers badged, common words not', async (_site, fx) => {
    const { page } = session();
    await page.goto(fx.url);
    const bs = await pollBadges(page, (b) => fx.badged.every((sym) => badgedSymbols(b).has(sym)) && b.every(settled), `badges for ${fx.badged.join(', ')}`);
    const got = badgedSymbols(bs);
    for (const sym of fx.notBadged) expect(got.has(sym), `${sym} must not be badged`).toBe(false);
    for (const b of bs) expect(b.data['symbol'] ?? '').toMatch(SYMBOL_SHAPE);
    // One badge per symbol per block: badging is idempotent even if the scanner runs again.
    await page.waitForTimeout(300);
    expect((await readBadges(page)).length).toBe(bs.length);
  });

  it('an article badge shows the same RS as core', async () => {
    const fx = ARTICLE_FIXTURES[2]!;
    await session().page.goto(fx.url);
    const nvda = await settledBadge(session().page, 'rs', 'NVDA');
    expect(nvda.text).toContain(rsFragment(expectedReport(session().server, 'NVDA'), session().settings).replace(/ 3M$/, ''));
  });

  it('Yahoo SPA: in-app navigation re-badges for the new symbol, and back again', async () => {
    const { page } = session();
    await page.goto(SPA_FIXTURE.urls[0]!);
    await settledBadge(page, 'rs', 'MSFT');
    await page.click('a[data-spa="NVDA"]');
    await page.waitForURL(SPA_FIXTURE.urls[1]!);
    const after = await pollBadges(page, (b) => b.some((x) => x.data['kind'] === 'rs' && x.data['symbol'] === 'NVDA' && settled(x)) && !b.some((x) => x.data['symbol'] === 'MSFT'), 'NVDA badges replacing MSFT');
    expect(after.filter((x) => x.data['kind'] === 'rs')).toHaveLength(1);
    await page.goBack();
    await pollBadges(page, (b) => b.some((x) => x.data['kind'] === 'rs' && x.data['symbol'] === 'MSFT' && settled(x)) && !b.some((x) => x.data['symbol'] === 'NVDA'), 'MSFT badges after Back');
  });

  it('live page: entries added after load are badged, existing ones are not badged twice', async () => {
    const { page } = session();
    await page.goto(LIVE_FIXTURE.url);
    await pollBadges(page, (b) => [...LIVE_FIXTURE.initial, ...LIVE_FIXTURE.later].every((sym) => badgedSymbols(b).has(sym)), 'initial + 300 ms entry badges');
    const before = (await readBadges(page)).filter((b) => b.data['symbol'] === 'MSFT').length;
    await page.evaluate(() => (window as unknown as { __addEntry: (t: string, h: string, l: string) => void }).__addEntry('Palantir jumps:', '/investing/stock/pltr', 'Palantir'));
    await pollBadges(page, (b) => badgedSymbols(b).has('PLTR'), 'a badge for the entry added on demand');
    expect((await readBadges(page)).filter((b) => b.data['symbol'] === 'MSFT').length).toBe(before);
  });

  it('hostile text: markup "tickers" never execute and never become symbols', async () => {
    const { page } = session();
    await page.goto(XSS_FIXTURE.url);
    const bs = await pollBadges(page, (b) => XSS_FIXTURE.badged.every((sym) => badgedSymbols(b).has(sym)) && b.every(settled), 'badges next to the real tickers');
    for (const b of bs) expect(b.data['symbol'] ?? '').toMatch(SYMBOL_SHAPE);
    await page.waitForTimeout(500);
    // Main world: the content script runs in an isolated world, so an injected handler would run here.
    const probe = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      imgs: document.querySelectorAll('img').length,
      shadowImgs: [...document.querySelectorAll('[data-rotation-lens]')].reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('img, script').length ?? 0), 0),
    }));
    expect(probe).toEqual({ pwned: null, imgs: 0, shadowImgs: 0 });
  });

  it('hostile quote URL: no symbol, no badge, nothing executes', async () => {
    const { page } = session();
    await page.goto(XSS_QUOTE_URL);
    await page.waitForTimeout(1000);
    const bs = await readBadges(page);
    for (const b of bs) expect(b.data['symbol'] ?? '').toMatch(SYMBOL_SHAPE);
    expect(bs.some((b) => (b.data['symbol'] ?? '').includes('<'))).toBe(false);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned ?? null)).toBeNull();
  });
});
