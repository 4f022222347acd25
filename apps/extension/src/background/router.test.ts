import { describe, expect, it } from 'vitest';
import { HANDLERS } from './handlers/index.ts';
import type { HandlerTable } from './handlers/types.ts';
import { createRouter } from './router.ts';
import { fakeCtx, sampleBars } from '../test/worker.ts';

describe('router', () => {
  it('answers every message type with a typed reply', async () => {
    const ctx = fakeCtx({ bars: await sampleBars(['SPY', 'IWM']) });
    const route = createRouter(HANDLERS, ctx);
    expect(await route({ type: 'cache-info' })).toEqual({ ok: true, data: { symbols: 3, bytes: 1234 } });
    expect(await route({ type: 'open-options' })).toEqual({ ok: true, data: null });
    expect(ctx.optionsOpened).toBe(1);
  });

  it('unknown and malformed messages become BadRequest errors, never throws', async () => {
    const route = createRouter(HANDLERS, fakeCtx({ bars: new Map() }));
    expect(await route({ type: 'nope' })).toMatchObject({ ok: false, error: { kind: 'BadRequest' } });
    expect(await route(null)).toMatchObject({ ok: false, error: { kind: 'BadRequest' } });
    expect(await route('get-badges')).toMatchObject({ ok: false, error: { kind: 'BadRequest' } });
    expect(await route({ type: 'toString' })).toMatchObject({ ok: false, error: { kind: 'BadRequest' } });
  });

  it('a throwing handler becomes {ok:false} with the typed error kind', async () => {
    const table = { ...HANDLERS, refresh: async () => Promise.reject(Object.assign(new Error('no network'), { kind: 'Offline' })) } as HandlerTable;
    const route = createRouter(table, fakeCtx({ bars: new Map() }));
    expect(await route({ type: 'refresh' })).toEqual({ ok: false, error: { kind: 'Offline', message: 'no network' } });
  });

  it('market-data errors keep their kind (benchmark unknown → UnknownSymbol)', async () => {
    const route = createRouter(HANDLERS, fakeCtx({ bars: new Map() }));
    const reply = await route({ type: 'get-context' });
    expect(reply).toMatchObject({ ok: false, error: { kind: 'UnknownSymbol' } });
  });
});
