import { describe, expect, it } from 'vitest';
import { createRouter } from '../router.ts';
import { fakeCtx } from '../../test/worker.ts';
import { HANDLERS } from './index.ts';
import { loadModule } from './load-module.ts';

describe('load-module', () => {
  it('injects the module file into the asking tab and frame', async () => {
    const ctx = fakeCtx({ bars: new Map() });
    expect(await loadModule({ type: 'load-module', module: 'card' }, ctx, { tabId: 7, frameId: 3 })).toBeNull();
    expect(await loadModule({ type: 'load-module', module: 'card' }, ctx, { tabId: 7 })).toBeNull();
    expect(ctx.injected).toEqual([
      { tabId: 7, frameId: 3, file: 'content/card.js' },
      { tabId: 7, frameId: 0, file: 'content/card.js' },
    ]);
  });

  it('unknown module names and senders without a tab are refused, nothing injected', async () => {
    const ctx = fakeCtx({ bars: new Map() });
    const route = createRouter(HANDLERS, ctx);
    expect(await route({ type: 'load-module', module: '../popup' }, { tabId: 1, frameId: 0 })).toMatchObject({ ok: false, error: { kind: 'BadRequest' } });
    expect(await route({ type: 'load-module', module: 'toString' }, { tabId: 1, frameId: 0 })).toMatchObject({ ok: false, error: { kind: 'BadRequest' } });
    expect(await route({ type: 'load-module', module: 'card' })).toMatchObject({ ok: false, error: { kind: 'BadRequest' } });
    expect(await route({ type: 'load-module', module: 'card' }, { tabId: -1, frameId: 0 })).toMatchObject({ ok: false, error: { kind: 'BadRequest' } });
    // The scanner is part of every page script: there is no scan module to inject.
    expect(await route({ type: 'load-module', module: 'scan' }, { tabId: 2, frameId: 0 })).toMatchObject({ ok: false, error: { kind: 'BadRequest' } });
    expect(ctx.injected).toEqual([]);
    expect(await route({ type: 'load-module', module: 'card' }, { tabId: 2, frameId: 0 })).toEqual({ ok: true, data: null });
    expect(ctx.injected).toEqual([{ tabId: 2, frameId: 0, file: 'content/card.js' }]);
  });
});
