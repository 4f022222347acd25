/**
 * @vitest-environment happy-dom
 * @vitest-environment-options {"url": "https://finance.yahoo.com/"}
 */
import type { RotationReport } from '@rotation-lens/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type PageRuntime, runPage } from './page-runtime.ts';
import { badgesIn, fakeSend, gatedSend, PAGE_DEFAULTS, realCard, testAdapter } from '../../test/page.ts';
import { contextOf, FRESH, okView, sampleReports } from '../../test/views.ts';
import type { PageSettings } from '../../contracts/page-settings.ts';
import type { Request } from '../../contracts/messages.ts';
import { badgesTexts } from '../../present/badges/texts.ts';
import type { Kept } from './kept.ts';
import type { Sender } from '../../contracts/send.ts';

let reports: Map<string, RotationReport>;
beforeAll(async () => {
  reports = await sampleReports(['AAPL', 'MSFT', 'IWM']);
});

let runtime: PageRuntime | null = null;
afterEach(() => {
  runtime?.stop();
  runtime = null;
  document.body.replaceChildren();
  history.replaceState(null, '', '/');
});

function header(title: string): void {
  const main = document.createElement('main');
  const hdr = document.createElement('section');
  hdr.className = 'hdr';
  const h1 = document.createElement('h1');
  h1.textContent = title;
  hdr.append(h1);
  main.append(hdr);
  document.body.replaceChildren(main);
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function start(initial: PageSettings = PAGE_DEFAULTS) {
  const f = fakeSend(reports, reports.get('IWM'));
  let listener: ((s: PageSettings) => void) | null = null;
  runtime = await runPage({
    win: window,
    adapterForUrl: (u) => (u.hostname === 'finance.yahoo.com' ? testAdapter : null),
    send: f.send,
    card: realCard,
    readSettings: async () => initial,
    onSettingsChanged: (cb) => {
      listener = cb;
      return () => {
        listener = null;
      };
    },
  });
  const change = async (s: PageSettings) => {
    listener?.(s);
    await runtime?.session?.settled();
  };
  await runtime?.session?.settled();
  return { f, change };
}

describe('page runtime', () => {
  it('no adapter → does nothing', async () => {
    const r = await runPage({
      win: window,
      adapterForUrl: () => null,
      send: fakeSend(reports, undefined).send,
      card: realCard,
      readSettings: async () => PAGE_DEFAULTS,
      onSettingsChanged: () => () => undefined,
    });
    expect(r).toBeNull();
    header('Apple');
    const gone = await runPage({
      win: window,
      adapterForUrl: () => testAdapter,
      send: fakeSend(reports, undefined).send,
      card: realCard,
      readSettings: async () => null,
      onSettingsChanged: () => () => undefined,
    });
    expect(gone).toBeNull(); // no settings to be had (extension reloaded): the page is left alone
    expect(badgesIn(document)).toEqual([]);
  });

  it('SPA navigation: old badges removed, new symbol badged', async () => {
    history.replaceState(null, '', '/quote/AAPL/');
    header('Apple');
    await start();
    expect(new Set(badgesIn(document).map((b) => b.symbol))).toEqual(new Set(['AAPL']));
    // The page's router: pushState + DOM swap (not observable as an event from the isolated world).
    history.pushState(null, '', '/quote/MSFT/');
    header('Microsoft');
    await wait(250);
    await runtime?.session?.settled();
    expect(runtime?.session?.symbol).toBe('MSFT');
    const symbols = badgesIn(document).map((b) => b.symbol);
    expect(new Set(symbols)).toEqual(new Set(['MSFT']));
    expect(symbols).toHaveLength(4);
  });

  it('re-badges when the page re-renders over the row (bounded)', async () => {
    history.replaceState(null, '', '/quote/AAPL/');
    header('Apple');
    await start();
    header('Apple'); // framework re-render: our row is gone
    await wait(300);
    await runtime?.session?.settled();
    expect(badgesIn(document)).toHaveLength(4);
  });

  it('settings changes apply without reload: site off/on, badges, density, benchmark refetch', async () => {
    history.replaceState(null, '', '/quote/AAPL/');
    header('Apple');
    const { f, change } = await start();
    expect(badgesIn(document)).toHaveLength(4);
    const requests = () => f.requests.filter((r) => r.type === 'get-badges').length;
    expect(requests()).toBe(1);

    await change({ ...PAGE_DEFAULTS, sites: { ...PAGE_DEFAULTS.sites, yahoo: false } });
    expect(badgesIn(document)).toHaveLength(0);

    await change({ ...PAGE_DEFAULTS, badges: { rs: true, discount: false, streak: true, rotation: false } });
    expect(badgesIn(document).map((b) => b.kind)).toEqual(['rs', 'streak']);
    expect(requests()).toBe(1); // display-only change: cached views reused

    await change({ ...PAGE_DEFAULTS, density: 'compact' });
    expect(badgesIn(document)[0]?.text).not.toContain('3M');

    await change({ ...PAGE_DEFAULTS, comparison: { ...PAGE_DEFAULTS.comparison, benchmark: '^GSPC' } });
    expect(requests()).toBe(2); // comparison changed: refetched
  });

  it('an article is badged again after a settings change (the ended session’s scan marks are forgotten)', async () => {
    history.replaceState(null, '', '/news/rally.html');
    const p = document.createElement('p');
    p.textContent = 'Shares of $MSFT and $AAPL rose.';
    document.body.replaceChildren(p);
    const { change } = await start();
    expect(badgesIn(document).map((b) => b.symbol).sort()).toEqual(['AAPL', 'MSFT']);
    await change({ ...PAGE_DEFAULTS, density: 'compact' });
    expect(badgesIn(document).map((b) => b.symbol).sort()).toEqual(['AAPL', 'MSFT']);
    await change({ ...PAGE_DEFAULTS, badges: { ...PAGE_DEFAULTS.badges, rs: false } });
    expect(badgesIn(document).map((b) => b.kind)).toEqual(['streak', 'streak']);
  });

  describe('first paint from the page kit (kept.ts)', () => {
    const slowWorker = () => gatedSend(reports, reports.get('IWM'));
    const keptFor = async (symbol: string, stamp?: typeof FRESH): Promise<Kept> => {
      const view = okView(reports.get(symbol)!, stamp);
      const r = { context: contextOf(reports.get('IWM')!), tickers: { [symbol]: view } };
      const texts = badgesTexts(r, PAGE_DEFAULTS);
      return { settings: PAGE_DEFAULTS, tickers: new Map([[symbol, texts.tickers[symbol]!]]), rotation: texts.rotation };
    };
    const run = (send: Sender, kept: Kept, readSettings = async (): Promise<PageSettings | null> => PAGE_DEFAULTS) =>
      runPage({
        win: window,
        adapterForUrl: () => testAdapter,
        send,
        card: realCard,
        readSettings,
        readKept: async () => kept,
        onSettingsChanged: () => () => undefined,
      });

    it('kept badges are on the page before the worker answers, and its answer replaces them', async () => {
      history.replaceState(null, '', '/quote/AAPL/');
      header('Apple');
      const w = slowWorker();
      const kept = await keptFor('AAPL', { ...FRESH, asOf: '2026-01-09' });
      runtime = await run(w.send, kept);
      const rs = () => badgesIn(document).find((b) => b.kind === 'rs');
      expect(rs()?.state).toBe('ok');
      const keptRs = kept.tickers.get('AAPL')!.rs.full;
      expect(rs()?.text).toBe(keptRs.text + (keptRs.note ?? ''));
      expect(badgesIn(document).find((b) => b.kind === 'rotation')?.state).toBe('ok');
      w.release();
      await runtime?.session?.settled();
      expect(w.f.requests.filter((r) => r.type === 'get-badges')).toHaveLength(1); // still asked: the kit is only the first paint
      const live = (await keptFor('AAPL')).tickers.get('AAPL')!.rs.full;
      expect(rs()?.text).toBe(live.text + (live.note ?? ''));
    });

    it('when the worker cannot answer, the error replaces the kept badges', async () => {
      history.replaceState(null, '', '/quote/AAPL/');
      header('Apple');
      const w = slowWorker();
      w.f.failWith = 'the extension was reloaded';
      runtime = await run(w.send, await keptFor('AAPL'));
      w.release();
      await runtime?.session?.settled();
      expect(badgesIn(document).map((b) => b.state)).toEqual(['error', 'error', 'error', 'error']);
    });

    const article = (text: string) => {
      history.replaceState(null, '', '/news/rally.html');
      const p = document.createElement('p');
      p.textContent = text;
      document.body.replaceChildren(p);
    };

    it('an article reads its marked tickers’ kit with the settings, before asking the worker anything', async () => {
      article('Shares of $MSFT rose.');
      const w = slowWorker();
      const order: string[] = [];
      const send = ((req: Request) => {
        order.push(req.type);
        return w.send(req);
      }) as Sender;
      runtime = await runPage({
        win: window,
        adapterForUrl: () => testAdapter,
        send,
        card: realCard,
        readSettings: async () => {
          order.push('get-page-settings');
          return PAGE_DEFAULTS;
        },
        readKept: async (symbol, _pe, inline) => {
          order.push(`kit ${symbol} ${inline.join()}`);
          return { settings: PAGE_DEFAULTS, tickers: new Map(), rotation: null };
        },
        onSettingsChanged: () => () => undefined,
      });
      w.release();
      await runtime?.session?.settled();
      expect(order).toEqual(['kit null MSFT', 'kit null MSFT', 'get-page-settings', 'get-badges']); // the second: nothing was kept for MSFT
    });

    it('an article’s first badges show their kept numbers as they are inserted: no second read first', async () => {
      article('Shares of $MSFT rose; AAPL did not.');
      const w = slowWorker();
      const kept = await keptFor('MSFT');
      const reads: string[][] = [];
      let inserted: string[] = [];
      // What the page shows in the task that inserts the badges (no microtask or read in between).
      const seen = new MutationObserver(() => {
        seen.disconnect();
        inserted = badgesIn(document).map((b) => `${b.symbol} ${b.state}`);
      });
      seen.observe(document.body, { childList: true, subtree: true });
      runtime = await runPage({
        win: window,
        adapterForUrl: () => testAdapter,
        send: w.send,
        card: realCard,
        readSettings: async () => ({ ...PAGE_DEFAULTS, watchlist: ['AAPL'] }),
        readKept: async (_symbol, _pe, inline) => {
          reads.push([...inline]);
          return { ...kept, settings: { ...PAGE_DEFAULTS, watchlist: ['AAPL'] }, tickers: inline.includes('MSFT') ? kept.tickers : new Map() };
        },
        onSettingsChanged: () => () => undefined,
      });
      expect(inserted).toEqual(['MSFT ok', 'AAPL loading']); // AAPL: a watchlist word, not marked, read later
      expect(reads).toEqual([['MSFT'], ['AAPL']]); // the marked ticker with the kit; the watchlist word after
      w.release();
      await runtime?.session?.settled();
    });

    it('kept settings start the page; the worker’s own settings replace them when they differ', async () => {
      history.replaceState(null, '', '/quote/AAPL/');
      header('Apple');
      const w = slowWorker();
      const kept = await keptFor('AAPL');
      let answer!: (s: PageSettings) => void;
      const worker = new Promise<PageSettings>((r) => (answer = r));
      runtime = await run(w.send, kept, () => worker);
      expect(badgesIn(document)).toHaveLength(4);
      answer({ ...PAGE_DEFAULTS, badges: { rs: true, discount: false, streak: false, rotation: false } });
      await wait(0);
      w.release();
      await runtime?.session?.settled();
      expect(badgesIn(document).map((b) => b.kind)).toEqual(['rs']);
    });
  });
});
