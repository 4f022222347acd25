/**
 * Where the badge row goes on a quote page: the adapter's landmarks in order, then each part of its
 * fallback in order. (A plain `querySelector('main h1, h1')` returns the first in document order —
 * often the site logo — so selector lists are tried part by part.)
 */
import type { SiteAdapter } from '../types.ts';

export function findAnchor(doc: ParentNode, adapter: Pick<SiteAdapter, 'anchors' | 'fallbackAnchor'>): Element | null {
  const fallback = adapter.fallbackAnchor ? splitSelectorList(adapter.fallbackAnchor) : [];
  for (const selector of [...adapter.anchors, ...fallback]) {
    const el = doc.querySelector(selector);
    if (el) return el;
  }
  return null;
}

/** Split a selector list on top-level commas (not inside brackets, parentheses or quotes). */
export function splitSelectorList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote = '';
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '(') depth++;
    else if (c === ']' || c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}
