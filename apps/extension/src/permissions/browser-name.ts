/**
 * The browser's name for the texts that mention it (permission prompts, "Chrome did not allow…").
 * Feature-detected, not read from the user agent: runtime.getBrowserInfo exists only in Firefox.
 */
export type BrowserName = 'Chrome' | 'Firefox';

export function browserName(): BrowserName {
  const runtime = (globalThis as { chrome?: { runtime?: { getBrowserInfo?: unknown } } }).chrome?.runtime;
  return typeof runtime?.getBrowserInfo === 'function' ? 'Firefox' : 'Chrome';
}
