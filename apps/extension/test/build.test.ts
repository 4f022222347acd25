// @vitest-environment node
/**
 * The build's safety invariants: the manifest (from manifest.config.ts, and dist/manifest.json when a
 * build exists) asks for exactly the permissions it needs, never <all_urls>, keeps the default CSP and
 * exposes nothing web-accessible; each site's content script (one standalone file per site, declared
 * on that site's match patterns only) contains no HTML-string or code-string API, carries only its own
 * adapter, and stays within a regression guard (GUARD_KB gzip) of what a page loads. The issue's
 * target (CONTENT_BUDGET_KB) is not met yet: a test expected to fail says so and will flip (fail) the
 * day every per-site script fits, so the guard can then become the target.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_BUDGET_KB, pageLoads } from '../bench/size.ts';
import { buildContentScript, contentScriptEntries, contentScriptFile } from '../content-scripts.plugin.ts';
import manifestExport from '../manifest.config.ts';
import { CONTENT_SCRIPT_MATCHES, DATA_HOST_MATCHES } from '../src/background/hosts.ts';
import { ADAPTERS } from '../src/content/sites/index.ts';
import type { SiteAdapter } from '../src/content/sites/types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const HAVE_DIST = existsSync(join(DIST, 'manifest.json'));
/**
 * Regression guard on what a page loads (largest per-site script: 14.6 KB gzip when set; README
 * Performance has the breakdown). Lower it as the scripts shrink; the target is CONTENT_BUDGET_KB.
 */
const GUARD_KB = 15.25;
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

  it('one content script per site, on that site’s match patterns only', () => {
    const entries = contentScriptEntries(ADAPTERS);
    expect(entries.map((e) => e.js)).toEqual(ADAPTERS.map((a) => [`content/${a.id}.js`]));
    expect(entries.map((e) => e.matches)).toEqual(ADAPTERS.map((a) => a.matches));
    expect([...new Set(entries.flatMap((e) => e.matches))]).toEqual([...CONTENT_SCRIPT_MATCHES]);
  });

  // Locally a missing build skips; in CI (turbo builds before test) it must be there.
  it.runIf(!HAVE_DIST && process.env['CI'])('CI: dist/ exists (build before test)', () => {
    expect(HAVE_DIST).toBe(true);
  });

  describe.skipIf(!HAVE_DIST)('built dist/', () => {
    const built = () => JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as Manifest;

    it('dist/manifest.json keeps the invariants and declares one content script per site', () => {
      const m = built();
      checkCommon(m);
      expect(m.content_scripts).toEqual(contentScriptEntries(ADAPTERS));
      for (const a of ADAPTERS) expect(existsSync(join(DIST, contentScriptFile(a.id))), a.id).toBe(true);
    });

    // Known over budget: badges + card + scanner + canonicalSymbol exceed 12 KB together (README Performance).
    it.fails(`target not met yet: every per-site script ≤ ${CONTENT_BUDGET_KB} KB gzip`, () => {
      for (const l of pageLoads(DIST)) expect(l.gzip / 1024, l.site).toBeLessThanOrEqual(CONTENT_BUDGET_KB);
    });

    it(`what any page loads (its site's script + imports) is ≤ ${GUARD_KB} KB gzip (guard; target ${CONTENT_BUDGET_KB})`, () => {
      const loads = pageLoads(DIST);
      expect(loads.map((l) => l.site).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
      for (const l of loads) {
        expect(l.files, l.site).toEqual([contentScriptFile(l.site)]);
        expect(l.gzip / 1024, `${l.site}: ${(l.gzip / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(GUARD_KB);
      }
    });

    it('no built file uses eval or new Function', () => {
      const walk = (dir: string): string[] =>
        readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : []));
      const offenders = walk(DIST).filter((f) => /\beval\(|new Function\(/.test(readFileSync(f, 'utf8')));
      expect(offenders).toEqual([]);
    });
  });
});

/** Selectors only `adapter` uses (its first landmark and article roots, when no other adapter shares them). */
function ownSelectors(adapter: SiteAdapter): string[] {
  const others = ADAPTERS.filter((a) => a.id !== adapter.id).flatMap((a) => [...a.anchors, a.fallbackAnchor ?? '', ...(a.articleRoots ?? [])]);
  return [adapter.anchors[0]!, ...(adapter.articleRoots ?? [])].filter((sel) => !others.some((o) => o.includes(sel)));
}

describe('a site’s content script, built from source as the build does', () => {
  it.each(['yahoo', 'investing'])('%s: self-contained, no HTML-string or code-string API, only its own adapter, no valibot', async (site) => {
    const { code } = await buildContentScript(ROOT, site, true);
    expect(code).not.toMatch(FORBIDDEN);
    expect(code).not.toMatch(/\bimport\s*\(|^import\s/m);
    expect(code).toContain('data-rotation-lens');
    const own = ADAPTERS.find((a) => a.id === site)!;
    for (const sel of ownSelectors(own)) expect(code, `${site} carries its own ${sel}`).toContain(sel);
    for (const other of ADAPTERS.filter((a) => a.id !== site)) {
      for (const sel of ownSelectors(other)) expect(code, `${site} must not carry ${other.id}'s ${sel}`).not.toContain(sel);
    }
    // Test URLs stay in the tests; valibot (settings schemas) stays out of pages.
    expect(code).not.toContain('why-amazon-com-amzn');
    expect(code).not.toMatch(/valibot|ValiError/);
    expect(gzipSync(code, { level: 9 }).length / 1024).toBeLessThanOrEqual(GUARD_KB);
  }, 30_000);
});
