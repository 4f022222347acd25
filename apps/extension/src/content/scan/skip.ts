/**
 * Zones the scanner never reads: navigation and page chrome (banners, side rails, ticker marquees, toolbars), code, form fields, editable and hidden
 * content, and the extension's own badge hosts. Checked with tag names and attributes (no selector
 * matching per node: this runs on every element of an article).
 */
import { BADGE_HOST_ATTR } from './types.ts';

const SKIP_TAGS = new Set([
  'nav', 'header', 'footer', 'aside', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'noscript', 'template',
  'input', 'textarea', 'select', 'option', 'button', 'svg', 'math', 'iframe', 'object', 'canvas', 'head', 'title',
]);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'textbox', 'combobox', 'menu', 'menubar', 'toolbar', 'marquee']);

/** True when `el` itself starts a zone the scanner must not enter. */
export function isSkipZone(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (!el.hasAttributes()) return false; // most prose elements: no attribute reads at all
  if (el.hasAttribute(BADGE_HOST_ATTR)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  return role !== null && SKIP_ROLES.has(role);
}

/** True when `node` or any ancestor up to (not beyond) the document is a skip zone. */
export function insideSkipZone(node: Node): boolean {
  for (let el: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement; el; el = el.parentElement) {
    if (isSkipZone(el)) return true;
  }
  return false;
}
