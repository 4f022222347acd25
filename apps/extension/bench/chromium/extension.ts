/**
 * The extension benchmarks in one Chromium session (the e2e harness: local HTTPS "internet", real
 * history, the built dist/): popup open first (so its first open is a real first open), then badge
 * latency on a quote page and on an article. Prints one line per figure; skips with a message when
 * Chromium, the build, openssl or ../shared/data is missing.
 */
import { ARTICLE_FIXTURES, QUOTE_FIXTURES } from '../../e2e/fixtures/site-pages.ts';
import { startSession } from '../../e2e/support/session.ts';
import { BADGE_TARGET_MS, measureBadgeLatency } from './badge-latency.ts';
import { chromiumMissing } from './browser.ts';
import { CARD_TARGET_MS, measureCardOpen } from './card-open.ts';
import { measurePopupOpen, POPUP_TARGET_MS } from './popup-open.ts';
import { formatSummary } from './stats.ts';

export async function runExtensionBench(runs = 10): Promise<void> {
  const missing = chromiumMissing({ extension: true, sharedData: true });
  if (missing) {
    console.log(`badges after DOMContentLoaded / popup open (Chromium): skipped — needs ${missing}`);
    return;
  }
  const session = await startSession();
  try {
    const { context } = session.browser;
    const popupUrl = session.browser.extensionUrl('src/popup/index.html');
    const popup = await measurePopupOpen(context, popupUrl, runs);
    console.log(`popup first open: first render ${popup.first.firstRenderMs.toFixed(1)} ms, verdict ${popup.first.verdictMs.toFixed(1)} ms`);
    console.log(`popup open (warm, ${runs} runs): first render ${formatSummary(popup.firstRender)}; verdict ${formatSummary(popup.verdict)} (target < ${POPUP_TARGET_MS} ms)`);
    console.log(`  popup script ran: ${formatSummary(popup.shell)}${popup.live ? `; live dashboard arrived: ${formatSummary(popup.live)}` : ''}`);
    const quote = QUOTE_FIXTURES[0]!;
    const q = await measureBadgeLatency(context, quote.url, runs);
    console.log(`badges after DOMContentLoaded (warm): ${formatSummary(q.latency)} (${quote.url}; first host ${formatSummary(q.firstHost)}; target ${BADGE_TARGET_MS} ms)`);
    const card = await measureCardOpen(context, quote.url, quote.symbol, runs);
    console.log(`first card after hover (module on demand, warm): ${formatSummary(card)} (target < ${CARD_TARGET_MS} ms)`);
    const article = ARTICLE_FIXTURES[0]!.url;
    const a = await measureBadgeLatency(context, article, runs);
    console.log(`badges after DOMContentLoaded (warm, article): ${formatSummary(a.latency)} (${article})`);
    // The worker stopped (Chrome does so after ~30 s idle): IndexedDB warm, worker memory cold.
    const qs = await measureBadgeLatency(context, quote.url, runs, { stopWorker: true });
    console.log(`badges after DOMContentLoaded (worker stopped, IndexedDB warm): ${formatSummary(qs.latency)}`);
    const ps = await measurePopupOpen(context, popupUrl, runs, { stopWorker: true });
    console.log(
      `popup open (worker stopped): first render ${formatSummary(ps.firstRender)}${ps.live ? `; live dashboard ${formatSummary(ps.live)}` : ''}`,
    );
  } finally {
    await session.close();
  }
}
