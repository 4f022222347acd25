import { describe, expect, it } from 'vitest';
import { createRouter } from '../router.ts';
import { fakeCtx } from '../../test/worker.ts';
import { HANDLERS } from './index.ts';

describe('badge-tab', () => {
  it('runs the generic content script in the top frame of the tab the popup names', async () => {
    const ctx = fakeCtx({ bars: new Map() });
    const route = createRouter(HANDLERS, ctx);
    expect(await route({ type: 'badge-tab', tabId: 12 })).toEqual({ ok: true, data: null });
    expect(ctx.injected).toEqual([{ tabId: 12, frameId: 0, file: 'content/page.js' }]);
  });

  it('refuses a content script (it must not aim the script at another tab) and a tab id that is none', async () => {
    const ctx = fakeCtx({ bars: new Map() });
    const route = createRouter(HANDLERS, ctx);
    expect(await route({ type: 'badge-tab', tabId: 12 }, { tabId: 3, frameId: 0 })).toMatchObject({ ok: false, error: { kind: 'BadRequest' } });
    for (const tabId of [-1, 1.5, '12', null]) {
      expect(await route({ type: 'badge-tab', tabId }), String(tabId)).toMatchObject({ ok: false, error: { kind: 'BadRequest' } });
    }
    expect(ctx.injected).toEqual([]);
  });
});
