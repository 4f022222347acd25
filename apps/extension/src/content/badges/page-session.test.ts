import type { RotationReport } from '@rotation-lens/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { arrow, formatPercent } from '@rotation-lens/present';
import type { Request, ValuationRefresh } from '../../contracts/messages.ts';
import type { Sender } from '../../contracts/send.ts';
import type { CardInput } from '../card/card.ts';
import { attachCard } from '../card/controller.ts';
import type { CardModule } from '../modules/contracts.ts';
import { ready } from '../modules/source.ts';
import { type PageSession, startSession } from './page-session.ts';
import { badgesIn, fakeSend, gatedSend, PAGE_DEFAULTS, realCard, testAdapter } from '../../test/page.ts';
import { FRESH, okView, sampleReports } from '../../test/views.ts';
import { badgesTexts } from '../../present/badges/texts.ts';

let reports: Map<string, RotationReport>;
beforeAll(async () => {
  reports = await sampleReports(['AAPL', 'MSFT', 'NVDA', 'IWM']);
});

let session: PageSession | null = null;
afterEach(() => {
  session?.stop();
  session = null;
  document.body.replaceChildren();
});

function quotePage(): void {
  const main = document.createElement('main');
  const hdr = document.createElement('section');
  hdr.className = 'hdr';
  const h1 = document.createElement('h1');
  h1.textContent = 'Apple Inc. (AAPL)';
  const pe = document.createElement('span');
  pe.setAttribute('data-pe', '31.2');
  hdr.append(h1, pe);
  main.append(hdr);
  document.body.append(main);
}

describe('page session: quote page', () => {
  it('one row after the anchor: loading first, then core numbers; one get-badges with the page P/E', async () => {
    quotePage();
    const f = fakeSend(reports, reports.get('IWM'));
    session = startSession({ doc: document, url: new URL('https://finance.yahoo.com/quote/AAPL/'), adapter: testAdapter, settings: PAGE_DEFAULTS, send: f.send, card: realCard });
    expect(session.kind).toBe('quote');
    const row = document.querySelector('h1')?.nextElementSibling;
    expect(row?.getAttribute('data-rotation-lens')).toBe('row');
    expect(badgesIn(document).map((b) => b.state)).toEqual(['loading', 'loading', 'loading', 'loading']);
    await session.settled();
    expect(f.requests).toEqual([{ type: 'get-badges', site: 'yahoo', symbols: ['AAPL'], pagePe: { AAPL: { pe: 31.2, basis: 'trailing' } } }]);
    const badges = badgesIn(document);
    expect(badges.map((b) => b.kind)).toEqual(['rs', 'discount', 'streak', 'rotation']);
    const change = reports.get('AAPL')?.relativeStrength.change['3M'] ?? null;
    expect(badges[0]?.text).toBe(`${arrow(change)} RS ${formatPercent(change)} 3M`);
    expect(badges[3]?.text).toMatch(/^IWM vs SPY: /);
    expect(document.querySelector('h1')?.textContent).toBe('Apple Inc. (AAPL)'); // page text untouched
  });

  it("the card's 'Refresh reading': a fresh reading → the page's symbols are asked again; otherwise not", async () => {
    quotePage();
    const f = fakeSend(reports, reports.get('IWM'));
    let answer: ValuationRefresh = { status: 'not-permitted', text: 'off' };
    const send = (async (req: Request) => {
      if (req.type !== 'refresh-valuation') return f.send(req);
      f.requests.push(req);
      return { ok: true, data: answer };
    }) as Sender;
    let cardInput: (() => CardInput | null) | undefined;
    const card = ready<CardModule>({
      attach: (h, input) => {
        cardInput = input;
        return attachCard(h, input);
      },
    });
    session = startSession({ doc: document, url: new URL('https://finance.yahoo.com/quote/AAPL/'), adapter: testAdapter, settings: PAGE_DEFAULTS, send, card });
    await session.settled();
    session.badges.find((b) => b.kind === 'rs')!.host.dispatchEvent(new MouseEvent('mouseenter'));
    const input = cardInput!()!;
    expect(await input.refreshValuation!()).toEqual({ ok: true, data: { status: 'not-permitted', text: 'off' } });
    expect(f.requests.map((r) => r.type)).toEqual(['get-badges', 'refresh-valuation']);
    answer = { status: 'fresh', date: '2026-12-04', source: 'Yahoo Finance, forward P/E', text: 'new' };
    await input.refreshValuation!();
    expect(f.requests.map((r) => r.type)).toEqual(['get-badges', 'refresh-valuation', 'refresh-valuation', 'get-badges']);
    expect(f.requests.at(-1)).toMatchObject({ symbols: ['AAPL'], pagePe: { AAPL: { pe: 31.2, basis: 'trailing' } } });
  });

  it('respects badge switches; no anchor at all → nothing added', async () => {
    quotePage();
    const f = fakeSend(reports, undefined);
    const settings = { ...PAGE_DEFAULTS, badges: { rs: true, discount: false, streak: false, rotation: false } };
    session = startSession({ doc: document, url: new URL('https://finance.yahoo.com/quote/AAPL/'), adapter: testAdapter, settings, send: f.send, card: realCard });
    await session.settled();
    expect(badgesIn(document).map((b) => b.kind)).toEqual(['rs']);
    session.stop();
    document.body.replaceChildren();
    session = startSession({ doc: document, url: new URL('https://finance.yahoo.com/quote/AAPL/'), adapter: testAdapter, settings, send: f.send, card: realCard });
    expect(session.kind).toBe('none');
    expect(badgesIn(document)).toEqual([]);
  });

  it('a failed batch shows a visible error state, not a blank', async () => {
    quotePage();
    const f = fakeSend(reports, undefined);
    f.failWith = 'offline: no network';
    session = startSession({ doc: document, url: new URL('https://finance.yahoo.com/quote/AAPL/'), adapter: testAdapter, settings: PAGE_DEFAULTS, send: f.send, card: realCard });
    await session.settled();
    const badges = badgesIn(document);
    expect(badges.every((b) => b.state === 'error')).toBe(true);
    expect(badges[0]?.text).toContain('offline: no network');
  });

  it('stop() removes everything it added', async () => {
    quotePage();
    const before = document.body.cloneNode(true);
    session = startSession({ doc: document, url: new URL('https://finance.yahoo.com/quote/AAPL/'), adapter: testAdapter, settings: PAGE_DEFAULTS, send: fakeSend(reports, undefined).send, card: realCard });
    await session.settled();
    session.stop();
    expect(document.querySelectorAll('[data-rotation-lens]').length).toBe(0);
    expect(document.body.isEqualNode(before)).toBe(true);
  });
});

describe('page session: article', () => {
  function article(): HTMLElement {
    const art = document.createElement('article');
    const p = document.createElement('p');
    p.append('Shares of ');
    const a = document.createElement('a');
    a.href = 'https://finance.yahoo.com/quote/NVDA/';
    a.textContent = 'Nvidia';
    p.append(a, ' rose while $MSFT and (NASDAQ: AAPL) fell. IT and ALL said A lot; T and F did too.');
    art.append(p);
    document.body.append(art);
    return art;
  }

  it('an inline badge right after each marked ticker, one batch, common words untouched', async () => {
    article();
    const f = fakeSend(reports, undefined);
    session = startSession({ doc: document, url: new URL('https://finance.yahoo.com/news/x.html'), adapter: testAdapter, settings: PAGE_DEFAULTS, send: f.send, card: realCard });
    expect(session.kind).toBe('article');
    await session.settled();
    const badges = badgesIn(document);
    expect(badges.map((b) => b.symbol).sort()).toEqual(['AAPL', 'MSFT', 'NVDA']);
    expect(f.requests).toHaveLength(1);
    const req = f.requests[0];
    expect(req?.type === 'get-badges' ? [...req.symbols].sort() : []).toEqual(['AAPL', 'MSFT', 'NVDA']);
    // Placement: the MSFT badge follows "$MSFT" exactly.
    const msft = document.querySelector('[data-symbol="MSFT"]');
    expect(msft?.previousSibling?.textContent?.endsWith('$MSFT')).toBe(true);
    expect(document.querySelector('[data-symbol="NVDA"]')?.previousElementSibling?.tagName).toBe('A');
    // The prose still reads the same once badges are removed.
    const text = document.querySelector('p')?.textContent ?? '';
    expect(text.startsWith('Shares of Nvidia')).toBe(true);
  });

  it('content added later is badged (watcher) without re-badging what is there', async () => {
    const art = article();
    const f = fakeSend(reports, undefined);
    session = startSession({ doc: document, url: new URL('https://finance.yahoo.com/news/x.html'), adapter: testAdapter, settings: PAGE_DEFAULTS, send: f.send, card: realCard });
    await session.settled();
    const p2 = document.createElement('p');
    p2.textContent = 'Later: $IWM and $MSFT again.';
    art.append(p2);
    await new Promise((r) => setTimeout(r, 400));
    await session.settled();
    const symbols = badgesIn(document).map((b) => b.symbol);
    expect(symbols.filter((s) => s === 'IWM')).toHaveLength(1);
    expect(symbols.filter((s) => s === 'MSFT')).toHaveLength(2); // once per paragraph
    expect(symbols.filter((s) => s === 'NVDA')).toHaveLength(1);
    // MSFT's view was cached: only IWM was requested in the second batch.
    const second = f.requests[1];
    expect(second?.type === 'get-badges' ? second.symbols : []).toEqual(['IWM']);
  });

  /** An <article> with one paragraph of `text` (set as text, never parsed). */
  function articleOf(text: string): { art: HTMLElement; p: HTMLParagraphElement } {
    const art = document.createElement('article');
    const p = document.createElement('p');
    p.textContent = text;
    art.append(p);
    document.body.append(art);
    return { art, p };
  }

  it('an inline badge for a symbol the provider does not know is dropped, now and when it appears again', async () => {
    const { art, p } = articleOf('Shares of $ZZZZ and $MSFT rose.');
    session = startSession({ doc: document, url: new URL('https://finance.yahoo.com/news/z.html'), adapter: testAdapter, settings: PAGE_DEFAULTS, send: fakeSend(reports, undefined).send, card: realCard });
    await session.settled();
    expect(badgesIn(document).map((b) => b.symbol)).toEqual(['MSFT']);
    expect(session.badges.map((b) => b.symbol)).toEqual(['MSFT']);
    expect(p.textContent).toBe('Shares of $ZZZZ and $MSFT rose.');
    const later = document.createElement('p');
    later.textContent = 'Again $ZZZZ.';
    art.append(later);
    await new Promise((r) => setTimeout(r, 400));
    await session.settled();
    expect(badgesIn(document).map((b) => b.symbol)).toEqual(['MSFT']);
  });

  it('XSS-looking text stays text', async () => {
    articleOf('Buy $<img src=x onerror=window.__pwned=1> and <img src=x onerror=alert(1)> now, $NVDA too.');
    session = startSession({ doc: document, url: new URL('https://finance.yahoo.com/news/y.html'), adapter: testAdapter, settings: PAGE_DEFAULTS, send: fakeSend(reports, undefined).send, card: realCard });
    await session.settled();
    expect(document.querySelectorAll('img').length).toBe(0);
    expect(badgesIn(document).map((b) => b.symbol)).toEqual(['NVDA']);
  });
});

describe('page session: an article’s first paint from the page kit (kept.ts)', () => {
  it('kept texts paint its inline badges before the worker answers, with no module asked for; the answer replaces them', async () => {
    const p = document.createElement('p');
    p.textContent = 'Shares of $MSFT and $NVDA rose.';
    document.body.append(p);
    const { f, send, release } = gatedSend(reports, undefined);
    const older = { ...FRESH, asOf: '2026-01-09' };
    const kept = badgesTexts({ context: null, tickers: { MSFT: okView(reports.get('MSFT')!, older) } }, PAGE_DEFAULTS).tickers;
    const asked: string[][] = [];
    const readKept = async (_symbol: string | null, _pe: number | null, inline: readonly string[]) => {
      asked.push([...inline]);
      return { settings: null, tickers: new Map(Object.entries(kept)), rotation: null };
    };
    session = startSession({ doc: document, url: new URL('https://finance.yahoo.com/news/k.html'), adapter: testAdapter, settings: PAGE_DEFAULTS, send, card: realCard, readKept });
    await new Promise((r) => setTimeout(r, 0));
    const msft = () => badgesIn(document).find((b) => b.symbol === 'MSFT');
    expect(asked.map((s) => s.sort())).toEqual([['MSFT', 'NVDA']]);
    expect(msft()?.text).toBe(kept['MSFT']!.rs.full.text + (kept['MSFT']!.rs.full.note ?? ''));
    expect(badgesIn(document).find((b) => b.symbol === 'NVDA')?.state).toBe('loading'); // nothing kept for it
    release();
    await session.settled();
    expect(f.requests.map((r) => r.type)).toEqual(['get-badges']);
    const live = badgesTexts({ context: null, tickers: { MSFT: okView(reports.get('MSFT')!) } }, PAGE_DEFAULTS).tickers['MSFT']!.rs.full;
    expect(msft()?.text).toBe(live.text + (live.note ?? ''));
    expect(badgesIn(document).find((b) => b.symbol === 'NVDA')?.state).toBe('ok');
  });

  it('a worker error answered first is not painted over by kept texts arriving later', async () => {
    const p = document.createElement('p');
    p.textContent = 'Shares of $MSFT rose.';
    document.body.append(p);
    const f = fakeSend(reports, undefined);
    f.failWith = 'the extension was reloaded';
    let hand!: (m: Map<string, never>) => void;
    const kept = new Promise<Map<string, never>>((r) => (hand = r)).then((tickers) => ({ settings: null, tickers, rotation: null }));
    session = startSession({ doc: document, url: new URL('https://finance.yahoo.com/news/e.html'), adapter: testAdapter, settings: PAGE_DEFAULTS, send: f.send, card: realCard, readKept: () => kept });
    await new Promise((r) => setTimeout(r, 0));
    const texts = badgesTexts({ context: null, tickers: { MSFT: okView(reports.get('MSFT')!) } }, PAGE_DEFAULTS).tickers;
    hand(new Map(Object.entries(texts)) as Map<string, never>);
    await session.settled();
    expect(badgesIn(document).map((b) => b.state)).toEqual(['error']);
  });
});
