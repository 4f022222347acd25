// Options → Valuation readings → Live readings: the fc.yahoo.com optional host permission, asked from the click.
import { describe, expect, it } from 'vitest';
import { YAHOO_COOKIE_ORIGIN } from '../../contracts/hosts.ts';
import { byTestId, waitFor } from '../../test/dom.ts';
import { setupOptionsPage } from '../../test/options-harness.tsx';
import { LIVE_VALUATION_KEY } from '../../permissions/live-readings.ts';
import { LIVE_OFF_STATE, LIVE_ON_TEXT, lastFetchText, refusedLiveText } from './LiveReadings.tsx';

const ctx = setupOptionsPage(() => ({ ok: true, data: { symbols: 0, bytes: 0 } }));
const box = () => byTestId<HTMLInputElement>(ctx.page.root, 'live-enabled')!;
const state = () => byTestId(ctx.page.root, 'live-state')?.textContent;
const note = () => byTestId(ctx.page.root, 'live-note')?.textContent;
/** A click on the switch, as the user's: the change event fires with the box already flipped. */
const flip = () => box().click();

describe('live readings switch', () => {
  it('says what it fetches and the one extra host; off after install', async () => {
    const text = byTestId(ctx.page.root, 'live-readings')?.textContent ?? '';
    expect(text).toContain('trailing and forward P/E of IWM and SPY');
    expect(text).toContain('fc.yahoo.com');
    expect(text).toContain('query1.finance.yahoo.com, already allowed for prices');
    await waitFor(() => state() === LIVE_OFF_STATE);
    expect(box().checked).toBe(false);
  });

  it('on: asks the browser for fc.yahoo.com only, from the click; granted → on', async () => {
    await waitFor(() => !box().disabled);
    flip();
    expect(ctx.fake.permissions.requests).toEqual([[YAHOO_COOKIE_ORIGIN]]);
    await waitFor(() => state() === LIVE_ON_TEXT);
    expect(box().checked).toBe(true);
    expect(ctx.fake.permissions.granted.has(YAHOO_COOKIE_ORIGIN)).toBe(true);
    expect(note()).toBe('Live readings on.');
  });

  it('refused: stays off and says so', async () => {
    ctx.fake.permissions.answer = false;
    await waitFor(() => !box().disabled);
    flip();
    await waitFor(() => note() === refusedLiveText());
    expect(box().checked).toBe(false);
    expect(state()).toBe(LIVE_OFF_STATE);
  });

  it('while the prompt is open the switch waits; off gives the host back', async () => {
    let answer!: (yes: boolean) => void;
    ctx.fake.permissions.answer = new Promise<boolean>((r) => (answer = r));
    await waitFor(() => !box().disabled);
    flip();
    await waitFor(() => box().disabled);
    expect(box().checked).toBe(true);
    answer(true);
    await waitFor(() => state() === LIVE_ON_TEXT);
    flip();
    await waitFor(() => state() === LIVE_OFF_STATE);
    expect(ctx.fake.permissions.granted.has(YAHOO_COOKIE_ORIGIN)).toBe(false);
    expect(note()).toBe('Live readings off: fc.yahoo.com given back.');
  });

  it('when on, says how the last fetch went (a failure keeps the last readings)', async () => {
    await waitFor(() => !box().disabled);
    flip();
    await waitFor(() => byTestId(ctx.page.root, 'live-last')?.textContent === 'No fetch yet: the first one runs after the next close.');
    const lastError = { kind: 'RateLimited', message: 'yahoo: 429 Edge: Too Many Requests' };
    await chrome.storage.local.set({ [LIVE_VALUATION_KEY]: { version: 1, readings: [], lastAttempt: '2026-12-04T21:30:00.000Z', lastError } });
    await waitFor(() => byTestId(ctx.page.root, 'live-last')?.textContent === 'Last fetch 2026-12-04 21:30 UTC failed: yahoo: 429 Edge: Too Many Requests; the last readings stay.');
    expect(lastFetchText({ lastAttempt: '2026-12-04T21:30:00.000Z' })).toBe('Last fetch 2026-12-04 21:30 UTC.');
  });

  it('granted elsewhere (another tab, the browser settings): the switch follows', async () => {
    await waitFor(() => state() === LIVE_OFF_STATE);
    await chrome.permissions.request({ origins: [YAHOO_COOKIE_ORIGIN] });
    await waitFor(() => state() === LIVE_ON_TEXT);
  });
});
