/** Mounts the whole options page on the chrome fake and waits until settings are on screen. */
import { Options } from '../options/Options.tsx';
import type { Settings } from '../settings/schema.ts';
import { DEVICE_SETTINGS_KEY, readSync } from '../settings/layout.ts';
import { afterEach, beforeEach } from 'vitest';
import { type ChromeFake, installChromeFake } from './chrome-fake.ts';
import { byTestId, mount, waitFor } from './dom.ts';

export async function openOptions(fake: ChromeFake) {
  const m = mount(<Options />);
  await waitFor(() => byTestId(m.root, 'options'));
  /** The stored settings as the store lays them out (one item or parts; this device's copy when kept there). */
  const stored = () =>
    (fake.local.data.get(DEVICE_SETTINGS_KEY) ?? readSync(Object.fromEntries(fake.sync.data)).raw) as (Settings & Record<string, unknown>) | undefined;
  /** Waits for the live status line to read `text` (a save finished or was rejected). */
  const status = (text: string | RegExp) =>
    waitFor(() => {
      const t = byTestId(m.root, 'save-status')?.textContent ?? '';
      return typeof text === 'string' ? t.includes(text) : text.test(t);
    });
  return { ...m, stored, status };
}

/** Gives an <input type=file> a chosen file and fires change, as the file picker does. */
export function chooseFile(input: HTMLInputElement, name: string, text: string): void {
  const file = new File([text], name, { type: name.endsWith('.json') ? 'application/json' : 'text/csv' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Per-test setup for a section test: installs the chrome fake with `handler` answering the worker's
 * messages, opens the page before each test, tears both down after. Read `ctx.fake` / `ctx.page`.
 */
export function setupOptionsPage(handler: (message: unknown) => unknown) {
  const ctx = {} as { fake: ChromeFake; page: Awaited<ReturnType<typeof openOptions>> };
  beforeEach(async () => {
    ctx.fake = installChromeFake();
    ctx.fake.onMessage(handler);
    ctx.page = await openOptions(ctx.fake);
  });
  afterEach(() => {
    ctx.page.unmount();
    ctx.fake.uninstall();
  });
  return ctx;
}
