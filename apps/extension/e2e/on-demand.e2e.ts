/**
 * The on-demand card module in real Chromium: what each page kind has loaded, read from the
 * content script's own isolated world (CDP: the extension's execution context of the page):
 *  - a quote page: its site script only (the registry holds just the runtime's own mark) until a badge
 *    is hovered; then the card module;
 *  - an article page: its site script only, which carries the scanner (and it badges): no module asked
 *    of the worker before the first badge.
 * How fast the first card opens is measured by `pnpm bench` (bench/chromium/card-open.ts).
 */
import { e2eGate } from '@rotation-lens/e2e-harness';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ARTICLE_FIXTURES, QUOTE_FIXTURES } from './fixtures/site-pages.ts';
import { badgeButton, pollBadges, settledBadge } from './support/page-helpers.ts';
import { useSession } from './support/use-session.ts';

const gate = e2eGate({ sharedData: true });

/** The modules registered in the extension's isolated world of `page` (src/content/modules/registry.ts). */
async function loadedModules(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  try {
    const isolated = contexts.filter((c) => c.auxData?.type === 'isolated' && c.origin.startsWith('chrome-extension://'));
    expect(isolated.length, 'the content script’s isolated world').toBeGreaterThan(0);
    const expression = `Object.keys(globalThis[Symbol.for('rotation-lens.modules')] ?? {}).sort()`;
    const r = await cdp.send('Runtime.evaluate', { expression, contextId: isolated[0]!.id, returnByValue: true });
    return r.result.value as string[];
  } finally {
    await cdp.detach();
  }
}

describe.skipIf(!gate.run)('on-demand modules (real Chromium)', () => {
  const session = useSession();

  it('a quote page loads no card until a badge is hovered; then the card', async () => {
    const fx = QUOTE_FIXTURES[0]!;
    const { page } = session();
    await page.goto(fx.url);
    await settledBadge(page, 'rs', fx.symbol);
    expect(await loadedModules(page)).toEqual(['runtime']);
    await page.locator(badgeButton('rs', fx.symbol)).hover();
    await pollBadges(page, (bs) => bs.some((b) => b.controls.some((c) => c.role === 'dialog')), 'the card to open');
    expect(await loadedModules(page)).toEqual(['card', 'runtime']);
  });

  it('an article page badges its tickers with no module loaded (the scanner is part of the site script)', async () => {
    const fx = ARTICLE_FIXTURES[0]!;
    const { page } = session();
    await page.goto(fx.url);
    await pollBadges(page, (bs) => bs.some((b) => b.data['kind'] !== undefined && b.state !== 'loading'), 'an inline badge');
    expect(await loadedModules(page)).toEqual(['runtime']);
  });
});
