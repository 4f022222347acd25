import { afterAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../index.ts';
import { TEST_URLS } from '../../../test/site-test-urls.ts';
import { findAnchor } from './anchor.ts';
import { closeSavedPages, parsePage } from '../../../test/saved-pages.ts';

afterAll(closeSavedPages);

describe('findAnchor', () => {
  it('tries fallbacks in order, not in document order (the logo h1 comes first)', () => {
    const doc = parsePage('<h1>Site logo</h1><main><h1>Quote</h1></main>', 'https://example.com/');
    expect(findAnchor(doc, { anchors: ['.nope'], fallbackAnchors: ['main h1', 'h1'] })?.textContent).toBe('Quote');
  });

  it('returns null when nothing matches', () => {
    expect(findAnchor(parsePage('<p>x</p>', 'https://example.com/'), { anchors: ['h1'] })).toBeNull();
  });

  // Every adapter's first landmark wins over its fallback; with no landmark, a bare `main h1`/`h1` page still gets a place.
  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s: landmark first, then fallback', (_id, adapter) => {
    const url = TEST_URLS[adapter.id].find((t) => t.kind === 'quote')!.url;
    const bare = parsePage('<main><h1>Fallback</h1></main>', url);
    expect(findAnchor(bare, adapter)).not.toBeNull();
    const withLandmark = parsePage(`${landmarkFor(adapter.anchors[0]!)}<main><h1>Fallback</h1></main>`, url);
    expect(findAnchor(withLandmark, adapter)?.textContent).toBe('Landmark');
  });
});

/**
 * Markup for a simple selector chain like `section[data-testid="quote-hdr"] h1` or `.a h1.b`: nested
 * elements with the tags, classes and attributes named (enough for the adapters' own landmarks).
 */
function landmarkFor(selector: string): string {
  const parts = selector.split(/\s+/);
  let open = '';
  let close = '';
  for (const part of parts) {
    const tag = /^[a-z][a-z0-9-]*/.exec(part)?.[0] ?? 'div';
    const classes = [...part.matchAll(/\.([\w-]+)/g)].map((m) => m[1]).join(' ');
    const attrs = [...part.matchAll(/\[([\w-]+)(?:[*^$]?="([^"]*)")?\]/g)].map((m) => ` ${m[1]}="${m[2] ?? ''}"`).join('');
    const id = /#([\w-]+)/.exec(part)?.[1];
    open += `<${tag}${classes ? ` class="${classes}"` : ''}${id ? ` id="${id}"` : ''}${attrs}>`;
    close = `</${tag}>${close}`;
  }
  return `${open}Landmark${close}`;
}
