/**
 * Browser side of the Chromium scan benchmark (bundled to one IIFE by bundle.ts, run in a plain page).
 * Same protocol as bench/scan.ts: the 10,000-node article, fresh copies built up front (scanned nodes
 * are remembered), two warm-up runs, then `runs` timed scans with the cap lifted.
 */
import { scanForTickers } from '../../src/content/scan/index.ts';
import { BENCH_WATCHLIST, buildArticle } from '../article.ts';

export interface PageScanResult {
  times: number[];
  hits: number;
  planted: number;
  nodes: number;
}

function scanBench(runs: number): PageScanResult {
  const article = buildArticle(document);
  const copies = Array.from({ length: runs + 2 }, () => article.root.cloneNode(true) as Element);
  const times: number[] = [];
  let hits = 0;
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const [i, copy] of copies.entries()) {
    document.body.replaceChildren(copy);
    // A real page is laid out when the content script runs: flush layout before the clock starts
    // (the scanner itself reads no layout). The previous copies' garbage is collected first too
    // (Chromium runs with --expose-gc), so a timed scan pays only for its own work.
    void document.body.offsetHeight;
    gc?.();
    const t0 = performance.now();
    const found = scanForTickers(copy, { watchlist: BENCH_WATCHLIST, max: 100_000 });
    const ms = performance.now() - t0;
    if (i >= 2) times.push(ms);
    hits = found.length;
  }
  return { times, hits, planted: article.planted.length, nodes: article.nodeCount };
}

(globalThis as unknown as { __scanBench: typeof scanBench }).__scanBench = scanBench;
