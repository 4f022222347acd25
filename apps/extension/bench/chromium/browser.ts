/**
 * Chromium for the benchmarks: Debian's /usr/bin/chromium (ROTATION_CHROMIUM overrides), never a
 * downloaded browser. When it is missing the benchmarks print why and skip.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_PATH, EXTENSION_DIST, hasSharedData, openSslAvailable } from '@rotation-lens/e2e-harness';

export { CHROMIUM_PATH };

/** Why a Chromium benchmark cannot run here (null when it can). */
export function chromiumMissing(needs: { extension?: boolean; sharedData?: boolean } = {}): string | null {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push(`Chromium at ${CHROMIUM_PATH}`);
  if (needs.extension && !existsSync(join(EXTENSION_DIST, 'manifest.json'))) missing.push(`the built extension (${EXTENSION_DIST})`);
  if (needs.extension && !openSslAvailable()) missing.push('openssl');
  if (needs.sharedData && !hasSharedData()) missing.push('../shared/data');
  return missing.length ? missing.join(', ') : null;
}
