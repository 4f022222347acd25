/**
 * Alerts and the optional `notifications` permission: asked for from the enabling click (grant / refuse /
 * prompt still open), given back when alerts are turned off, and the "on but not allowed here" state
 * (settings synced from another device, or the permission removed in chrome://extensions).
 */
import { describe, expect, it } from 'vitest';
import { refusedMessage } from '../../permissions/notifications-permission.ts';
import { updateSettings } from '../../settings/store.ts';
import { byTestId, click, waitFor } from '../../test/dom.ts';
import { setupOptionsPage } from '../../test/options-harness.tsx';
import { askingMessage, GRANTED_MESSAGE } from './AlertsSection.tsx';

const ctx = setupOptionsPage(() => ({ ok: true, data: { symbols: 2, bytes: 2048 } }));
const $ = <E extends HTMLElement = HTMLInputElement>(id: string) => byTestId<E>(ctx.page.root, id);
const status = () => $<HTMLParagraphElement>('alerts-permission-status')!;
const statusIs = (text: string) => waitFor(() => status().textContent === text);
const held = () => ctx.fake.permissions.granted.has('notifications');

/** Another device turned alerts on: the synced settings arrive through chrome.storage.onChanged. */
async function syncedOn(): Promise<void> {
  await updateSettings((s) => {
    s.alerts.enabled = true;
  });
  await waitFor(() => $('alerts-enabled')!.checked);
}

describe('Alerts section: the notifications permission', () => {
  it('not asked for before the user turns alerts on', () => {
    expect($('alerts-enabled')!.checked).toBe(false);
    expect(ctx.fake.permissions.requests).toEqual([]);
    expect(held()).toBe(false);
    expect($('alerts-permission-missing')).toBeNull();
    expect(status().getAttribute('role')).toBe('status');
  });

  it('granted: asked from the click itself (user gesture), then alerts are saved on', async () => {
    click($('alerts-enabled'));
    // Synchronously, inside the click: Chrome refuses requests made after the gesture.
    expect(ctx.fake.permissions.requests).toEqual([['notifications']]);
    await waitFor(() => ctx.page.stored()?.alerts.enabled === true);
    await statusIs(GRANTED_MESSAGE);
    expect(held()).toBe(true);
    expect(ctx.fake.permissions.prompts).toBe(1);
    expect($('alerts-enabled')!.checked).toBe(true);
    expect($('alerts-streakN')!.disabled).toBe(false);
    expect($('alerts-permission-missing')).toBeNull();
  });

  it('refused: alerts stay off, nothing is saved, and the status line says so', async () => {
    ctx.fake.permissions.answer = false;
    click($('alerts-enabled'));
    await statusIs(refusedMessage());
    expect(refusedMessage()).toBe('Chrome did not allow notifications; alerts stay off');
    expect(ctx.page.stored()).toBeUndefined();
    expect($('alerts-enabled')!.checked).toBe(false);
    expect($('alerts-enabled')!.disabled).toBe(false);
    expect($('alerts-streakN')!.disabled).toBe(true);
    expect(held()).toBe(false);
    expect($('alerts-permission-missing')).toBeNull(); // off, so nothing is "missing"
  });

  it('while the prompt is open: the switch waits, nothing is saved; the answer decides', async () => {
    let answer!: (yes: boolean) => void;
    ctx.fake.permissions.answer = new Promise<boolean>((resolve) => {
      answer = resolve;
    });
    click($('alerts-enabled'));
    await statusIs(askingMessage());
    expect($('alerts-enabled')!.disabled).toBe(true);
    expect(ctx.page.stored()).toBeUndefined();
    answer(true);
    await waitFor(() => ctx.page.stored()?.alerts.enabled === true);
    expect($('alerts-enabled')!.disabled).toBe(false);
  });

  it('turning alerts off gives the permission back; turning them on again asks again', async () => {
    click($('alerts-enabled'));
    await waitFor(() => ctx.page.stored()?.alerts.enabled === true);
    click($('alerts-enabled'));
    await waitFor(() => ctx.page.stored()?.alerts.enabled === false);
    await waitFor(() => !held());
    expect(status().textContent).toBe('');
    click($('alerts-enabled'));
    await waitFor(() => ctx.page.stored()?.alerts.enabled === true);
    expect(ctx.fake.permissions.prompts).toBe(2);
  });

  it('on (synced) but not allowed on this device: says so, with a button that grants it', async () => {
    await syncedOn();
    const warning = await waitFor(() => $('alerts-permission-missing'));
    expect(warning.textContent).toMatch(/Alerts are on, but Chrome has not allowed .* no alert can be shown here/);
    click($('alerts-grant'));
    expect(ctx.fake.permissions.requests).toEqual([['notifications']]);
    await statusIs(GRANTED_MESSAGE);
    expect(held()).toBe(true);
    expect($('alerts-permission-missing')).toBeNull();
    expect(ctx.page.stored()?.alerts.enabled).toBe(true);
  });

  it('on but not allowed, and refused again: the warning stays, the setting is untouched', async () => {
    await syncedOn();
    await waitFor(() => $('alerts-permission-missing'));
    ctx.fake.permissions.answer = false;
    const writes = ctx.fake.sync.writes;
    click($('alerts-grant'));
    await statusIs(refusedMessage());
    expect($('alerts-permission-missing')).not.toBeNull();
    expect(ctx.fake.sync.writes).toBe(writes);
  });

  it('the permission removed elsewhere (chrome://extensions) while alerts are on: the warning appears', async () => {
    click($('alerts-enabled'));
    await waitFor(() => ctx.page.stored()?.alerts.enabled === true);
    expect($('alerts-permission-missing')).toBeNull();
    await chrome.permissions.remove({ permissions: ['notifications'] });
    await waitFor(() => $('alerts-permission-missing'));
  });
});
