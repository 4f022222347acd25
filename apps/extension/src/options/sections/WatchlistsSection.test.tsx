import { describe, expect, it, vi } from 'vitest';
import { exportWatchlistsJson } from '../io/import-export.ts';
import type { Request } from '../../contracts/messages.ts';
import { DEFAULT_SETTINGS } from '../../settings/schema.ts';
import { byTestId, byText, click, type, waitFor } from '../../test/dom.ts';
import { chooseFile, setupOptionsPage } from '../../test/options-harness.tsx';

const downloads = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('../download.ts', async (orig) => ({
  ...(await orig<typeof import('../download.ts')>()),
  downloadText: (name: string, text: string) => void downloads.push({ name, text }),
}));

const ctx = setupOptionsPage((m) => {
    const req = m as Request;
    if (req.type === 'validate-symbol') {
      return req.symbol === 'NOPE'
        ? { ok: false, error: { kind: 'UnknownSymbol', message: 'yahoo: unknown symbol NOPE' } }
        : { ok: true, data: { symbol: req.symbol.replace('.', '-'), name: 'Some Co' } };
    }
    if (req.type === 'cache-info') return { ok: true, data: { symbols: 0, bytes: 0 } };
    return { ok: false, error: { kind: 'X', message: 'unexpected' } };
  });

const section = () => byTestId(ctx.page.root, 'section-watchlists')!;

describe('Watchlists section', () => {
  it('creates, renames, reorders, deletes and undoes', async () => {
    click(byTestId(section(), 'new-list'));
    await ctx.page.status('Created');
    expect(ctx.page.stored()!.watchlists.map((w) => w.name)).toEqual(['Small vs large', 'Watchlist 2']);
    type(byTestId<HTMLInputElement>(section(), 'list-name')!, 'Banks');
    await ctx.page.status('Renamed');
    expect(ctx.page.stored()!.watchlists[1]!.name).toBe('Banks');
    click(section().querySelector('[aria-label="Move Banks up"]'));
    await waitFor(() => ctx.page.stored()!.watchlists[0]!.name === 'Banks');
    click(section().querySelector('[aria-label="Delete Banks"]'));
    await ctx.page.status('Deleted “Banks”');
    expect(ctx.page.stored()!.watchlists.map((w) => w.name)).toEqual(['Small vs large']);
    // The last list cannot be deleted.
    expect(section().querySelector<HTMLButtonElement>('[aria-label="Delete Small vs large"]')!.disabled).toBe(true);
    click(byTestId(section(), 'undo-delete'));
    await ctx.page.status('Restored');
    expect(ctx.page.stored()!.watchlists.map((w) => w.name)).toEqual(['Banks', 'Small vs large']);
  });

  it('adds a symbol only after the provider knows it', async () => {
    const input = byTestId<HTMLInputElement>(section(), 'symbol-input')!;
    input.value = 'brk.b';
    click(byTestId(section(), 'add-symbol'));
    await ctx.page.status('Added BRK-B (Some Co)');
    expect(ctx.page.stored()!.watchlists[0]!.symbols.at(-1)).toBe('BRK-B');
    expect(input.value).toBe('');

    input.value = 'NOPE';
    click(byTestId(section(), 'add-symbol'));
    await waitFor(() => byTestId(section(), 'symbol-error')?.textContent?.includes('NOPE was not added: yahoo: unknown symbol NOPE'));
    expect(ctx.page.stored()!.watchlists[0]!.symbols).not.toContain('NOPE');

    const sent = ctx.fake.sent.length;
    input.value = 'not a ticker';
    click(byTestId(section(), 'add-symbol'));
    await waitFor(() => byTestId(section(), 'symbol-error')?.textContent?.includes('is not a ticker symbol'));
    expect(ctx.fake.sent.length).toBe(sent); // rejected locally, no round trip

    input.value = 'IWM';
    click(byTestId(section(), 'add-symbol'));
    await waitFor(() => byTestId(section(), 'symbol-error')?.textContent?.includes('IWM is already in'));
  });

  it('removes a symbol', async () => {
    click(section().querySelector('[aria-label="Remove NVDA"]'));
    await ctx.page.status('Removed NVDA');
    expect(ctx.page.stored()!.watchlists[0]!.symbols).not.toContain('NVDA');
  });

  it('a bad import changes nothing and lists errors by line', async () => {
    const before = JSON.stringify([...ctx.fake.sync.data]);
    chooseFile(byTestId<HTMLInputElement>(section(), 'import-file')!, 'lists.csv', 'list_id,list_name,symbol\na,A,AAPL\na,A,BAD TICKER\nb,B\n');
    const box = await waitFor(() => byTestId(section(), 'import-errors'));
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Line 3: /),
      'Line 4: expected 3 fields, found 2',
    ]);
    expect(JSON.stringify([...ctx.fake.sync.data])).toBe(before);
  });

  it('export JSON → import (replace) round-trips', async () => {
    click(byTestId(section(), 'export-json'));
    expect(downloads.at(-1)?.name).toBe('rotation-lens-watchlists.json');
    const exported = downloads.at(-1)!.text;
    expect(exported).toBe(exportWatchlistsJson(DEFAULT_SETTINGS.watchlists));
    const before = DEFAULT_SETTINGS.watchlists;
    type(byTestId<HTMLSelectElement>(section(), 'import-mode')!, 'replace');
    chooseFile(byTestId<HTMLInputElement>(section(), 'import-file')!, 'w.json', exported);
    await ctx.page.status('Imported 1 watchlist(s)');
    expect(ctx.page.stored()!.watchlists).toEqual(before);
    click(byTestId(section(), 'export-csv'));
    expect(downloads.at(-1)?.text).toMatch(/^# rotation-lens watchlists v1\nlist_id,list_name,symbol\ndefault,Small vs large,IWM\n/);
  });

  it('controls have accessible names', () => {
    for (const el of section().querySelectorAll('button, input, select')) {
      const named = el.getAttribute('aria-label') || el.textContent?.trim() || el.closest('label')?.textContent?.trim();
      expect(named, `${el.tagName} ${el.getAttribute('class') ?? ''}`).toBeTruthy();
    }
    expect(byText(section(), 'h3', 'Import and export')).not.toBeNull();
  });
});
