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

export interface E2eNeeds {
  /** ../shared/data (prices + saved pages). Default false. */
  sharedData?: boolean;
  /** The built extension in apps/extension/dist. Default true (the harness's own probe test does not need it). */
  extension?: boolean;
}

/** What is missing for an e2e run, as readable phrases (empty = nothing). */
export function missingForE2e(needs: E2eNeeds = {}, chromiumPath = CHROMIUM_PATH): string[] {
  const missing: string[] = [];
  if (!existsSync(chromiumPath)) missing.push(`Chromium at ${chromiumPath} (apt-get install chromium)`);
  if (needs.extension !== false && !existsSync(join(EXTENSION_DIST, 'manifest.json'))) missing.push(`the built extension at ${EXTENSION_DIST} (pnpm build)`);
  if (!openSslAvailable()) missing.push('openssl (for the local HTTPS certificate)');
  if (needs.sharedData && !hasSharedData()) missing.push('the real data in ../shared/data');
  return missing;
}

/** The decision: run when nothing is missing; otherwise skip with a message locally, throw in CI. */
export function gateFrom(missing: readonly string[], ci: boolean): E2eGate {
  if (missing.length === 0) return { run: true, reason: '' };
  const reason = `e2e needs ${missing.join(', ')}`;
  if (ci) throw new Error(`${reason} — in CI this is a failure, not a skip`);
  console.warn(`[e2e] SKIPPED: ${reason}`);
  return { run: false, reason };
}

/** What the e2e suite needs, checked once per file. Throws in CI (process.env.CI set) when something is missing. */
export function e2eGate(needs: E2eNeeds = {}): E2eGate {
  return gateFrom(missingForE2e(needs), Boolean(process.env.CI));
}
