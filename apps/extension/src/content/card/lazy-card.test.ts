import type { RotationReport } from '@rotation-lens/core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBadge } from '../badges/render.ts';
import { FRESH, sampleReports } from '../../test/views.ts';
import type { CardModule } from '../modules/contracts.ts';
import { type ModuleSource, ready } from '../modules/source.ts';
import { attachCard } from './controller.ts';
import { lazyCard } from './lazy-card.ts';

let report: RotationReport;
beforeAll(async () => {
  report = (await sampleReports(['AAPL'])).get('AAPL') as RotationReport;
});
afterEach(() => document.body.replaceChildren());

/** A card module that arrives when the test says so (or never). */
function deferred(): ModuleSource<CardModule> & { arrive(ok: boolean): Promise<void>; loads: number } {
  let resolve: (m: CardModule | null) => void = () => undefined;
  let loaded: CardModule | null = null;
  const src = {
    loads: 0,
    now: () => loaded,
    load: () => {
      src.loads++;
      return new Promise<CardModule | null>((r) => {
        resolve = r;
      });
    },
    async arrive(ok: boolean) {
      loaded = ok ? { attach: attachCard } : null;
      resolve(loaded);
      await new Promise((r) => setTimeout(r, 0));
    },
  };
  return src;
}

function badge(cards: ModuleSource<CardModule>, data = true) {
  const h = createBadge(document, 'rs', 'AAPL');
  document.body.append(h.host);
  const ctl = lazyCard(h, () => (data ? { report, stamp: FRESH, discount: null, onOpen: () => undefined } : null), cards);
  const dialog = () => h.root.querySelector('[role="dialog"]');
  const status = () => h.root.querySelector('[role="status"]');
  return { h, ctl, dialog, status };
}

describe('lazy card (content script side)', () => {
  it('module already here: the first hover opens the real card at once, no loading frame', () => {
    const { h, ctl, dialog, status } = badge(ready({ attach: attachCard }));
    h.host.dispatchEvent(new MouseEvent('mouseenter'));
    expect(dialog()?.getAttribute('aria-label')).toBe('AAPL versus SPY');
    expect(status()).toBeNull();
    expect(ctl.isOpen).toBe(true);
    expect(h.button.getAttribute('aria-expanded')).toBe('true');
  });

  it('module not loaded: focus shows "Loading…" at once, asks once, then the card replaces it (still focused)', async () => {
    const cards = deferred();
    const { h, dialog, status } = badge(cards);
    h.button.focus();
    expect(status()?.textContent).toBe('Loading…');
    expect(dialog()).toBeNull();
    h.host.dispatchEvent(new MouseEvent('mouseenter'));
    expect(cards.loads).toBe(1);
    await cards.arrive(true);
    expect(status()).toBeNull();
    expect(dialog()).not.toBeNull();
    // From now on the module's controller answers the keys (Escape closes).
    h.button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(dialog()).toBeNull();
  });

  it('no longer wanted when the module lands (focus moved away): the frame just goes', async () => {
    const cards = deferred();
    const { h, dialog, status } = badge(cards);
    h.button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(status()).not.toBeNull();
    await cards.arrive(true);
    expect(status()).toBeNull();
    expect(dialog()).toBeNull();
  });

  it('the module cannot be had: the frame says so; no data yet: nothing opens; detach removes all', async () => {
    const cards = deferred();
    const { h, ctl, status } = badge(cards);
    h.host.dispatchEvent(new MouseEvent('mouseenter'));
    await cards.arrive(false);
    expect(status()?.textContent).toBe('Details unavailable: reload the page');
    ctl.detach();
    expect(status()).toBeNull();
    const empty = badge(deferred(), false);
    empty.h.host.dispatchEvent(new MouseEvent('mouseenter'));
    expect(empty.status()).toBeNull();
    expect(empty.ctl.isOpen).toBe(false);
  });
});
