/**
 * Is a hit's node shown to the reader? Hidden content (`hidden`, `display:none`, `visibility:hidden`,
 * the body of a closed `<details>`) is read by the walk but never badged, so it cannot use up the
 * page's badge cap. Checked per candidate hit, not per node: a page has few candidates and many nodes.
 */

/** The element a hit's badge would follow: a link itself, or the text's parent. */
const elementOf = (node: Node): Element | null => (node.nodeType === 1 ? (node as Element) : node.parentElement);

/** `hidden` attributes and closed `<details>` (outside its `<summary>`), up the ancestor chain. */
function hiddenByMarkup(el: Element): boolean {
  let child: Element | null = null;
  for (let e: Element | null = el; e; child = e, e = e.parentElement) {
    if (e.hasAttribute('hidden')) return true;
    if (e.localName === 'details' && !e.hasAttribute('open') && child?.localName !== 'summary') return true;
  }
  return false;
}

export function isShown(node: Node): boolean {
  const el = elementOf(node);
  if (!el) return false;
  if (hiddenByMarkup(el)) return false;
  // checkVisibility: false under display:none (any ancestor) or content-visibility:hidden; with
  // visibilityProperty also for visibility:hidden/collapse (Chromium 121+, Firefox 122+).
  return typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
}
