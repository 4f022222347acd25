/**
 * Watchlists in real Chromium: in Options a user creates a list, names it and adds symbols
 * (checked against the Yahoo endpoint) — the list is in chrome.storage and in the popup's switcher, and
 * its rows equal core; an unknown symbol (the endpoint answers 404) is refused with a clear message and
 * nothing is stored; bad import files (JSON with schema errors, broken JSON, CSV with errors) list their
 * errors by line and leave chrome.storage exactly as it was, while a good file is imported.
 */
import { e2eGate } from '@rotation-lens/e2e-harness';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectedRows } from './support/expected-rows.ts';
import { openOptions, openPopup, readStorage, storedSettings, textOf } from './support/extension-pages.ts';
import { E2E_SETTINGS } from './support/session.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });

/** Waits for the options page's save status line to contain `text`. */
const statusContains = (options: Page, text: string) => expect.poll(() => textOf(options, '[data-testid="save-status"]'), { timeout: 10_000 }).toContain(text);

const BAD_JSON = `{
  "format": "rotation-lens/watchlists",
  "version": 1,
  "watchlists": [
    { "id": "good", "name": "Good", "symbols": ["AAPL", "MSFT"] },
    { "id": "bad", "name": "", "symbols": ["SPY"] },
    { "id": "bad2", "name": "Bad", "symbols": ["NVDA", "not a ticker!"] }
  ]
}
`;
const BROKEN_JSON = `{
  "format": "rotation-lens/watchlists",
  "version": 1,
  "watchlists": [
    { "id": "good", "name": "Good", "symbols": ["AAPL",] }
  ]
}
`;
const BAD_CSV = `list_id,list_name,symbol
tech,Tech,AAPL
tech,Tech,MSFT
tech,Tech,$$$
small,Small,IWM,extra
tech,Technology,NVDA
`;
const GOOD_CSV = `list_id,list_name,symbol
imported,Imported tech,AAPL
imported,Imported tech,MSFT
`;

const BAD_FILES = [
  { name: 'schema-errors.json', mimeType: 'application/json', text: BAD_JSON, errors: ['Line 6: watchlist 2 name: a watchlist needs a name', 'Line 7: watchlist 3 symbol 2: not a ticker symbol'] },
  { name: 'broken.json', mimeType: 'application/json', text: BROKEN_JSON, errors: ['Line 5: not valid JSON: unexpected "]"'] },
  {
    name: 'errors.csv',
    mimeType: 'text/csv',
    text: BAD_CSV,
    errors: ['Line 4: watchlist 1 symbol 3: not a ticker symbol', 'Line 5: expected 3 fields, found 4', 'Line 6: list "tech" is named "Tech" on line 2 but "Technology" here'],
  },
] as const;

describe.skipIf(!gate.run)('watchlists in options and popup', () => {
  const session = useSession();

  it('a new list with symbols added in Options is stored and shown in the popup switcher, with core numbers', async () => {
    const { browser, server, settings } = session();
    const options = await openOptions(browser);
    try {
      await options.click('[data-testid="new-list"]');
      await statusContains(options, 'Created “Watchlist 2”');
      await options.fill('[data-testid="list-name"]', 'Small caps');
      await options.press('[data-testid="list-name"]', 'Tab');
      await statusContains(options, 'Renamed');
      for (const [typed, symbol] of [
        ['tgls', 'TGLS'],
        ['SOFI', 'SOFI'],
        ['cvna', 'CVNA'],
      ] as const) {
        await options.fill('[data-testid="symbol-input"]', typed);
        await options.click('[data-testid="add-symbol"]');
        await statusContains(options, `Added ${symbol}`);
      }
      expect(await options.locator('[data-testid="symbols"] li').allTextContents()).toEqual(['TGLS×', 'SOFI×', 'CVNA×']);

      const stored = await storedSettings(browser);
      const list = stored.watchlists.find((w) => w.name === 'Small caps');
      expect(list?.symbols).toEqual(['TGLS', 'SOFI', 'CVNA']);
      expect(stored.watchlists.map((w) => w.id)).toEqual([settings.watchlists[0]!.id, list!.id]);

      // The popup's switcher offers the new list; choosing it shows its rows and makes it the active list.
      const { popup } = await openPopup(browser);
      expect(await popup.locator('[data-testid="watchlist-select"] option').allTextContents()).toEqual([settings.watchlists[0]!.name, 'Small caps']);
      await popup.selectOption('[data-testid="watchlist-select"]', { label: 'Small caps' });
      await popup.waitForSelector('[data-testid="row-CVNA"]');
      const expected = expectedRows(server, list!.symbols, settings.comparison.benchmark);
      for (const [symbol, want] of expected) {
        const got = (await popup.locator(`[data-testid="row-${symbol}"] td`).allTextContents()).map((t) => t.trim());
        expect(got.slice(0, 4), `row ${symbol}`).toEqual(want);
      }
      expect(await popup.locator('[data-testid="watchlist-table"] tbody tr').count()).toBe(3);
      await expect.poll(async () => (await storedSettings(browser)).activeWatchlistId).toBe(list!.id);
      await popup.close();
    } finally {
      await options.close();
      await session().setSettings(E2E_SETTINGS);
    }
  });

  it('an unknown symbol (the endpoint answers 404) is refused with a clear message and nothing is stored', async () => {
    const { browser, server } = session();
    const options = await openOptions(browser);
    try {
      const before = await readStorage(browser);
      await options.fill('[data-testid="symbol-input"]', 'ZZZZQ');
      await options.click('[data-testid="add-symbol"]');
      await expect.poll(() => textOf(options, '[data-testid="symbol-error"]'), { timeout: 10_000 }).toMatch(/^ZZZZQ was not added: .*unknown symbol/i);
      expect(server.chartRequests.filter((r) => r.symbol === 'ZZZZQ').map((r) => r.status)).toContain(404);
      expect(await options.getAttribute('[data-testid="symbol-input"]', 'aria-invalid')).toBe('true');
      expect(await options.locator('[data-testid="symbols"] li').allTextContents()).not.toContain('ZZZZQ×');
      expect(await readStorage(browser)).toEqual(before);
      // Junk never reaches the network: refused by form.
      const requests = server.chartRequests.length;
      await options.fill('[data-testid="symbol-input"]', 'not a ticker');
      await options.click('[data-testid="add-symbol"]');
      await expect.poll(() => textOf(options, '[data-testid="symbol-error"]')).toBe('“not a ticker” is not a ticker symbol');
      expect(server.chartRequests.length).toBe(requests);
      expect(await readStorage(browser)).toEqual(before);
    } finally {
      await options.close();
    }
  });

  it('bad import files list their errors by line and change nothing in storage; a good one is imported', async () => {
    const { browser } = session();
    const options = await openOptions(browser);
    try {
      const before = await readStorage(browser);
      for (const file of BAD_FILES) {
        await options.setInputFiles('[data-testid="import-file"]', { name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.text) });
        await expect.poll(() => options.locator('[data-testid="import-errors"] li').allTextContents(), { timeout: 10_000 }).toEqual([...file.errors]);
        expect(await textOf(options, '[data-testid="import-errors"] p')).toBe('Nothing was imported. Fix these lines and try again:');
        expect(await readStorage(browser), `storage after ${file.name}`).toEqual(before);
      }
      expect(await textOf(options, '[data-testid="save-status"]')).not.toMatch(/Imported/);

      // The same path with a valid file does write: the comparisons above could have failed.
      await options.setInputFiles('[data-testid="import-file"]', { name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(GOOD_CSV) });
      await statusContains(options, 'Imported 1 watchlist(s) from good.csv');
      expect(await options.locator('[data-testid="import-errors"]').count()).toBe(0);
      const after = await storedSettings(browser);
      expect(after.watchlists.at(-1)).toEqual({ id: 'imported', name: 'Imported tech', symbols: ['AAPL', 'MSFT'] });
    } finally {
      await options.close();
      await session().setSettings(E2E_SETTINGS);
    }
  });
});
