import { afterEach, describe, expect, it } from 'vitest';
import { browserName } from './browser-name.ts';
import { refusedMessage } from './notifications-permission.ts';

const saved = (globalThis as { chrome?: unknown }).chrome;
afterEach(() => {
  (globalThis as { chrome?: unknown }).chrome = saved;
});

describe('browserName', () => {
  it('is Firefox where runtime.getBrowserInfo exists, Chrome otherwise (and without any extension API)', () => {
    (globalThis as { chrome?: unknown }).chrome = { runtime: { getBrowserInfo: async () => ({ name: 'Firefox' }) } };
    expect(browserName()).toBe('Firefox');
    (globalThis as { chrome?: unknown }).chrome = { runtime: {} };
    expect(browserName()).toBe('Chrome');
    (globalThis as { chrome?: unknown }).chrome = undefined;
    expect(browserName()).toBe('Chrome');
  });

  it('names the browser the user is in, in the texts about its prompts', () => {
    (globalThis as { chrome?: unknown }).chrome = { runtime: { getBrowserInfo: async () => ({ name: 'Firefox' }) } };
    expect(refusedMessage()).toBe('Firefox did not allow notifications; alerts stay off');
  });
});
