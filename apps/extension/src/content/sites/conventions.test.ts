/**
 * Conventions every site adapter must follow (in the spirit of refined-github's feature checks).
 * Adding a site = adding `<id>.ts` to SITE_IDS + the registry; this test then holds it to the rules.
 */
import { readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SITE_IDS, SITE_LABELS } from '../../contracts/sites.ts';
import { ADAPTERS, CONTENT_SCRIPT_MATCHES, adapterForUrl } from './index.ts';
import { matchesPattern } from './lib/url.ts';
import { TEST_URLS } from '../../test/site-test-urls.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const SAFE_SYMBOL = /^\^?[A-Z0-9.\-=]{1,16}$/;

describe('site adapter conventions', () => {
  it('every SITE_ID has exactly one adapter, in SITE_IDS order', () => {
    expect(ADAPTERS.map((a) => a.id)).toEqual([...SITE_IDS]);
  });

  it('adapter files are named after their id (one file per site)', () => {
    const files = readdirSync(HERE)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'index.ts' && f !== 'types.ts')
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(files).toEqual([...SITE_IDS].sort());
  });

  it('the content-script matches are the union of the adapters’ https host patterns, never an all-URLs pattern', () => {
    expect(CONTENT_SCRIPT_MATCHES).toEqual([...new Set(ADAPTERS.flatMap((a) => a.matches))]);
    for (const p of CONTENT_SCRIPT_MATCHES) {
      expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\/[a-z/]*\*$/);
      expect(p).not.toMatch(/^https:\/\/\*/);
    }
  });

  describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s', (_id, adapter) => {
    it('has a label, hosts, matches for every host, anchors and a fallback', () => {
      expect(adapter.label).toBe(SITE_LABELS[adapter.id]);
      expect(adapter.hosts.length).toBeGreaterThan(0);
      expect(adapter.anchors.length).toBeGreaterThan(0);
      expect(adapter.fallbackAnchors ?? []).not.toEqual([]);
      for (const host of adapter.hosts) expect(adapter.matches.some((p) => p.startsWith(`https://${host}/`))).toBe(true);
      for (const sel of [...adapter.anchors, ...(adapter.fallbackAnchors ?? []), ...(adapter.articleRoots ?? [])]) {
        expect(() => document.querySelector(sel), sel).not.toThrow();
      }
    });

    const testUrls = TEST_URLS[adapter.id];

    it('exports quote, article-or-other, and null test URLs beside the adapter (not on it)', () => {
      expect('testUrls' in adapter).toBe(false);
      const kinds = new Set(testUrls.map((t) => t.kind));
      expect(kinds.has('quote')).toBe(true);
      expect(kinds.has('article') || kinds.has('other')).toBe(true);
      expect(testUrls.some((t) => t.symbol === null)).toBe(true);
    });

    it.each(testUrls.map((t) => [t.url, t] as const))('%s', (_url, t) => {
      const url = new URL(t.url);
      expect(adapter.matches.some((p) => matchesPattern(url, p))).toBe(true);
      expect(adapterForUrl(url)?.id).toBe(adapter.id);
      const symbol = adapter.symbolFromUrl(url);
      expect(symbol).toBe(t.symbol);
      if (symbol !== null) expect(symbol).toMatch(SAFE_SYMBOL);
    });

    it('reads no symbol from other sites’ URLs', () => {
      for (const other of ADAPTERS.filter((a) => a.id !== adapter.id)) {
        for (const t of TEST_URLS[other.id]) {
          const url = new URL(t.url);
          if (adapter.hosts.includes(url.hostname)) continue;
          expect(adapter.symbolFromUrl(url), t.url).toBeNull();
        }
      }
    });
  });

  it('adapterForUrl is null off the supported sites and off Google outside /finance', () => {
    expect(adapterForUrl(new URL('https://example.com/quote/AAPL'))).toBeNull();
    expect(adapterForUrl(new URL('https://www.google.com/search?q=aapl'))).toBeNull();
    expect(adapterForUrl(new URL('http://finance.yahoo.com/quote/AAPL'))).toBeNull();
    expect(adapterForUrl(new URL('https://finance.yahoo.com.evil.example/quote/AAPL'))).toBeNull();
  });
});
