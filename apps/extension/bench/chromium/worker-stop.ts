/**
 * Stops the extension's service worker, as Chrome does after ~30 s idle, so a benchmark can time the
 * path where the worker must start again (its IndexedDB cache stays warm). Uses the DevTools
 * protocol from a throwaway tab (ServiceWorker.stopAllWorkers).
 */
import type { BrowserContext } from 'playwright-core';

export async function stopServiceWorkers(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
  } finally {
    await page.close();
  }
}
