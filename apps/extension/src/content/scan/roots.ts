/**
 * Where the scanner reads a page. The site adapter's article bodies when the page has any (shown, and
 * outside page chrome); else the first generic content landmark that exists — the marked-up article
 * body, `<article>`, the main region — and only when there is none, the whole body. Chrome (header,
 * nav, footer, aside, banners), strips of ticker links and hidden content are excluded inside every
 * root by the walk itself (skip.ts, strips.ts, visible.ts), so the whole-body fallback stays
 * conservative too.
 */
import type { SiteAdapter } from '../sites/types.ts';
import { insideSkipZone } from './skip.ts';
import { isShown } from './visible.ts';

/** Generic article landmarks, most specific first: the first selector that matches wins. */
export const GENERIC_ARTICLE_ROOTS: readonly string[] = ['[itemprop="articleBody"]', 'article', 'main, [role="main"]'];

/** Outermost matches of `selector` under `root` that are shown and outside page chrome. */
function usable(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)].filter((el) => !insideSkipZone(el) && isShown(el));
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

/** The page's article bodies (adapter selectors, then the generic landmarks), or [] when it has none. */
export function articleRoots(doc: ParentNode, adapter: SiteAdapter | undefined): Element[] {
  for (const selector of [...(adapter?.articleRoots ?? []), ...GENERIC_ARTICLE_ROOTS]) {
    const found = usable(doc, selector);
    if (found.length > 0) return found;
  }
  return [];
}

/**
 * What to walk for a scan of `root`: the page's article bodies inside it; `root` itself when it is
 * inside one (a node added later) or the page has none at all; nothing when it is outside them.
 */
export function scanRoots(root: ParentNode, adapter: SiteAdapter | undefined): Node[] {
  const node = root as Node;
  if (node.nodeType === 3) return [node];
  const all = articleRoots(node.ownerDocument ?? (node as Document), adapter);
  const inside = all.filter((a) => node.contains(a));
  return inside.length > 0 ? inside : all.length === 0 || all.some((a) => a.contains(node)) ? [node] : [];
}

/**
 * The page's headline: its first shown `<h1>` outside chrome (a site-logo `<h1>` sits in the header).
 * A badge must never move or resize it: hits inside it or before it are dropped (index.ts).
 */
export function headlineOf(doc: Document): Element | null {
  return [...doc.querySelectorAll('h1')].find((h) => !insideSkipZone(h) && isShown(h)) ?? null;
}

/** True when a badge after `node` could move or resize `headline` (it is inside it or before it). */
export function movesHeadline(node: Node, headline: Element | null): boolean {
  if (!headline) return false;
  return headline.contains(node) || (headline.compareDocumentPosition(node) & 2) !== 0; // 2 = DOCUMENT_POSITION_PRECEDING
}
