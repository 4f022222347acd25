/**
 * `pnpm demo`: the built extension in Chromium on every supported site (fixture pages at their real URLs,
 * served locally with real price history from ../shared/data — or the labelled simulator when that
 * folder is absent), screenshots of the badges and of the open hover card per site, plus the popup (light
 * and dark), the whole options page and each of its sections, all in ONE folder: <repo>/screenshots/demo/.
 * Headless unless a DISPLAY is available. Nothing goes to the internet. Ends with an index of the
 * screenshots and how to load the extension in Chrome.
 * The demo's watchlist holds only symbols the served data has (the product default, which includes IJR,
 * is unchanged): a demo should not show "unknown symbol" rows that only mean "not in the fixture data".
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIST, REPO_ROOT, hasSharedData, openSslAvailable, readBadges } from '@rotation-lens/e2e-harness';
import type { Page } from 'playwright-core';
import { ARTICLE_FIXTURES, PROXY_FIXTURE, QUOTE_FIXTURES, SPA_FIXTURE } from '../e2e/fixtures/site-pages.ts';
import { E2E_SETTINGS, type E2eSession, startSession } from '../e2e/support/session.ts';

const OUT = join(REPO_ROOT, 'screenshots', 'demo');

/** Every one of these has history in ../shared/data/prices. */
const DEMO_WATCHLIST = ['IWM', 'SPY', 'QQQ', 'DIA', 'AAPL', 'MSFT', 'NVDA', 'SOFI', 'PLTR', 'TGLS'];
const APP = join(import.meta.dirname, '..');

function ensureBuilt(): void {
  if (existsSync(join(EXTENSION_DIST, 'manifest.json'))) return;
  console.log('» no build found: vite build');
  execFileSync(join(APP, 'node_modules', '.bin', 'vite'), ['build'], { cwd: APP, stdio: 'inherit' });
}

/** Waits (bounded) for the page's badges to leave the loading state; returns how many settled. */
async function waitForSettledBadges(page: Page, min: number, timeoutMs = 12_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let n = 0;
  while (Date.now() < deadline) {
    // Badge hosts carry data-kind; a row host only groups them.
    const bs = (await readBadges(page)).filter((b) => b.data['kind'] !== undefined);
    n = bs.filter((b) => b.text !== '' && b.state !== 'loading').length;
    if (n >= min && n === bs.length) return n;
    // No badge host at all after a while: the content script is not badging this page; don't wait longer.
    if (bs.length === 0 && Date.now() > deadline - timeoutMs / 2) return 0;
    await page.waitForTimeout(150);
  }
  return n;
}

/** Clip: the full viewport width, from a little above the first badge to below the last one. */
async function badgeClip(page: Page): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
  const rects = (await readBadges(page)).map((b) => b.rect).filter((r) => r.width > 0 && r.height > 0);
  if (rects.length === 0) return undefined;
  const top = Math.max(0, Math.min(...rects.map((r) => r.y)) - 90);
  const bottom = Math.max(...rects.map((r) => r.y + r.height)) + 40;
  return { x: 0, y: top, width: 1280, height: Math.min(900 - top, Math.max(160, bottom - top)) };
}

interface Shot {
  name: string;
  badges: number;
  files: string[];
  /** One line per file for the index printed at the end. */
  what: string[];
  note?: string;
}

async function shootPage(s: E2eSession, name: string, url: string, min: number, kind: string, hoverKind = 'rs'): Promise<Shot> {
  const { page } = s;
  const where = `${new URL(url).host.replace(/^www\./, '')} ${kind}`;
  const what: string[] = [`badges on the ${where}`];
  await page.goto(url);
  const badges = await waitForSettledBadges(page, min);
  const files: string[] = [];
  const file = (suffix: string) => join(OUT, `${name}-${suffix}.png`);
  const clip = await badgeClip(page);
  await page.screenshot({ path: file('badges'), ...(clip ? { clip } : {}) });
  files.push(file('badges'));
  const button = page.locator(`[data-rotation-lens][data-kind="${hoverKind}"] [role="button"]`).first();
  let note: string | undefined;
  if ((await button.count()) > 0) {
    await button.scrollIntoViewIfNeeded();
    await button.hover();
    await page.waitForTimeout(400);
    await page.screenshot({ path: file('card') });
    files.push(file('card'));
    what.push(`hover card open on the ${where}`);
    await page.mouse.move(1, 1);
  } else note = `no ${hoverKind} badge to hover`;
  return { name, badges, files, what, ...(note ? { note } : {}) };
}

interface PageShotOptions {
  viewport: { width: number; height: number };
  /** false = what fits the viewport (the popup is shown at most 800×600). */
  fullPage: boolean;
  colorScheme?: 'light' | 'dark';
  /** Also one screenshot per element matching this selector (named by its id or data-testid), scrolled into view. */
  parts?: string;
  what: string;
}

/** An extension page (popup, options), optionally in dark mode and section by section. */
async function shootExtensionPage(s: E2eSession, name: string, path: string, o: PageShotOptions): Promise<Shot> {
  const page = await s.browser.context.newPage();
  await page.setViewportSize(o.viewport);
  await page.emulateMedia({ colorScheme: o.colorScheme ?? 'light' });
  await page.goto(s.browser.extensionUrl(path));
  // The popup marks its first complete render; other pages: give them a moment.
  await page.waitForSelector('[data-first-render-ms]', { timeout: 8000 }).catch(() => page.waitForTimeout(1500));
  await page.waitForTimeout(300);
  const file = join(OUT, `${name}.png`);
  await page.screenshot({ path: file, fullPage: o.fullPage });
  const files = [file];
  const what = [o.what];
  if (o.parts) {
    // As tall as the content, so a sticky header or footer cannot cover the part being shot.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: o.viewport.width, height: Math.max(o.viewport.height, height) });
    const parts = page.locator(o.parts);
    for (let k = 0; k < (await parts.count()); k++) {
      const part = parts.nth(k);
      const id = (await part.getAttribute('id')) ?? (await part.getAttribute('data-testid')) ?? String(k + 1);
      const f = join(OUT, `${name}-${id}.png`);
      await part.screenshot({ path: f });
      files.push(f);
      what.push(`${o.what.split(/ as | \(/)[0]}: "${id}" section${o.colorScheme === 'dark' ? ' (dark mode)' : ''}`);
    }
  }
  await page.close();
  return { name, badges: 0, files, what };
}

async function main(): Promise<void> {
  const started = Date.now();
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`Chromium not found at ${CHROMIUM_PATH}. Install it (Debian/Ubuntu: sudo apt-get install chromium) or set ROTATION_CHROMIUM.`);
    process.exit(1);
  }
  if (!openSslAvailable()) {
    console.error('openssl not found: the demo serves the sites over local HTTPS with a throwaway certificate made by openssl.');
    process.exit(1);
  }
  ensureBuilt();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const real = hasSharedData();
  // Without ../shared/data there is no real history to serve: use the built-in simulator (labelled SIMULATED).
  const demoList = { id: 'demo', name: 'Demo: small vs large', symbols: DEMO_WATCHLIST };
  const base = { ...E2E_SETTINGS, watchlists: [demoList, ...E2E_SETTINGS.watchlists.filter((w) => w.id !== demoList.id)], activeWatchlistId: demoList.id };
  const settings = real ? base : { ...base, data: { ...base.data, providerOrder: ['sample' as const] } };
  const headless = !process.env.DISPLAY;
  console.log(`» Chromium (${headless ? 'headless' : 'windowed'}) with ${relative(REPO_ROOT, EXTENSION_DIST)}; data: ${real ? 'real history from ../shared/data/prices (to 2024-09-12), served locally' : 'SIMULATED sample (../shared/data not found)'}`);
  const s = await startSession({ settings, headless, viewport: { width: 1280, height: 900 } });
  const shots: Shot[] = [];
  try {
    let i = 1;
    const n = () => String(i++).padStart(2, '0');
    for (const fx of QUOTE_FIXTURES) shots.push(await shootPage(s, `${n()}-${fx.site}-${fx.symbol}`, fx.url, 4, `${fx.symbol} quote page`));
    shots.push(await shootPage(s, `${n()}-yahoo-IWM-proxy`, PROXY_FIXTURE.url, 4, 'IWM quote page (the small-cap proxy)'));
    for (const a of ARTICLE_FIXTURES) shots.push(await shootPage(s, `${n()}-${a.site}-article`, a.url, a.badged.length, `article (${a.badged.join(', ')})`));
    shots.push(await shootPage(s, `${n()}-yahoo-spa`, SPA_FIXTURE.urls[0]!, 4, 'single-page app'));
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIST, 'manifest.json'), 'utf8')) as { action?: { default_popup?: string }; options_ui?: { page?: string }; options_page?: string };
    const popup = manifest.action?.default_popup;
    const options = manifest.options_ui?.page ?? manifest.options_page;
    const popupSize = { width: 400, height: 600 };
    if (popup) {
      // What the popup shows when opened (600 px high), plus its "What followed" panel and its watchlist
      // (with the breadth line; below the fold) on their own.
      const parts = '[data-testid="what-followed"], [data-testid="watchlist"]';
      shots.push(await shootExtensionPage(s, `${n()}-popup`, popup, { viewport: popupSize, fullPage: false, parts, what: 'popup as opened (light)' }));
      shots.push(await shootExtensionPage(s, `${n()}-popup-dark`, popup, { viewport: popupSize, fullPage: false, colorScheme: 'dark', parts, what: 'popup as opened (dark mode)' }));
    }
    if (options) {
      shots.push(await shootExtensionPage(s, `${n()}-options`, options, { viewport: { width: 1100, height: 900 }, fullPage: true, parts: 'section[id]', what: 'options page (full page)' }));
    }
  } finally {
    const errors = s.browser.errors.describe();
    await s.close();
    if (errors) console.warn(`\n! errors logged by the extension during the demo:\n${errors}`);
  }

  console.log('\nSite / page                         badges  screenshots');
  for (const shot of shots.filter((x) => x.badges > 0 || x.note)) console.log(`${shot.name.padEnd(36)}${String(shot.badges).padStart(6)}  ${shot.files.map((f) => relative(OUT, f)).join(', ')}${shot.note ? `  (${shot.note})` : ''}`);
  const empty = shots.filter((x) => x.files.some((f) => f.endsWith('-badges.png')) && x.badges === 0);
  if (empty.length > 0) console.log(`! no badges on: ${empty.map((x) => x.name).join(', ')}`);
  const index = shots.flatMap((x) => x.files.map((f, k) => [relative(OUT, f), x.what[k] ?? ''] as const));
  const width = Math.max(...index.map(([f]) => f.length));
  console.log(`\nScreenshots (${index.length} files) in ${OUT}:`);
  for (const [f, what] of index) console.log(`  ${f.padEnd(width)}  ${what}`);
  console.log(`\nDemo took ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`
Load the extension into your own Chrome:
  1. open chrome://extensions
  2. switch on "Developer mode" (top right)
  3. "Load unpacked" → choose ${EXTENSION_DIST}
  4. visit e.g. https://finance.yahoo.com/quote/AAPL/ — the badges appear next to the quote header.`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
