/**
 * Benchmark (issue #4): badges within 100 ms of DOMContentLoaded on a warm cache, in real Chromium with
 * the built extension and the e2e harness (pages at their real URLs, the Yahoo chart endpoint on real
 * history). One visit warms the cache (worker memo + IndexedDB), then the tab is reloaded `runs` times;
 * each run = first badge with numbers (main-world probe) − the page's domContentLoadedEventStart.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { BADGE_PROBE_JS, type BadgeProbe } from './probes.ts';
import { summarise, type Summary } from './stats.ts';
import { stopServiceWorkers } from './worker-stop.ts';

export const BADGE_TARGET_MS = 100;

export interface BadgeLatency {
  /** first badge with numbers − DOMContentLoaded, per reload (ms). */
  latency: Summary;
  /** first badge host (loading state) − DOMContentLoaded (ms). */
  firstHost: Summary;
  /** Each reload's latency, in order. */
  sample: number[];
}

const readProbe = (page: Page) => page.evaluate(() => (globalThis as unknown as { __rlBadgeProbe?: BadgeProbe }).__rlBadgeProbe ?? null);

/** Waits until the probe saw DOMContentLoaded and a badge with numbers; returns its readings. */
export async function probedBadges(page: Page, timeoutMs = 15_000): Promise<Required<{ [K in keyof BadgeProbe]: number }>> {
  await page.waitForFunction(
    () => {
      const p = (globalThis as unknown as { __rlBadgeProbe?: BadgeProbe }).__rlBadgeProbe;
      return !!p && p.dcl !== null && p.firstNumbersMs !== null;
    },
    undefined,
    { timeout: timeoutMs, polling: 20 },
  );
  const p = await readProbe(page);
  if (!p || p.dcl === null || p.firstNumbersMs === null || p.firstHostMs === null) throw new Error('badge probe: incomplete reading');
  return { dcl: p.dcl, firstHostMs: p.firstHostMs, firstNumbersMs: p.firstNumbersMs };
}

/**
 * Warm visit of `url` in a fresh tab, then `runs` reloads, each timed from DOMContentLoaded. With
 * `stopWorker`, the service worker is stopped before each reload (Chrome stops it after ~30 s idle):
 * the cache in IndexedDB is warm, the worker's memory is not.
 */
export async function measureBadgeLatency(context: BrowserContext, url: string, runs = 10, opts: { stopWorker?: boolean } = {}): Promise<BadgeLatency> {
  const page = await context.newPage();
  try {
    await page.addInitScript(BADGE_PROBE_JS);
    await page.goto(url);
    await probedBadges(page); // warms the worker memo and the IndexedDB cache
    const sample: number[] = [];
    const hosts: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (opts.stopWorker) await stopServiceWorkers(context);
      await page.reload();
      const p = await probedBadges(page);
      sample.push(p.firstNumbersMs - p.dcl);
      hosts.push(p.firstHostMs - p.dcl);
    }
    return { latency: summarise(sample), firstHost: summarise(hosts), sample };
  } finally {
    await page.close();
  }
}
