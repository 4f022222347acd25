import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ChromeFake, installChromeFake } from '../test/chrome-fake.ts';
import { createReplyStore, MAX_REPLIES, REPLY_PREFIX } from './reply-store.ts';
import { WARM_FRESH_MS } from './freshness.ts';

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
  it('a running worker answers from memory, without a storage round trip', async () => {
    const s = store();
    await s.set('k', { n: 1 }, clock);
    fake.local.data.clear();
    expect(await s.get('k')).toEqual({ n: 1 });
  });

  it('a reply kept by one worker answers the next one, for the freshness window only', async () => {
    await store().set('k', { n: 1 }, clock);
    expect(await store().get('k')).toEqual({ n: 1 });
    clock += WARM_FRESH_MS;
    expect(await store().get('k')).toBeUndefined();
  });

  it('clear drops every kept reply and nothing else', async () => {
    await fake.local.set({ other: 1 });
    const s = store();
    await s.set('a', 1, clock);
    await s.set('b', 2, clock);
    await s.clear();
    expect(await s.get('a')).toBeUndefined();
    expect([...fake.local.data.keys()]).toEqual(['other']);
  });

  it('a reply computed before a clear is never served, even if written after it', async () => {
    const s = store();
    const since = clock;
    clock += 10;
    void s.clear(); // effective at once, before its removal completes
    clock += 10;
    await s.set('late', 'old data', since);
    expect(await s.get('late')).toBeUndefined();
    await s.set('fresh', 'new data', clock);
    expect(await s.get('fresh')).toBe('new data');
  });

  it('bounded: past MAX_REPLIES the store starts over', async () => {
    const s = store();
    for (let i = 0; i <= MAX_REPLIES; i++) await s.set(`k${i}`, i, clock++);
    const kept = [...fake.local.data.keys()].filter((k) => k.startsWith(REPLY_PREFIX));
    expect(kept.length).toBeLessThanOrEqual(MAX_REPLIES);
    expect(await s.get(`k${MAX_REPLIES}`)).toBe(MAX_REPLIES);
  });

  it('a failing write (quota) or no storage at all only misses', async () => {
    const s = store();
    await s.set('a', 1, clock);
    fake.local.failNextWrite = 'QUOTA_BYTES quota exceeded';
    await s.set('b', 2, ++clock);
    expect(await store().get('b')).toBeUndefined(); // a restarted worker misses it
    const none = createReplyStore(null, { now: () => clock });
    await none.set('a', 1, clock);
    expect(await none.get('a')).toBe(1); // its own memory still answers
    expect(await createReplyStore(null, { now: () => clock }).get('a')).toBeUndefined();
  });
});
