/**
 * Where the badge row goes on a quote page: the adapter's landmarks in order, then its fallbacks in
 * order. (One `querySelector('main h1, h1')` would return the first match in document order, often the
 * site logo, so each selector is tried on its own.)
 */
import type { SiteAdapter } from '../types.ts';

export function findAnchor(doc: ParentNode, adapter: Pick<SiteAdapter, 'anchors' | 'fallbackAnchors'>): Element | null {
  for (const selector of [...adapter.anchors, ...(adapter.fallbackAnchors ?? [])]) {
    const el = doc.querySelector(selector);
    if (el) return el;
  }
  return null;
}
