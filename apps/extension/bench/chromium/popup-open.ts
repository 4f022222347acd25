/**
 * Benchmark: the popup's first render against the floor of a blank extension page — the popup's own
 * HTML shell and stylesheets, no script (bench-dist.ts) — opened in the same way (a fresh 380 px tab,
 * from navigation start), alternately with the popup so both see the same load. Times, observed by
 * main-world probes: the first dashboard render (#app[data-first-render-ms] appearing), the verdict
 * in the DOM, and on the blank shell its first painted frame. Warm: after one warm-up open; with
 * `stopWorker`: the service worker stopped before each open.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { POPUP_MARKS } from '../../src/popup/perf-marks.ts';
import { BLANK_PROBE_JS, POPUP_PROBE_JS, type PopupProbe } from './probes.ts';
import { summarise, type Summary } from './stats.ts';
import type { Target } from './verdict.ts';
import { stopServiceWorkers } from './worker-stop.ts';

/** Warm first render at most this multiple of the blank shell's. */
export const POPUP_WARM_TARGET: Target = { max: 1.5, unit: 'x' };
/** First render with the worker stopped (ms from navigation start). */
export const POPUP_STOPPED_TARGET: Target = { max: 250, unit: 'ms' };
export const POPUP_VIEWPORT = { width: 380, height: 600 };

export interface PopupOpen {
  shellMs: number;
  firstRenderMs: number;
  verdictMs: number;
  /** The worker's live dashboard arrived (null if the page has no such mark). */
  liveMs: number | null;
  /** The popup's own marks (perf-marks.ts): its module began to run, its kept read answered (null if unmarked). */
  moduleMs: number | null;
  keptReadMs: number | null;
}

export interface PopupBench {
  /** The blank shell's first frame (the floor). */
  blank: Summary;
  /** Script ran and rendered its shell (loading state or cached dashboard). */
  shell: Summary;
  firstRender: Summary;
  verdict: Summary;
  /** The live dashboard's arrival (null when the popup does not mark it). */
  live: Summary | null;
  /** The popup's module began to run / its kept read answered (null unless every open marked it). */
  module: Summary | null;
  keptRead: Summary | null;
}

/** Opens `url` in a fresh popup-sized tab with `probe` injected first, runs `read` on it, closes it. */
async function inFreshTab<T>(context: BrowserContext, url: string, probe: string, read: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    await page.setViewportSize(POPUP_VIEWPORT);
    await page.addInitScript(probe);
    await page.goto(url);
    return await read(page);
  } finally {
    await page.close();
  }
}

/** One popup open in a fresh tab; resolves once the first render and the verdict were seen. */
export function openPopupOnce(context: BrowserContext, popupUrl: string, timeoutMs = 20_000): Promise<PopupOpen> {
  return inFreshTab(context, popupUrl, POPUP_PROBE_JS, async (page) => {
    await page.waitForFunction(
      () => {
        const p = (globalThis as unknown as { __rlPopupProbe?: PopupProbe }).__rlPopupProbe;
        return !!p && p.firstRenderMs !== null && p.verdictMs !== null;
      },
      undefined,
      { timeout: timeoutMs, polling: 20 },
    );
    const p = await page.evaluate(() => (globalThis as unknown as { __rlPopupProbe: PopupProbe }).__rlPopupProbe);
    if (p.shellMs === null || p.firstRenderMs === null || p.verdictMs === null) throw new Error('popup probe: incomplete reading');
    const liveMs = await page
      .waitForSelector('#app[data-live-render-ms]', { timeout: timeoutMs })
      .then(() => page.evaluate(() => (globalThis as unknown as { __rlPopupProbe: PopupProbe }).__rlPopupProbe.liveMs))
      .catch(() => null);
    const [moduleMs, keptReadMs] = await page.evaluate(
      (names) => names.map((name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null),
      [POPUP_MARKS.module, POPUP_MARKS.keptRead],
    );
    return { shellMs: p.shellMs, firstRenderMs: p.firstRenderMs, verdictMs: p.verdictMs, liveMs, moduleMs: moduleMs ?? null, keptReadMs: keptReadMs ?? null };
  });
}

/** One blank-shell open in a fresh tab: ms from navigation start to its first painted frame. */
export function openBlankOnce(context: BrowserContext, blankUrl: string, timeoutMs = 20_000): Promise<number> {
  return inFreshTab(context, blankUrl, BLANK_PROBE_JS, async (page) => {
    const handle = await page.waitForFunction(() => (globalThis as unknown as { __rlBlankProbe?: number }).__rlBlankProbe, undefined, { timeout: timeoutMs, polling: 20 });
    return Number(await handle.jsonValue());
  });
}

/**
 * One warm-up open, then `runs` pairs of opens: the blank shell, then the popup. With `stopWorker`
 * the worker is stopped before each of the two, so the floor pays what a stopped worker costs an
 * extension page that does not need it (e.g. the extension's process starting again).
 */
export async function measurePopupOpen(context: BrowserContext, urls: { popup: string; blank: string }, runs = 10, opts: { stopWorker?: boolean } = {}): Promise<PopupBench> {
  await openBlankOnce(context, urls.blank);
  await openPopupOnce(context, urls.popup);
  const blank: number[] = [];
  const opens: PopupOpen[] = [];
  for (let i = 0; i < runs; i++) {
    if (opts.stopWorker) await stopServiceWorkers(context);
    blank.push(await openBlankOnce(context, urls.blank));
    if (opts.stopWorker) await stopServiceWorkers(context);
    opens.push(await openPopupOnce(context, urls.popup));
  }
  const everyOpen = (of: (o: PopupOpen) => number | null) => {
    const got = opens.map(of).filter((ms): ms is number => ms !== null);
    return got.length === opens.length ? summarise(got) : null;
  };
  return {
    blank: summarise(blank),
    shell: summarise(opens.map((o) => o.shellMs)),
    firstRender: summarise(opens.map((o) => o.firstRenderMs)),
    verdict: summarise(opens.map((o) => o.verdictMs)),
    live: everyOpen((o) => o.liveMs),
    module: everyOpen((o) => o.moduleMs),
    keptRead: everyOpen((o) => o.keptReadMs),
  };
}

/**
 * Where the popup's own time went, from its marks: "its module ran at median X ms, its kept read
 * answered at median Y ms" (ms since navigation start, like the first render); empty when unmarked.
 */
export function popupSteps(p: Pick<PopupBench, 'module' | 'keptRead'>): string {
  if (!p.module || !p.keptRead) return '';
  return `; its module ran at median ${p.module.median.toFixed(1)} ms, its kept read answered at median ${p.keptRead.median.toFixed(1)} ms`;
}
