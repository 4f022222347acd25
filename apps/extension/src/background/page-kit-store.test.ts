import type { RotationReport } from '@rotation-lens/core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readKept } from '../content/badges/kept.ts';
import { PAGE_DEFAULTS } from '../test/page.ts';
import { contextOf, okView, sampleReports } from '../test/views.ts';
import type { ResponseMap, TickerView } from '../contracts/messages.ts';
import { KIT_ROTATION_KEY, kitTickerKey } from '../contracts/page-kit.ts';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { badgesTexts } from '../present/badges/texts.ts';
import { createPageKitStore, kitEntries, MAX_KIT_TICKERS } from './page-kit-store.ts';
import { WARM_FRESH_MS } from './freshness.ts';

// chrome.storage.session has the same API as local: the fake's local area stands in for it.
let fake: ChromeFake;
let clock = 1_000_000;
let reports: Map<string, RotationReport>;
beforeAll(async () => {
  reports = await sampleReports(['AAPL', 'IWM', 'MSFT']);
});
beforeEach(() => {
  fake = installChromeFake();
  clock = 1_000_000;
});
afterEach(() => fake.uninstall());

const store = () => createPageKitStore(fake.local, { now: () => clock });

function reply(tickers: Record<string, TickerView>): ResponseMap['get-badges'] {
  const r = { context: contextOf(reports.get('IWM')!), tickers };
  return { ...r, texts: badgesTexts(r, PAGE_DEFAULTS) };
}

describe('page kit, worker side → page side', () => {
  it('keeps ok and unknown symbols and the market context, never an error', () => {
    const r = reply({
      AAPL: okView(reports.get('AAPL')!),
      NOPE: { status: 'unknown', symbol: 'NOPE', message: 'unknown symbol' },
      BAD: { status: 'error', symbol: 'BAD', message: 'HTTP 500' },
    });
    const items = kitEntries(r, 5);
    expect(Object.keys(items).sort()).toEqual([KIT_ROTATION_KEY, kitTickerKey('AAPL'), kitTickerKey('NOPE')].sort());
    expect(items[kitTickerKey('AAPL')]).toMatchObject({ freshUntil: 5, asOf: '2026-01-16' });
    expect(items[kitTickerKey('NOPE')]?.asOf).toBeNull();
  });

  it('what the worker keeps is what the next page paints first, the worker’s texts unchanged', async () => {
    const r = reply({ AAPL: okView(reports.get('AAPL')!) });
    await store().keepSettings(PAGE_DEFAULTS, clock);
    await store().keepBadges(r, clock);
    const kept = await readKept('AAPL', null, [], fake.local, clock);
    expect(kept.settings).toEqual(PAGE_DEFAULTS);
    expect(kept.tickers.get('AAPL')).toEqual(r.texts?.tickers['AAPL']);
    expect(kept.rotation).toEqual(r.texts?.rotation);
    expect((await readKept('MSFT', null, [], fake.local, clock)).tickers.has('MSFT')).toBe(false);
  });

  it('a page showing both P/Es keys its texts by the first (preferred) one, as the page reads it', async () => {
    const both = [{ pe: 30.1, basis: 'forward' as const }, { pe: 33.9, basis: 'trailing' as const }];
    await store().keepBadges(reply({ AAPL: okView(reports.get('AAPL')!) }), clock, { AAPL: both });
    expect((await readKept('AAPL', 30.1, [], fake.local, clock)).tickers.has('AAPL')).toBe(true);
    expect((await readKept('AAPL', 33.9, [], fake.local, clock)).tickers.has('AAPL')).toBe(false);
    expect((await readKept('AAPL', null, [], fake.local, clock)).tickers.has('AAPL')).toBe(false);
  });

  it('an article’s tickers: one read, kept texts of known symbols without a page P/E, stale past the window', async () => {
    const r = reply({
      AAPL: okView(reports.get('AAPL')!),
      NOPE: { status: 'unknown', symbol: 'NOPE', message: 'unknown symbol' },
    });
    await store().keepBadges(r, clock);
    await store().keepBadges(reply({ IWM: okView(reports.get('IWM')!) }), clock, { IWM: { pe: 15.6, basis: 'forward' } });
    let reads = 0;
    const area = {
      get: (keys: string[]) => {
        reads++;
        return fake.local.get(keys);
      },
    };
    const kept = (await readKept(null, null, ['AAPL', 'NOPE', 'IWM', 'MSFT'], area, clock)).tickers;
    expect(reads).toBe(1);
    // NOPE: an unknown symbol paints no inline badge; IWM: built with a quote page's own P/E; MSFT: nothing kept.
    expect([...kept.keys()]).toEqual(['AAPL']);
    expect(kept.get('AAPL')).toEqual(r.texts?.tickers['AAPL']);
    const later = (await readKept(null, null, ['AAPL'], fake.local, clock + WARM_FRESH_MS + 1)).tickers;
    expect(later.get('AAPL')?.rs.full).toMatchObject({ state: 'stale', note: 'as of 2026-01-16 · stale' });
    expect((await readKept(null, null, ['AAPL'], null, clock)).tickers.size).toBe(0);
  });

  it('an article’s first read: the kept settings and its marked tickers’ texts in one read', async () => {
    const r = reply({ AAPL: okView(reports.get('AAPL')!), MSFT: okView(reports.get('MSFT')!) });
    await store().keepSettings(PAGE_DEFAULTS, clock);
    await store().keepBadges(r, clock);
    const asked: string[][] = [];
    const area = {
      get: (keys: string[]) => {
        asked.push(keys);
        return fake.local.get(keys);
      },
    };
    const kept = await readKept(null, null, ['AAPL', 'MSFT', 'NVDA'], area, clock);
    expect(asked).toHaveLength(1);
    expect(kept.settings).toEqual(PAGE_DEFAULTS);
    expect([...kept.tickers.keys()]).toEqual(['AAPL', 'MSFT']);
    expect(kept.tickers.get('MSFT')).toEqual(r.texts?.tickers['MSFT']);
  });

  it('past the freshness window the first paint is marked stale with the data’s as-of', async () => {
    await store().keepBadges(reply({ AAPL: okView(reports.get('AAPL')!) }), clock);
    const kept = await readKept('AAPL', null, [], fake.local, clock + WARM_FRESH_MS + 1);
    expect(kept.tickers.get('AAPL')?.rs.full).toMatchObject({ state: 'stale', note: 'as of 2026-01-16 · stale' });
    expect(kept.rotation?.compact.state).toBe('stale');
  });

  it('clear drops the kit and nothing else; an answer computed before the clear is not kept', async () => {
    await fake.local.set({ other: 1 });
    const s = store();
    const since = s.now();
    await s.keepSettings(PAGE_DEFAULTS, since);
    clock += 1;
    await s.clear();
    expect([...fake.local.data.keys()]).toEqual(['other']);
    await s.keepBadges(reply({ AAPL: okView(reports.get('AAPL')!) }), since);
    await s.keepSettings(PAGE_DEFAULTS, since);
    expect([...fake.local.data.keys()]).toEqual(['other']);
  });

  it('past MAX_KIT_TICKERS the kept symbols start over (settings stay)', async () => {
    const s = store();
    await s.keepSettings(PAGE_DEFAULTS, clock);
    const unknown = (sym: string): TickerView => ({ status: 'unknown', symbol: sym, message: 'unknown' });
    const many = Object.fromEntries(Array.from({ length: MAX_KIT_TICKERS }, (_, i) => [`S${i}`, unknown(`S${i}`)]));
    await s.keepBadges(reply(many), clock);
    await s.keepBadges(reply({ LAST: unknown('LAST') }), clock);
    const tickers = [...fake.local.data.keys()].filter((k) => k.startsWith('kit:ticker:'));
    expect(tickers).toEqual([kitTickerKey('LAST')]);
    expect((await readKept(null, null, [], fake.local, clock)).settings).toEqual(PAGE_DEFAULTS);
  });

  it('a session area closed to content scripts reads as nothing kept', async () => {
    const closed = { get: async () => Promise.reject(new Error('Access to storage is not allowed from this context.')) };
    expect(await readKept('AAPL', null, [], closed, clock)).toEqual({ settings: null, tickers: new Map(), rotation: null });
  });
});
