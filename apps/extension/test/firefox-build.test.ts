// @vitest-environment node
/**
 * The Firefox MV3 build: manifestFor('firefox') keeps the Chrome manifest's permissions and hosts and
 * swaps only what Firefox needs (background script, gecko id and minimum version, no Chrome-only key);
 * `web-ext lint` on dist-firefox/ finds 0 errors and only the warnings the README justifies.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { GECKO_ID, GECKO_MIN_VERSION, manifestFor } from '../manifest.config.ts';
import { BUILD_DIRS, EXTENSION_ROOT } from '../scripts/package.ts';

/** Warnings web-ext lint may give, each justified in README.md (Firefox → web-ext lint). */
export const JUSTIFIED_LINT_WARNINGS = new Set([
  // Preact's renderer assigns innerHTML only for dangerouslySetInnerHTML, which no component uses
  // (the conventions tests forbid innerHTML in our sources; test/build.test.ts checks content scripts).
  'UNSAFE_VAR_ASSIGNMENT',
]);

const resolveManifest = async (target: 'chrome' | 'firefox') => {
  const m = manifestFor(target);
  return (typeof m === 'function' ? await m({ command: 'build', mode: 'production' }) : await m) as unknown as Record<string, unknown>;
};

describe('the Firefox manifest', () => {
  it('is the Chrome manifest with a background script, gecko settings and no Chrome-only key', async () => {
    const [chrome, firefox] = await Promise.all([resolveManifest('chrome'), resolveManifest('firefox')]);
    expect(firefox['background']).toEqual({ scripts: ['src/background/index.ts'], type: 'module' });
    expect(firefox['browser_specific_settings']).toMatchObject({ gecko: { id: GECKO_ID, strict_min_version: GECKO_MIN_VERSION } });
    expect(firefox['minimum_chrome_version']).toBeUndefined();
    const { background: _b, browser_specific_settings: _s, ...sharedFirefox } = firefox;
    const { background: _c, minimum_chrome_version: _m, ...sharedChrome } = chrome;
    expect(sharedFirefox).toEqual(sharedChrome);
  });
});

const DIST = BUILD_DIRS.firefox;
describe.skipIf(!existsSync(join(DIST, 'manifest.json')))('web-ext lint on dist-firefox/', () => {
  it('0 errors; every warning is a justified one', async () => {
    const bin = join(EXTENSION_ROOT, 'node_modules', '.bin', 'web-ext');
    // Offline: no update check, no config discovery; the linter itself needs no network.
    const { stdout } = await promisify(execFile)(bin, ['lint', '--source-dir', DIST, '--output', 'json', '--no-config-discovery'], {
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
    const report = JSON.parse(stdout) as { errors: { code: string; message: string }[]; warnings: { code: string; file?: string }[] };
    expect(report.errors).toEqual([]);
    const unjustified = report.warnings.filter((w) => !JUSTIFIED_LINT_WARNINGS.has(w.code));
    expect(unjustified).toEqual([]);
  }, 180_000);
});
