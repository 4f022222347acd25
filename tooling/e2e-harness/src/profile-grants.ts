/**
 * Host permissions the user granted earlier, written into a fresh Chromium profile before launch: the
 * state a profile is in after the user accepted an extension's `permissions.request({origins})` prompt
 * and the grant was kept. Headless Chromium shows that prompt to nobody, so a test that needs the user's
 * "yes" seeds it here, and the extension's own request then resolves without a prompt — Chromium does
 * not ask again for origins in the extension's runtime-granted set (PermissionsRequestFunction: "We
 * don't prompt for already-granted permissions"). The origins are granted, not active: the extension
 * holds them only once its own request (from a user gesture) activates them.
 *
 * Where Chromium keeps it (Debian's Chromium, Linux): `<profile>/Default/Preferences`,
 * `extensions.settings.<id>.runtime_granted_permissions` and `.granted_permissions`, kept when the
 * command line loads the unpacked extension into that profile.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The id Chromium gives an unpacked extension at absolute path `path`: SHA-256 of the path, first 16
 * bytes, each hex digit written as a letter a–p (crx_file::id_util::GenerateIdForPath).
 */
export function extensionIdForPath(path: string): string {
  const hex = createHash('sha256').update(path).digest('hex').slice(0, 32);
  return [...hex].map((d) => String.fromCharCode(97 + Number.parseInt(d, 16))).join('');
}

/** The id of the unpacked extension in `dir` (Chromium resolves the path's symlinks first). */
export const unpackedExtensionId = (dir: string): string => extensionIdForPath(realpathSync(dir));

/** A permission set as Chromium's extension prefs store it. */
interface StoredPermissions {
  api: string[];
  explicit_host: string[];
  manifest_permissions: string[];
  scriptable_host: string[];
}

/** The Preferences content that records `origins` (match patterns) as granted to extension `id`. */
function grantedOriginsPrefs(id: string, origins: readonly string[]): object {
  const granted: StoredPermissions = { api: [], explicit_host: [...origins], manifest_permissions: [], scriptable_host: [] };
  return { extensions: { settings: { [id]: { granted_permissions: granted, runtime_granted_permissions: granted } } } };
}

/** Writes the grants into a new, empty profile directory (before Chromium first starts on it). */
export function seedGrantedOrigins(userDataDir: string, extensionDir: string, origins: readonly string[]): string {
  const id = unpackedExtensionId(extensionDir);
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify(grantedOriginsPrefs(id, origins)));
  return id;
}
