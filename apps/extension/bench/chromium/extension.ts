/**
 * The extension benchmarks in one Chromium session (the e2e harness: local HTTPS "internet", real
 * history) on a private copy of the build with the bench-only floors (bench-dist.ts): popup opens
 * first (so the warm-up open is a real first open), then badge latency on a quote page and on an
 * article, warm and with the worker stopped, and the first card. One line per figure, each with the
 * floor measured in the same run and the target's verdict on the median. Skips with a message when
 * Chromium, the build, openssl or ../shared/data is missing.
 */
import { ARTICLE_FIXTURES, QUOTE_FIXTURES } from '../../e2e/fixtures/site-pages.ts';
import { startSession } from '../../e2e/support/session.ts';
import { BADGE_STOPPED_TARGET, BADGE_WARM_TARGET, type BadgeLatency, measureBadgeLatency } from './badge-latency.ts';
import { BLANK_PAGE, makeBenchDist, POPUP_PAGE } from './bench-dist.ts';
import { chromiumMissing } from './browser.ts';
import { CARD_TARGET, measureCardOpen } from './card-open.ts';
import { measurePopupOpen, POPUP_STOPPED_TARGET, POPUP_WARM_TARGET, type PopupBench, popupSteps } from './popup-open.ts';
import { formatSummary } from './stats.ts';
import { ratio, type Target, verdict } from './verdict.ts';

const ms = (x: number) => `${x.toFixed(1)} ms`;

function popupWarmLine(p: PopupBench, runs: number): string {
  const r = ratio(p.firstRender.median, p.blank.median);
  return (
    `popup first render (warm, ${runs} opens): ${r.toFixed(2)}x the blank shell — median ${ms(p.firstRender.median)} (p90 ${ms(p.firstRender.p90)}) ` +
    `vs blank shell median ${ms(p.blank.median)} (p90 ${ms(p.blank.p90)}); verdict in the DOM ${formatSummary(p.verdict)}${popupSteps(p)} ${verdict(r, POPUP_WARM_TARGET)}`
  );
}

function popupStoppedLine(p: PopupBench, runs: number): string {
  return (
    `popup first render (worker stopped, ${runs} opens): ${formatSummary(p.firstRender)} (floor: blank shell median ${ms(p.blank.median)}; ` +
    `${(p.firstRender.median / p.blank.median).toFixed(2)}x${p.live ? `; live dashboard ${formatSummary(p.live)}` : ''}${popupSteps(p)}) ${verdict(p.firstRender.median, POPUP_STOPPED_TARGET)}`
  );
}

function badgeLine(label: string, b: BadgeLatency, target: Target, runs: number): string {
  return (
    `badges after DOMContentLoaded (${label}, ${runs} reloads): median ${ms(b.aboveFloor.median)} above the floor (p90 ${ms(b.aboveFloor.p90)}; ` +
    `floor: a no-op content script starts median ${ms(b.floor.median)} after DOMContentLoaded; badges ${formatSummary(b.afterDcl)} after it; ` +
    `first host median ${ms(b.firstHost.median)} above the floor) ${verdict(b.aboveFloor.median, target)}`
  );
}

export async function runExtensionBench(runs = 10): Promise<void> {
  const missing = chromiumMissing({ extension: true, sharedData: true });
  if (missing) {
    console.log(`badges after DOMContentLoaded / popup open (Chromium): skipped — needs ${missing}`);
    return;
  }
  const dist = makeBenchDist();
  const session = await startSession({ dist: dist.dir });
  try {
    const { context } = session.browser;
    const urls = { popup: session.browser.extensionUrl(POPUP_PAGE), blank: session.browser.extensionUrl(BLANK_PAGE) };
    console.log(popupWarmLine(await measurePopupOpen(context, urls, runs), runs));
    const quote = QUOTE_FIXTURES[0]!;
    const article = ARTICLE_FIXTURES[0]!.url;
    console.log(badgeLine(`warm, quote page ${quote.url}`, await measureBadgeLatency(context, quote.url, runs), BADGE_WARM_TARGET, runs));
    console.log(badgeLine(`warm, article ${article}`, await measureBadgeLatency(context, article, runs), BADGE_WARM_TARGET, runs));
    const card = await measureCardOpen(context, quote.url, quote.symbol, runs);
    console.log(`first card after hover (module on demand, warm, ${runs} hovers): ${formatSummary(card)} (floor: none, timed in the page from mouseenter) ${verdict(card.median, CARD_TARGET)}`);
    // The worker stopped before each load (Chrome does so after ~30 s idle): caches warm, worker memory cold.
    const stoppedQuote = await measureBadgeLatency(context, quote.url, runs, { stopWorker: true });
    console.log(badgeLine('worker stopped, quote page', stoppedQuote, BADGE_STOPPED_TARGET, runs));
    const stoppedArticle = await measureBadgeLatency(context, article, runs, { stopWorker: true });
    console.log(badgeLine('worker stopped, article', stoppedArticle, BADGE_STOPPED_TARGET, runs));
    console.log(popupStoppedLine(await measurePopupOpen(context, urls, runs, { stopWorker: true }), runs));
  } finally {
    await session.close();
    dist.remove();
  }
}
