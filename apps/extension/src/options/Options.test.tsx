import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../settings/schema.ts';
import { saveSettings } from '../settings/store.ts';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { byTestId, waitFor } from '../test/dom.ts';
import { openOptions } from '../test/options-harness.tsx';

let fake: ChromeFake;
beforeEach(() => {
  fake = installChromeFake();
  fake.onMessage(() => ({ ok: true, data: { symbols: 0, bytes: 0 } }));
});
afterEach(() => fake.uninstall());

describe('Options page', () => {
  it('has every section with a heading and a nav link', async () => {
    const page = await openOptions(fake);
    for (const id of ['watchlists', 'comparison', 'sites', 'data', 'valuation', 'alerts']) {
      expect(byTestId(page.root, `section-${id}`)?.querySelector('h2')?.textContent).toBeTruthy();
      expect(page.root.querySelector(`nav a[href="#${id}"]`)).not.toBeNull();
    }
    page.unmount();
  });

  it('opened at a section (#valuation, from a stale discount): scrolls there once the settings are drawn', async () => {
    const scrolled: string[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.id);
    };
    globalThis.location.hash = '#valuation';
    try {
      const page = await openOptions(fake);
      await waitFor(() => scrolled.length > 0);
      expect(scrolled).toEqual(['valuation']);
      page.unmount();
    } finally {
      Element.prototype.scrollIntoView = original;
      globalThis.location.hash = '';
    }
  });

  it('shows migration warnings for damaged stored settings, keeping the rest', async () => {
    await fake.sync.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, density: 'huge', preferredSite: 'finviz' } });
    const page = await openOptions(fake);
    expect(byTestId(page.root, 'migration-warnings')?.textContent).toMatch(/density/);
    expect(byTestId<HTMLSelectElement>(page.root, 'preferred-site')?.value).toBe('finviz');
    page.unmount();
  });

  it('follows changes made in another tab', async () => {
    const page = await openOptions(fake);
    await saveSettings({ ...structuredClone(DEFAULT_SETTINGS), density: 'compact' });
    await waitFor(() => byTestId<HTMLInputElement>(page.root, 'density-compact')?.checked);
    page.unmount();
  });
});
