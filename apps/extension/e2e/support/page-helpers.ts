/** Small helpers over the harness's badge reader for the e2e tests. */
import { type BadgeHost, readBadges } from '@rotation-lens/e2e-harness';
import type { Page } from 'playwright-core';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Reads badges with `read` until `ready(badges)` holds (returns them) or throws with what was last seen. */
export async function pollBadgesWith(read: () => Promise<BadgeHost[]>, ready: (b: BadgeHost[]) => boolean, what: string, timeoutMs: number): Promise<BadgeHost[]> {
  const deadline = Date.now() + timeoutMs;
  let last: BadgeHost[] = [];
  while (Date.now() < deadline) {
    last = await read();
    if (ready(last)) return last;
    await sleep(100);
  }
  throw new Error(`timed out waiting for ${what}; badges seen: ${JSON.stringify(last.map((b) => ({ ...b.data, state: b.state, text: b.text })))}`);
}

/** Polls the page's badges (Chromium, Playwright) until `ready(badges)` holds. */
export const pollBadges = (page: Page, ready: (b: BadgeHost[]) => boolean, what: string, timeoutMs = 15_000): Promise<BadgeHost[]> =>
  pollBadgesWith(() => readBadges(page), ready, what, timeoutMs);

/** A badge that has left the loading state (hosts without data-kind only group badges: always settled). */
export const settled = (b: BadgeHost) => b.data['kind'] === undefined || (b.text !== '' && b.state !== 'loading');

/** The badge of a kind for a symbol, once it has left the loading state. */
export async function settledBadge(page: Page, kind: string, symbol?: string): Promise<BadgeHost> {
  const match = (b: BadgeHost) => b.data['kind'] === kind && (symbol === undefined || b.data['symbol'] === symbol) && settled(b);
  const all = await pollBadges(page, (bs) => bs.some(match), `a settled ${kind} badge${symbol ? ` for ${symbol}` : ''}`);
  return all.find(match)!;
}

/** Symbols that carry at least one badge. */
export const badgedSymbols = (bs: BadgeHost[]): Set<string> => new Set(bs.map((b) => b.data['symbol']).filter((s): s is string => !!s));

/** Selector (Playwright CSS pierces open shadow roots) of a badge's focusable button. */
export const badgeButton = (kind: string, symbol?: string) => `[data-rotation-lens][data-kind="${kind}"]${symbol ? `[data-symbol="${symbol}"]` : ''} [role="button"]`;

/** The open hover card (role=dialog inside a badge's shadow root), or null. */
export function openCard(bs: BadgeHost[]): { host: BadgeHost; label: string | null; text: string } | null {
  for (const host of bs) {
    const dialog = host.controls.find((c) => c.role === 'dialog');
    if (dialog) return { host, label: dialog.label, text: dialog.text };
  }
  return null;
}

/** Text of the first element matching one of `selectors` (in order), from the main world. */
export function textOfFirst(page: Page, selectors: string[]): Promise<string | null> {
  return page.evaluate((sels) => {
    for (const s of sels) {
      const el = document.querySelector(s);
      if (el) return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    return null;
  }, selectors);
}
