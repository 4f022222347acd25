import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { createReplyStore, MAX_REPLIES, REPLY_PREFIX } from './reply-store.ts';
import { WARM_FRESH_MS } from './warm-bars.ts';

// chrome.storage.session has the same API as local: the fake's local area stands in for it.
let fake: ChromeFake;
let clock = 1_000_000;
beforeEach(() => {
  fake = installChromeFake();
  clock = 1_000_000;
});
afterEach(() => fake.uninstall());

const store = () => createReplyStore(fake.local, { now: () => clock });

describe('reply store (chrome.storage.session)', () => {
  it('a reply kept by one worker answers the next one, for the freshness window only', async () => {
    await store().set('k', { n: 1 });
    expect(await store().get('k')).toEqual({ n: 1 });
    clock += WARM_FRESH_MS;
    expect(await store().get('k')).toBeUndefined();
  });

  it('clear drops every kept reply and nothing else', async () => {
    await fake.local.set({ other: 1 });
    const s = store();
    await s.set('a', 1);
    await s.set('b', 2);
    await s.clear();
    expect(await s.get('a')).toBeUndefined();
    expect([...fake.local.data.keys()]).toEqual(['other']);
  });

  it('bounded: past MAX_REPLIES the store starts over', async () => {
    const s = store();
    for (let i = 0; i <= MAX_REPLIES; i++) await s.set(`k${i}`, i);
    const kept = [...fake.local.data.keys()].filter((k) => k.startsWith(REPLY_PREFIX));
    expect(kept.length).toBeLessThanOrEqual(MAX_REPLIES);
    expect(await s.get(`k${MAX_REPLIES}`)).toBe(MAX_REPLIES);
  });

  it('a failing write (quota) or no storage at all only misses', async () => {
    const s = store();
    await s.set('a', 1);
    fake.local.failNextWrite = 'QUOTA_BYTES quota exceeded';
    await s.set('b', 2);
    expect(await s.get('b')).toBeUndefined();
    const none = createReplyStore(null);
    await none.set('a', 1);
    expect(await none.get('a')).toBeUndefined();
  });
});
