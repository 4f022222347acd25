/**
 * Is a hit's node shown to the reader? Hidden content (`hidden`, `display:none`, `visibility:hidden`,
 * the body of a closed `<details>`) is read by the walk but never badged, so it cannot use up the
 * page's badge cap. Checked per candidate hit, not per node: a page has few candidates and many nodes.
 * `checkVisibility` is false under a display:none ancestor (the `hidden` attribute is one) and under
 * content-visibility:hidden (a closed `<details>` body); `visibilityProperty` adds visibility:hidden
 * (Chromium 121+, Firefox 122+). Without it (older browsers) everything counts as shown.
 */
export function isShown(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el !== null && el.checkVisibility?.({ visibilityProperty: true }) !== false;
}
