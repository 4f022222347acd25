/**
 * Debian's Chromium, never a downloaded browser. Locally a missing Chromium (or an unbuilt extension) skips
 * the e2e suite with a clear message; in CI (process.env.CI) it is a failure.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openSslAvailable } from './cert.ts';
import { EXTENSION_DIST, hasSharedData } from './paths.ts';

export const CHROMIUM_PATH = process.env.ROTATION_CHROMIUM ?? '/usr/bin/chromium';

export interface E2eGate {
  run: boolean;
  /** Why the suite is skipped (empty when it runs). */
  reason: string;
}

/** What the e2e suite needs, checked once per file. Throws in CI when something is missing. */
export function e2eGate(needs: { sharedData?: boolean } = {}): E2eGate {
  const missing: string[] = [];
  if (!existsSync(CHROMIUM_PATH)) missing.push(`Chromium at ${CHROMIUM_PATH} (apt-get install chromium)`);
  if (!existsSync(join(EXTENSION_DIST, 'manifest.json'))) missing.push(`the built extension at ${EXTENSION_DIST} (pnpm build)`);
  if (!openSslAvailable()) missing.push('openssl (for the local HTTPS certificate)');
  if (needs.sharedData && !hasSharedData()) missing.push('the real data in ../shared/data');
  if (missing.length === 0) return { run: true, reason: '' };
  const reason = `e2e needs ${missing.join(', ')}`;
  if (process.env.CI) throw new Error(`${reason} — in CI this is a failure, not a skip`);
  console.warn(`[e2e] SKIPPED: ${reason}`);
  return { run: false, reason };
}
