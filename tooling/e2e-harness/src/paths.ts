/**
 * Where the harness finds things. The real data lives OUTSIDE the repository (../shared/data from the
 * repo root) and is only read at test time; ROTATION_SHARED_DATA overrides the location.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Repository root (this file lives in tooling/e2e-harness/src). */
export const REPO_ROOT = join(import.meta.dirname, '..', '..', '..');

export const SHARED_DATA_DIR = process.env.ROTATION_SHARED_DATA ?? join(REPO_ROOT, '..', 'shared', 'data');
export const PRICES_DIR = join(SHARED_DATA_DIR, 'prices');
export const LONG_DIR = join(SHARED_DATA_DIR, 'long');
export const SAVED_PAGES_DIR = join(SHARED_DATA_DIR, 'pages');

/**
 * The built extension (load unpacked). Built by turbo before the e2e tests and the demo.
 * ROTATION_EXTENSION_DIST points elsewhere (e.g. a private `vite build --outDir` copy, so a concurrent
 * rebuild of dist/ cannot pull the extension out from under a running suite).
 */
export const EXTENSION_DIST = process.env.ROTATION_EXTENSION_DIST ?? join(REPO_ROOT, 'apps', 'extension', 'dist');
/** The fixture pages written for the 15 sites (owned by the e2e tests). */
export const SITE_FIXTURES_DIR = join(REPO_ROOT, 'apps', 'extension', 'e2e', 'fixtures', 'sites');

export const hasSharedData = (): boolean => existsSync(PRICES_DIR) && existsSync(SAVED_PAGES_DIR);
