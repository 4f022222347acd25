// @vitest-environment node
/**
 * The build's safety invariants: the manifest (from manifest.config.ts, and dist/manifest.json when a
 * build exists) asks for exactly the permissions it needs, never <all_urls>, keeps the default CSP and
 * exposes nothing web-accessible; the content script bundle (built here, as the build does) contains
 * no HTML-string or code-string API, and stays the one file a page loads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildContentScript, CONTENT_SCRIPT_FILE } from '../content-scripts.plugin.ts';
import manifestExport from '../manifest.config.ts';
import { CONTENT_SCRIPT_MATCHES, DATA_HOST_MATCHES } from '../src/background/hosts.ts';
import { ADAPTERS } from '../src/content/sites/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const FORBIDDEN = /\b(innerHTML|outerHTML|insertAdjacentHTML)\b|\beval\(|new Function\(/;

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[] }[];
};

async function configManifest(): Promise<Manifest> {
  const m = typeof manifestExport === 'function' ? await manifestExport({ command: 'build', mode: 'production' }) : await manifestExport;
  return m as unknown as Manifest;
}

function checkCommon(m: Manifest): void {
  expect(m.manifest_version).toBe(3);
  expect(m.permissions).toEqual(['storage', 'alarms', 'notifications']);
  expect(m.host_permissions).toEqual([...CONTENT_SCRIPT_MATCHES, ...DATA_HOST_MATCHES]);
  expect(JSON.stringify(m)).not.toContain('<all_urls>');
  expect(m.content_security_policy).toBeUndefined(); // MV3 default: no remote code, no eval
  expect(m.web_accessible_resources).toBeUndefined();
  expect(m.background).toMatchObject({ type: 'module' });
}

describe('manifest', () => {
  it('config: permissions, hosts, default CSP, popup and options pages', async () => {
    const m = await configManifest();
    checkCommon(m);
    expect(m.action).toMatchObject({ default_popup: 'src/popup/index.html' });
    expect(m.options_ui).toMatchObject({ page: 'src/options/index.html' });
    expect(m.background).toMatchObject({ service_worker: 'src/background/index.ts' });
  });

  it('content scripts run only on the adapters’ sites (15 site ids), over https', () => {
    expect(new Set(ADAPTERS.map((a) => a.id)).size).toBe(15);
    expect(CONTENT_SCRIPT_MATCHES.length).toBeGreaterThanOrEqual(15);
    for (const p of CONTENT_SCRIPT_MATCHES) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]+\/.*\*$/);
    for (const p of DATA_HOST_MATCHES) expect(p).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  describe.skipIf(!existsSync(join(DIST, 'manifest.json')))('built dist/', () => {
    const built = () => JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Manifest;

    it('dist/manifest.json keeps the invariants and declares the one content script', () => {
      const m = built();
      checkCommon(m);
      expect(m.content_scripts).toEqual([{ matches: [...CONTENT_SCRIPT_MATCHES], js: [CONTENT_SCRIPT_FILE], run_at: 'document_idle' }]);
      expect(existsSync(join(DIST, CONTENT_SCRIPT_FILE))).toBe(true);
    });

    it('no built file uses eval or new Function', () => {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));
      const offenders = walk(DIST).filter((f) => /\beval\(|new Function\(/.test(readFileSync(f, 'utf8')));
      expect(offenders).toEqual([]);
    });
  });
});

describe('content script bundle', () => {
  it('is self-contained (no imports), has no HTML-string or code-string API, and stays small', async () => {
    const code = await buildContentScript(ROOT, true);
    expect(code).not.toMatch(FORBIDDEN);
    expect(code).not.toMatch(/\bimport\s*\(|^import\s/m);
    // Regression guard on tree-shaking (valibot schemas alone would add ~5 KB); the target is 12 KB.
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(18 * 1024);
    expect(code).toContain('data-rotation-lens');
  }, 30_000);
});
