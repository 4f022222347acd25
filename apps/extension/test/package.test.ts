// @vitest-environment node
/**
 * `pnpm package`: the release zips carry exactly the shippable files of each build — no source maps,
 * tests, fixtures or build metadata — named rotation-lens-<browser>-<version>.zip with the version of
 * package.json, which is also the manifest's; the Chrome zip has the service worker, the Firefox zip
 * the background script and the gecko settings.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../package.json' with { type: 'json' };
import { BUILD_DIRS, packageAll, releaseName, shipsInRelease, zipBuild } from '../scripts/package.ts';

const HAVE_BUILDS = Object.values(BUILD_DIRS).every((d) => existsSync(join(d, 'manifest.json')));
const temp: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'rl-package-'));
  temp.push(d);
  return d;
};
afterAll(() => {
  for (const d of temp) rmSync(d, { recursive: true, force: true });
});
const write = (root: string, path: string, text = 'x') => {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
};

describe('what ships in a release zip', () => {
  it.each([
    ['manifest.json', true],
    ['assets/index-AbC.js', true],
    ['icons/icon-16.png', true],
    ['src/popup/index.html', true],
    ['assets/index-AbC.js.map', false],
    ['.vite/manifest.json', false],
    ['fixtures/sites/yahoo/quote.html', false],
    ['assets/test/helper.js', false],
    ['assets/format.test.js', false],
    ['e2e/sites.e2e.ts', false],
  ] as const)('%s → %s', (path, ships) => {
    expect(shipsInRelease(path)).toBe(ships);
  });

  it('zipBuild keeps only the shippable files, reproducibly', () => {
    const dir = tempDir();
    for (const p of ['manifest.json', 'assets/a.js', 'assets/a.js.map', '.vite/manifest.json', 'fixtures/page.html', 'test/x.test.js']) write(dir, p);
    const zip = zipBuild(dir);
    expect(Object.keys(unzipSync(zip)).sort()).toEqual(['assets/a.js', 'manifest.json']);
    expect(Buffer.from(zipBuild(dir)).equals(Buffer.from(zip))).toBe(true);
  });

  it('a missing build is a clear error', () => {
    expect(() => zipBuild(join(tempDir(), 'nothing'))).toThrow(/no build at .*run "pnpm build"/);
  });
});

// Locally a missing build skips; in CI (turbo builds before test) both builds must be there.
it.runIf(!HAVE_BUILDS && process.env['CI'])('CI: dist/ and dist-firefox/ exist (build before test)', () => {
  expect(HAVE_BUILDS).toBe(true);
});

describe.skipIf(!HAVE_BUILDS)('the release zips of the built extension', () => {
  let out = '';
  let files: string[] = [];
  beforeAll(() => {
    out = tempDir();
    files = packageAll(out);
  });
  const entries = (browser: 'chrome' | 'firefox') => unzipSync(readFileSync(join(out, releaseName(browser))));
  const manifestOf = (browser: 'chrome' | 'firefox') => JSON.parse(Buffer.from(entries(browser)['manifest.json']!).toString('utf8')) as Record<string, unknown>;

  it('are named by browser and the package.json version', () => {
    expect(files.map((f) => f.slice(out.length + 1))).toEqual([`rotation-lens-chrome-${pkg.version}.zip`, `rotation-lens-firefox-${pkg.version}.zip`]);
    expect(readdirSync(out).sort()).toEqual([releaseName('chrome'), releaseName('firefox')]);
  });

  it.each(['chrome', 'firefox'] as const)('%s: the manifest at the root, no maps, tests or fixtures, every content script present', (browser) => {
    const names = Object.keys(entries(browser));
    expect(names).toContain('manifest.json');
    expect(names.filter((n) => !shipsInRelease(n))).toEqual([]);
    expect(names.some((n) => /\.map$|fixtures|\.test\./.test(n))).toBe(false);
    const m = manifestOf(browser) as { version: string; content_scripts: { js: string[] }[]; icons: Record<string, string> };
    expect(m.version).toBe(pkg.version);
    for (const js of m.content_scripts.flatMap((c) => c.js)) expect(names).toContain(js);
    for (const icon of Object.values(m.icons)) expect(names).toContain(icon);
  });

  it('chrome runs a service worker; firefox a background script, with its gecko id and minimum version', () => {
    expect(manifestOf('chrome')['background']).toMatchObject({ service_worker: expect.any(String) });
    expect(manifestOf('chrome')['browser_specific_settings']).toBeUndefined();
    const ff = manifestOf('firefox');
    expect(ff['background']).toMatchObject({ scripts: [expect.any(String)] });
    expect(ff['background']).not.toHaveProperty('service_worker');
    expect(ff['browser_specific_settings']).toMatchObject({ gecko: { id: expect.stringMatching(/@/), strict_min_version: expect.stringMatching(/^\d+\.0$/) } });
    expect(ff['minimum_chrome_version']).toBeUndefined();
  });
});
