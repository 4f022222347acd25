import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extensionIdForPath, seedGrantedOrigins, unpackedExtensionId } from './profile-grants.ts';

const root = mkdtempSync(join(tmpdir(), 'rl-grants-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the id Chromium gives an unpacked extension', () => {
  it('matches the id Debian’s Chromium 156 gave a built extension (read from its service worker URL)', () => {
    expect(extensionIdForPath('/work/wt/anypage2/apps/extension/dist')).toBe('bpkcgangdbfmafjfeccgdjjenldfbfmd');
  });

  it('is 32 letters a–p, and a symlink to the directory has the directory’s id', () => {
    const dir = join(root, 'dist');
    mkdirSync(dir);
    symlinkSync(dir, join(root, 'link'));
    expect(unpackedExtensionId(dir)).toMatch(/^[a-p]{32}$/);
    expect(unpackedExtensionId(join(root, 'link'))).toBe(unpackedExtensionId(dir));
  });
});

describe('seedGrantedOrigins', () => {
  it('records the origins as granted and runtime-granted (not active) in the new profile’s Preferences', () => {
    const dist = join(root, 'ext');
    const profile = join(root, 'profile');
    mkdirSync(dist);
    const id = seedGrantedOrigins(profile, dist, ['https://www.fool.com/*']);
    expect(id).toBe(unpackedExtensionId(dist));
    const prefs = JSON.parse(readFileSync(join(profile, 'Default', 'Preferences'), 'utf8'));
    const entry = prefs.extensions.settings[id];
    const granted = { api: [], explicit_host: ['https://www.fool.com/*'], manifest_permissions: [], scriptable_host: [] };
    expect(entry).toEqual({ granted_permissions: granted, runtime_granted_permissions: granted });
    expect(entry.active_permissions).toBeUndefined();
  });
});
