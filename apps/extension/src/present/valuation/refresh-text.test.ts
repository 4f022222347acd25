import { describe, expect, it } from 'vitest';
import { LIVE_OFF_TEXT, refreshText, replyText } from './refresh-text.ts';

describe('refreshText', () => {
  it('a fresh reading: its date and source', () => {
    expect(refreshText({ status: 'fresh', date: '2026-12-04', source: 'Yahoo Finance, forward P/E' })).toBe('Updated: reading of 2026-12-04 (Yahoo Finance, forward P/E).');
  });
  it('not allowed: says so and where to turn it on', () => {
    expect(refreshText({ status: 'not-permitted' })).toBe(LIVE_OFF_TEXT);
  });
  it('a failure: the reason and the reading that stays (or that there is none)', () => {
    expect(refreshText({ status: 'failed', message: 'yahoo: network error', lastDate: '2026-10-01' })).toBe('Could not refresh (yahoo: network error); the reading of 2026-10-01 stays.');
    expect(refreshText({ status: 'failed', message: 'x', lastDate: null })).toBe('Could not refresh (x); no live reading yet.');
  });
  it("a reply: the worker's words, or why no answer came", () => {
    expect(replyText({ ok: true, data: { status: 'not-permitted', text: 'T' } })).toBe('T');
    expect(replyText({ ok: false, error: { kind: 'NoReceiver', message: 'reload the page' } })).toBe('Could not refresh: reload the page');
  });
});
