import { describe, expect, it, vi } from 'vitest';
import { gateFrom, missingForE2e } from './chromium.ts';

describe('e2e gate', () => {
  it('runs when nothing is missing, in CI or not', () => {
    expect(gateFrom([], true)).toEqual({ run: true, reason: '' });
    expect(gateFrom([], false)).toEqual({ run: true, reason: '' });
  });

  it('skips with the reason locally', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(gateFrom(['Chromium at /nope'], false)).toEqual({ run: false, reason: 'e2e needs Chromium at /nope' });
    expect(warn).toHaveBeenCalledWith('[e2e] SKIPPED: e2e needs Chromium at /nope');
    warn.mockRestore();
  });

  it('fails in CI instead of skipping', () => {
    expect(() => gateFrom(['Chromium at /nope'], true)).toThrow(/Chromium at \/nope — in CI this is a failure, not a skip/);
  });

  it('names a missing Chromium; the extension build is required unless said otherwise', () => {
    const withDist = missingForE2e({}, '/nonexistent/chromium');
    expect(withDist[0]).toMatch(/^Chromium at \/nonexistent\/chromium/);
    const probe = missingForE2e({ extension: false }, '/nonexistent/chromium');
    expect(probe.some((m) => m.includes('built extension'))).toBe(false);
  });
});
