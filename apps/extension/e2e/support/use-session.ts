/** Vitest wiring of an e2e session (kept apart from session.ts so the demo script can use that without vitest). */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type E2eSession, startSession } from './session.ts';

/**
 * Registers the file's session hooks: start before all, close after all, and after each test assert
 * that the extension logged no errors. Returns a getter (the session exists only once beforeAll ran).
 */
export function useSession(opts: Parameters<typeof startSession>[0] = {}): () => E2eSession {
  let session: E2eSession | undefined;
  beforeAll(async () => {
    session = await startSession(opts);
  });
  afterAll(() => session?.close());
  afterEach(() => {
    if (!session) return;
    const errors = session.browser.errors.describe();
    session.browser.errors.clear();
    expect(errors, 'errors logged by the extension').toBe('');
  });
  return () => {
    if (!session) throw new Error('the e2e session did not start');
    return session;
  };
}
