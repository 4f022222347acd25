/**
 * A short stable hash of the settings that change computed numbers (comparison thresholds and
 * windows, valuation readings). Display-only settings (sites, density, badges) are left out so
 * toggling them keeps the memo warm.
 */
import type { Settings } from '../settings/schema.ts';

export function settingsHash(s: Settings): string {
  const text = JSON.stringify([s.comparison, s.valuationReadings, s.data.providerOrder]);
  // FNV-1a 32-bit: enough to tell settings apart in a memo key.
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
