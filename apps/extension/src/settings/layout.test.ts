import { describe, expect, it } from 'vitest';
import { BACKUP_SETTINGS_KEY, DEVICE_SETTINGS_KEY, isSettingsChange, isSettingsKey, planSync, SETTINGS_KEY } from './layout.ts';

describe('which storage items are settings (isSettingsKey)', () => {
  it('sync: the main item and every part a save writes, nothing else', () => {
    const big = { version: 1, note: 'x'.repeat(20_000) };
    for (const key of Object.keys(planSync(big, 'abc-1'))) expect(isSettingsKey(key, 'sync')).toBe(true);
    expect(isSettingsKey(SETTINGS_KEY, 'sync')).toBe(true);
    expect(isSettingsKey('settings:chunk:0', 'sync')).toBe(true);
    expect(isSettingsKey('settingsX', 'sync')).toBe(false);
    expect(isSettingsKey('kit:settings', 'sync')).toBe(false);
  });

  it('local: the device copy only (the backup is a fallback, API keys are not settings)', () => {
    expect(isSettingsKey(DEVICE_SETTINGS_KEY, 'local')).toBe(true);
    expect(isSettingsKey(BACKUP_SETTINGS_KEY, 'local')).toBe(false);
    expect(isSettingsKey('apiKeys', 'local')).toBe(false);
    expect(isSettingsKey(SETTINGS_KEY, 'session')).toBe(false);
  });

  it('a change is a settings change when any of its keys is one', () => {
    expect(isSettingsChange({ 'csv:IWM': 1, [SETTINGS_KEY]: 2 }, 'sync')).toBe(true);
    expect(isSettingsChange({ [BACKUP_SETTINGS_KEY]: 1 }, 'local')).toBe(false);
  });
});
