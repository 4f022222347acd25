/**
 * Benchmark: badges after DOMContentLoaded, against the floor of a no-op content script on the same
 * page load (bench-dist.ts declares it first, at the real scripts' run_at: when it starts is the
 * earliest any content script of the extension can). Real Chromium, the built extension, the e2e
 * harness (pages at their real URLs, the Yahoo chart endpoint on real history). One visit warms the
 * cache (worker memo + IndexedDB), then the tab is reloaded `runs` times; per reload:
 *  - after DCL = first badge with numbers (main-world probe) − the page's domContentLoadedEventStart;
 *  - floor = the no-op script's start − domContentLoadedEventStart;
 *  - above the floor = first badge with numbers − the no-op script's start (what the extension adds).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { NOOP_ATTRIBUTE } from './bench-dist.ts';
import { BADGE_PROBE_JS, type BadgeProbe } from './probes.ts';
import { summarise, type Summary } from './stats.ts';
import type { Target } from './verdict.ts';
import { aboveFloor } from './verdict.ts';
import { stopServiceWorkers } from './worker-stop.ts';

export const BADGE_WARM_TARGET: Target = { max: 30, unit: 'ms' };
export const BADGE_STOPPED_TARGET: Target = { max: 150, unit: 'ms' };

export interface BadgeLatency {
  /** first badge with numbers − the no-op content script's start, per reload (ms). */
  aboveFloor: Summary;
  /** the no-op content script's start − DOMContentLoaded (ms). */
  floor: Summary;
  /** first badge with numbers − DOMContentLoaded (ms). */
  afterDcl: Summary;
  /** first badge host (loading state) − the no-op content script's start (ms). */
  firstHost: Summary;
}

interface Reading {
  dcl: number;
  noopStart: number;
  firstHostMs: number;
  firstNumbersMs: number;
}

/** Waits until the probe saw DOMContentLoaded and a badge with numbers; returns its readings (also used by the warm-path e2e). */
export async function probedBadges(page: Page, timeoutMs = 15_000): Promise<Omit<Reading, 'noopStart'>> {
  await page.waitForFunction(
    () => {
      const p = (globalThis as unknown as { __rlBadgeProbe?: BadgeProbe }).__rlBadgeProbe;
      return !!p && p.dcl !== null && p.firstNumbersMs !== null;
    },
    undefined,
    { timeout: timeoutMs, polling: 20 },
  );
  const p = await page.evaluate(() => (globalThis as unknown as { __rlBadgeProbe?: BadgeProbe }).__rlBadgeProbe ?? null);
  if (!p || p.dcl === null || p.firstNumbersMs === null || p.firstHostMs === null) throw new Error('badge probe: incomplete reading');
  return { dcl: p.dcl, firstHostMs: p.firstHostMs, firstNumbersMs: p.firstNumbersMs };
}

/** The no-op content script's start on this page load (bench-dist.ts; ms since navigation start). */
async function noopStart(page: Page): Promise<number> {
  const handle = await page.waitForFunction((attr) => document.documentElement.getAttribute(attr), NOOP_ATTRIBUTE, { timeout: 15_000, polling: 20 });
  const ms = Number(await handle.jsonValue());
  if (!Number.isFinite(ms)) throw new Error('no-op content script: unreadable start');
  return ms;
}

async function reading(page: Page, timeoutMs?: number): Promise<Reading> {
  const p = await probedBadges(page, timeoutMs);
  return { ...p, noopStart: await noopStart(page) };
}

/**
 * Warm visit of `url` in a fresh tab, then `runs` reloads. With `stopWorker`, the service worker is
 * stopped before each reload (Chrome stops it after ~30 s idle): IndexedDB and the session area are
 * warm, the worker's memory is not.
 */
export async function measureBadgeLatency(context: BrowserContext, url: string, runs = 10, opts: { stopWorker?: boolean } = {}): Promise<BadgeLatency> {
  const page = await context.newPage();
  try {
    await page.addInitScript(BADGE_PROBE_JS);
    await page.goto(url);
    // Warms the worker memo and the caches: a first visit fetches every symbol's history, which on a
    // loaded machine can take longer than a timed reload is allowed to.
    await reading(page, 60_000);
    const readings: Reading[] = [];
    for (let i = 0; i < runs; i++) {
      if (opts.stopWorker) await stopServiceWorkers(context);
      await page.reload();
      readings.push(await reading(page));
    }
    const starts = readings.map((r) => r.noopStart);
    return {
      aboveFloor: summarise(aboveFloor(readings.map((r) => r.firstNumbersMs), starts)),
      floor: summarise(aboveFloor(starts, readings.map((r) => r.dcl))),
      afterDcl: summarise(aboveFloor(readings.map((r) => r.firstNumbersMs), readings.map((r) => r.dcl))),
      firstHost: summarise(aboveFloor(readings.map((r) => r.firstHostMs), starts)),
    };
  } finally {
    await page.close();
  }
}
