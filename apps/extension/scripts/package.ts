/**
 * `pnpm package` (turbo builds both targets first): zips the Chrome build (dist/) and the Firefox build
 * (dist-firefox/) into release/rotation-lens-<browser>-<version>.zip, the version read from
 * package.json (its one owner; manifest.config.ts reads it too). Only what the extension runs ships:
 * no source maps, tests, fixtures or build metadata (shipsInRelease). The zips are reproducible: entries
 * sorted, fixed timestamps.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import type { TargetBrowser } from '../manifest.config.ts';
import pkg from '../package.json' with { type: 'json' };

export const EXTENSION_ROOT = join(import.meta.dirname, '..');
export const RELEASE_DIR = join(EXTENSION_ROOT, 'release');
/** Each browser's build (vite.config.ts writes them). */
export const BUILD_DIRS: Record<TargetBrowser, string> = { chrome: join(EXTENSION_ROOT, 'dist'), firefox: join(EXTENSION_ROOT, 'dist-firefox') };
export const releaseName = (browser: TargetBrowser, version: string = pkg.version): string => `rotation-lens-${browser}-${version}.zip`;

/** Whether a build file (path relative to the build dir, '/'-separated) belongs in a release zip. */
export function shipsInRelease(path: string): boolean {
  const parts = path.split('/');
  if (parts.some((p) => p.startsWith('.'))) return false; // .vite/ build metadata, dotfiles
  if (parts.some((p) => p === 'test' || p === 'tests' || p === 'fixtures' || p === '__tests__')) return false;
  return !/\.map$|\.(test|spec)\.[cm]?[jt]sx?$|\.e2e\.[jt]s$/.test(path);
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort();
}

/** The zip of one build dir: the shippable files, sorted, with a fixed timestamp. */
export function zipBuild(dir: string): Uint8Array {
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no build at ${dir}: run "pnpm build" (or "pnpm package", which builds first)`);
  const files: Zippable = {};
  for (const path of listFiles(dir).filter(shipsInRelease)) files[path] = [readFileSync(join(dir, path)), { mtime: new Date('2000-01-01T00:00:00Z') }];
  return zipSync(files, { level: 9 });
}

/** Writes both release zips; returns their paths. */
export function packageAll(outDir = RELEASE_DIR): string[] {
  mkdirSync(outDir, { recursive: true });
  return (Object.keys(BUILD_DIRS) as TargetBrowser[]).map((browser) => {
    const dir = BUILD_DIRS[browser];
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version: string };
    if (manifest.version !== pkg.version) throw new Error(`${dir}/manifest.json says ${manifest.version}, package.json ${pkg.version}: rebuild`);
    const out = join(outDir, releaseName(browser));
    writeFileSync(out, zipBuild(dir));
    return out;
  });
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const file of packageAll()) console.log(`» ${relative(process.cwd(), file)} (${(readFileSync(file).length / 1024).toFixed(0)} KB)`);
}
