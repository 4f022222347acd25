import { beforeEach, describe, expect, it } from 'vitest';
import type { Request } from '../../contracts/messages.ts';
import { API_KEYS_KEY } from '../../settings/schema.ts';
import { byTestId, click, waitFor } from '../../test/dom.ts';
import { chooseFile, setupOptionsPage } from '../../test/options-harness.tsx';

const logged: unknown[] = [];
const ctx = setupOptionsPage((m) => {
    const req = m as Request;
    if (req.type === 'cache-info') return { ok: true, data: { symbols: 12, bytes: 3 * 1024 * 1024 } };
    if (req.type === 'clear-cache') return { ok: true, data: { cleared: 12 } };
    if (req.type === 'import-csv') {
      return req.csv.includes('bad')
        ? { ok: false, error: { kind: 'BadCsv', message: 'line 3: close is not a number\nline 7: date 2024-13-01 is not a date' } }
        : { ok: true, data: { symbol: req.symbol, bars: 2, from: '2024-01-02', to: '2024-01-03' } };
    }
    return { ok: false, error: { kind: 'X', message: 'unexpected' } };
  });
beforeEach(() => {
  for (const k of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const orig = console[k];
    console[k] = (...args: unknown[]) => {
      logged.push(args);
      orig(...args);
    };
  }
});
const section = () => byTestId(ctx.page.root, 'section-data')!;

describe('Data section', () => {
  it('reorders, removes and adds providers', async () => {
    click(section().querySelector('[aria-label="Move Stooq up"]'));
    await waitFor(() => ctx.page.stored()?.data.providerOrder.join() === 'stooq,yahoo');
    click(section().querySelector('[aria-label="Add Sample (simulated)"]'));
    await waitFor(() => ctx.page.stored()?.data.providerOrder.join() === 'stooq,yahoo,sample');
    click(section().querySelector('[aria-label="Remove Sample (simulated)"]'));
    await waitFor(() => ctx.page.stored()?.data.providerOrder.join() === 'stooq,yahoo');
    click(section().querySelector('[aria-label="Add Tiingo"]'));
    await waitFor(() => ctx.page.stored()?.data.providerOrder.join() === 'stooq,yahoo,tiingo');
  });

  it('API keys: saved to local only, shown masked, never logged, deletable', async () => {
    const secret = 'sk_live_abcdef123456WXYZ';
    const form = byTestId<HTMLFormElement>(section(), 'key-tiingo')!;
    form.querySelector<HTMLInputElement>('input[name="key"]')!.value = secret;
    click(form.querySelector('button[type="submit"]'));
    const masked = await waitFor(() => byTestId(section(), 'key-tiingo-masked'));
    expect(masked.textContent).toBe('••••WXYZ');
    expect(ctx.page.root.textContent).not.toContain(secret);
    expect(ctx.fake.local.data.get(API_KEYS_KEY)).toEqual({ tiingo: secret });
    expect(JSON.stringify([...ctx.fake.sync.data])).not.toContain(secret);
    expect(JSON.stringify(ctx.fake.sent)).not.toContain(secret);
    expect(JSON.stringify(logged)).not.toContain(secret);
    click(section().querySelector('[aria-label="Delete Tiingo key"]'));
    await waitFor(() => !byTestId(section(), 'key-tiingo-masked'));
    expect(ctx.fake.local.data.get(API_KEYS_KEY)).toEqual({});
  });

  it('shows cache size and clears it', async () => {
    await waitFor(() => byTestId(section(), 'cache-info')?.textContent === '12 symbols, 3.0 MB');
    click(byTestId(section(), 'clear-cache'));
    await waitFor(() => byTestId(section(), 'cache-info')?.textContent === 'cleared 12 symbols');
  });

  it('CSV price import: success and line-by-line errors', async () => {
    const form = byTestId<HTMLFormElement>(section(), 'csv-import')!;
    form.querySelector<HTMLInputElement>('input[name="csv-symbol"]')!.value = 'kre';
    chooseFile(form.querySelector<HTMLInputElement>('input[name="csv-file"]')!, 'kre.csv', 'Date,Close\nbad');
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    const result = await waitFor(() => byTestId(section(), 'csv-result'));
    expect([...result.querySelectorAll('li')].map((l) => l.textContent)).toEqual(['line 3: close is not a number', 'line 7: date 2024-13-01 is not a date']);
    chooseFile(form.querySelector<HTMLInputElement>('input[name="csv-file"]')!, 'kre.csv', 'Date,Close\n2024-01-02,1\n2024-01-03,2');
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await waitFor(() => byTestId(section(), 'csv-result')?.textContent === 'Imported 2 bars for KRE, 2024-01-02 to 2024-01-03');
  });
});
