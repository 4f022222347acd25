import { describe, expect, it } from 'vitest';
import { send } from './send.ts';

describe('send', () => {
  it('passes the request through and returns the typed reply', async () => {
    let seen: unknown;
    const reply = await send({ type: 'cache-info' }, async (m) => {
      seen = m;
      return { ok: true, data: { symbols: 3, bytes: 1200 } };
    });
    expect(seen).toEqual({ type: 'cache-info' });
    expect(reply).toEqual({ ok: true, data: { symbols: 3, bytes: 1200 } });
  });

  it('returns error replies unchanged', async () => {
    const reply = await send({ type: 'refresh' }, async () => ({ ok: false, error: { kind: 'Offline', message: 'x' } }));
    expect(reply).toEqual({ ok: false, error: { kind: 'Offline', message: 'x' } });
  });

  it('never throws: a closed port becomes ok:false', async () => {
    const reply = await send({ type: 'refresh' }, async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    });
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.kind).toBe('Disconnected');
  });

  it('an undefined answer (no listener replied) becomes ok:false', async () => {
    const reply = await send({ type: 'refresh' }, async () => undefined);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'NoReceiver' } });
  });

  it('no chrome runtime (orphaned script) becomes ok:false', async () => {
    const reply = await send({ type: 'get-context' }, null);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'NoReceiver' } });
  });

  it('defaults to chrome.runtime.sendMessage when present', async () => {
    const g = globalThis as { chrome?: unknown };
    const before = g.chrome;
    g.chrome = { runtime: { id: 'x', sendMessage: async () => ({ ok: true, data: null }) } };
    try {
      expect(await send({ type: 'open-options' })).toEqual({ ok: true, data: null });
    } finally {
      g.chrome = before;
    }
  });
});
