/**
 * Watches for content added after the first scan (infinite scroll, SPA navigation, lazy article bodies).
 * Only added subtrees are scanned — never the whole page again — in batches: mutations are collected
 * and flushed on idle (requestIdleCallback, else a short timeout). The per-page cap and the per-symbol
 * quota span all batches (the quota also spans the first scan made with the same options object).
 */
import { scanForTickers } from './index.ts';
import { withSameQuota } from './per-symbol.ts';
import { PAGE_BADGE_CAP } from '../../contracts/messages.ts';
import type { ScanOptions, TickerHit } from './types.ts';

type IdleWindow = {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  MutationObserver?: typeof MutationObserver;
};

export function watchForTickers(root: Node, opts: ScanOptions, onHits: (hits: TickerHit[]) => void): () => void {
  const view = (root.ownerDocument ?? (root as Document)).defaultView as (Window & IdleWindow) | null;
  let remaining = opts.max ?? PAGE_BADGE_CAP;
  let pending = new Set<Node>();
  let scheduled = false;
  let stopped = false;

  const flush = () => {
    scheduled = false;
    if (stopped) return;
    const batch = [...pending].filter((n) => n.isConnected && root.contains(n));
    pending = new Set();
    // Drop nodes inside another pending node: their ancestor's scan covers them. On article pages an
    // addition outside the article bodies scans nothing (scanRoots, roots.ts).
    const tops = batch.filter((n) => !batch.some((other) => other !== n && other.contains(n)));
    const hits: TickerHit[] = [];
    for (const node of tops) {
      if (remaining <= 0) break;
      const found = scanForTickers(node as ParentNode, withSameQuota(opts, { max: remaining }));
      remaining -= found.length;
      hits.push(...found);
    }
    if (hits.length > 0) onHits(hits);
  };

  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    if (view?.requestIdleCallback) view.requestIdleCallback(flush, { timeout: 300 });
    else setTimeout(flush, 16);
  };

  const Observer: typeof MutationObserver = view?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records: MutationRecord[]) => {
    for (const r of records) {
      for (const n of r.addedNodes) if (n.nodeType === 1 || n.nodeType === 3) pending.add(n);
    }
    if (pending.size > 0 && remaining > 0) schedule();
  });
  observer.observe(root, { childList: true, subtree: true });

  return () => {
    stopped = true;
    observer.disconnect();
    pending.clear();
  };
}
