/**
 * Benchmark: the first card of a page, whose module the worker injects on that hover. Timed in the page
 * from the badge's first mouseenter to role=dialog in its shadow root; warm worker; one fresh page load
 * per run (the first run warms the worker's module file and is not counted).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { summarise, type Summary } from './stats.ts';
import type { Target } from './verdict.ts';

export const CARD_TARGET: Target = { max: 50, unit: 'ms' };

const hostSelector = (kind: string, symbol: string) => `[data-rotation-lens][data-kind="${kind}"][data-symbol="${symbol}"]`;

/** Waits for the badge of `kind` for `symbol` to leave its loading state. */
async function settled(page: Page, kind: string, symbol: string): Promise<void> {
  await page.waitForFunction(
    (sel) => {
      const host = document.querySelector(sel);
      const state = host?.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state');
      return !!host && state !== null && state !== 'loading';
    },
    hostSelector(kind, symbol),
    { timeout: 15_000, polling: 20 },
  );
}

/** ms from the first mouseenter on the badge host to its card (role=dialog) in the shadow root. */
async function firstCardDelay(page: Page, kind: string, symbol: string): Promise<number> {
  const sel = hostSelector(kind, symbol);
  await page.evaluate((s) => {
    const host = document.querySelector(s) as HTMLElement;
    const root = host.shadowRoot!;
    const timed = new Promise<number>((resolve) => {
      let t0 = 0;
      host.addEventListener('mouseenter', () => (t0 = performance.now()), { once: true });
      new MutationObserver((_, obs) => {
        if (t0 && root.querySelector('[role="dialog"]')) {
          obs.disconnect();
          resolve(performance.now() - t0);
        }
      }).observe(root, { childList: true, subtree: true });
    });
    (globalThis as unknown as { __rlCardDelay: Promise<number> }).__rlCardDelay = timed;
  }, sel);
  await page.locator(sel).first().hover();
  return page.evaluate(() => (globalThis as unknown as { __rlCardDelay: Promise<number> }).__rlCardDelay);
}

export async function measureCardOpen(context: BrowserContext, url: string, symbol: string, runs = 10): Promise<Summary> {
  const page = await context.newPage();
  try {
    const delays: number[] = [];
    for (let i = 0; i <= runs; i++) {
      await page.goto(url);
      await settled(page, 'rs', symbol);
      await page.mouse.move(1, 1);
      const ms = await firstCardDelay(page, 'rs', symbol);
      if (i > 0) delays.push(ms);
    }
    return summarise(delays);
  } finally {
    await page.close();
  }
}
