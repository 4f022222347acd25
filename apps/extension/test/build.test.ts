// @vitest-environment node
/**
 * The build's safety invariants: the manifest (from manifest.config.ts, and dist/manifest.json when a
 * build exists) asks for exactly the permissions it needs — `notifications` only as an optional one, asked
 * for when alerts are turned on, never at install — never an all-URLs pattern, keeps the default CSP and
 * exposes nothing web-accessible; each site's content script (one standalone file per site, declared
 * on that site's match patterns only) contains no HTML-string or code-string API and carries only its
 * own adapter and the article scanner — not the card, the on-demand module (content/card.js) declared
 * nowhere and injected by the worker. The size budget: what a page loads initially — its site's
 * script, on quote and article pages alike — is ≤ CONTENT_BUDGET_KB gzip for every site; the card
 * (loaded on hover) is reported apart and held by a guard.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_BUDGET_KB, cardLoad, loadOf, siteLoads } from '../bench/size.ts';
import { ANY_PAGE_FILE, buildContentModule, buildContentScript, CONTENT_MODULES, contentScriptEntries, contentScriptFile } from '../content-scripts.plugin.ts';
import manifestExport from '../manifest.config.ts';
import { MODULE_FILES } from '../src/background/handlers/load-module.ts';
import { CONTENT_SCRIPT_MATCHES, DATA_HOST_MATCHES } from '../src/contracts/hosts.ts';
import { ADAPTERS } from '../src/content/sites/index.ts';
import { ANY_PAGE_SCRIPT } from '../src/permissions/always-sites.ts';
import type { SiteAdapter } from '../src/content/sites/types.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const HAVE_DIST = existsSync(join(DIST, 'manifest.json'));
/** Regression guard on the card module (loaded on first hover, on top of the page's load). */
const CARD_GUARD_KB = 4;
const FORBIDDEN = /\b(innerHTML|outerHTML|insertAdjacentHTML)\b|\beval\(|new Function\(/;

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[] }[];
};

async function configManifest(): Promise<Manifest> {
  const m = typeof manifestExport === 'function' ? await manifestExport({ command: 'build', mode: 'production' }) : await manifestExport;
  return m as unknown as Manifest;
}

function checkCommon(m: Manifest): void {
  expect(m.manifest_version).toBe(3);
  // activeTab + contextMenus: "Badge tickers on this page" costs no host permission.
  expect(m.permissions).toEqual(['storage', 'alarms', 'scripting', 'activeTab', 'contextMenus']);
  // Least privilege: alerts are off by default, so notifications is asked for only when turned on.
  expect(m.optional_permissions).toEqual(['notifications']);
  // Any https origin, but only as an optional permission (asked for per origin at the reader's click), and
  // fc.yahoo.com for the live valuation readings.
  expect(m.optional_host_permissions).toEqual(['https://*/*', 'https://fc.yahoo.com/*']);
  expect(m.host_permissions).toEqual([...CONTENT_SCRIPT_MATCHES, ...DATA_HOST_MATCHES]);
  // No wildcard host where it would be granted or run at install: host_permissions, content_scripts.
  const installed = [...(m.host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.matches)];
  for (const p of installed) expect(p, p).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\//);
  expect(m.commands).toEqual({ 'badge-page': { suggested_key: { default: 'Alt+Shift+L' }, description: 'Badge tickers on this page' } });
  expect(JSON.stringify(m)).not.toMatch(/<all_/); // no all-URLs pattern anywhere
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

    it('the on-demand modules are built, declared nowhere, and are the files the worker injects', () => {
      expect(MODULE_FILES).toEqual(Object.fromEntries(Object.keys(CONTENT_MODULES).map((m) => [m, contentScriptFile(m)])));
      const declared = new Set((built().content_scripts ?? []).flatMap((e) => e.js));
      for (const file of Object.values(MODULE_FILES)) {
        expect(existsSync(join(DIST, file)), file).toBe(true);
        expect(declared.has(file), file).toBe(false);
      }
      for (const a of ADAPTERS) expect(Object.keys(CONTENT_MODULES)).not.toContain(a.id);
    });

    it(`budget: a page (quote or article) loads ≤ ${CONTENT_BUDGET_KB} KB gzip: its site's script, the scanner included`, () => {
      const loads = siteLoads(DIST);
      expect(loads.map((l) => l.site).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
      for (const l of loads) {
        expect(l.load.files, l.site).toEqual([contentScriptFile(l.site)]);
        expect(l.load.gzip / 1024, `${l.site} page: ${(l.load.gzip / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(CONTENT_BUDGET_KB);
      }
    });

    it(`the generic script (content/page.js, any page the reader asks to badge) is declared nowhere, is the file the worker injects, and (the scanner included) is ≤ ${CONTENT_BUDGET_KB} KB gzip`, () => {
      expect(ANY_PAGE_SCRIPT).toBe(ANY_PAGE_FILE);
      expect((built().content_scripts ?? []).flatMap((e) => e.js)).not.toContain(ANY_PAGE_FILE);
      const page = loadOf([ANY_PAGE_FILE], DIST);
      expect(page.files).toEqual([ANY_PAGE_FILE]);
      expect(page.gzip / 1024, `generic page: ${(page.gzip / 1024).toFixed(1)} KB gzip`).toBeLessThanOrEqual(CONTENT_BUDGET_KB);
      expect(readFileSync(join(DIST, ANY_PAGE_FILE), 'utf8')).not.toMatch(FORBIDDEN);
    });

    it(`the card module (on first hover) is ≤ ${CARD_GUARD_KB} KB gzip (guard)`, () => {
      const card = cardLoad(DIST);
      expect(card.files).toEqual([MODULE_FILES.card]);
      expect(card.gzip / 1024).toBeLessThanOrEqual(CARD_GUARD_KB);
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
  const others = ADAPTERS.filter((a) => a.id !== adapter.id).flatMap((a) => [...a.anchors, ...(a.fallbackAnchors ?? []), ...(a.articleRoots ?? [])]);
  return [adapter.anchors[0]!, ...(adapter.articleRoots ?? [])].filter((sel) => !others.some((o) => o.includes(sel)));
}

/** Strings only the scanner (stop list, exchange names) or the card (its button, chart label) carry. */
const SCANNER_ONLY = ['NYSE American', 'OTC Markets'];
const CARD_ONLY = ['Open Rotation Lens', 'Mansfield RS'];

describe('a site’s content script, built from source as the build does', () => {
  it.each(['yahoo', 'investing'])('%s: self-contained, no HTML-string or code-string API, only its own adapter, no valibot, the scanner but no card', async (site) => {
    const { code } = await buildContentScript(ROOT, site, true);
    expect(code).not.toMatch(FORBIDDEN);
    expect(code).not.toMatch(/\bimport\s*\(|^import\s/m);
    expect(code).toContain('data-rotation-lens');
    const own = ADAPTERS.find((a) => a.id === site)!;
    for (const sel of ownSelectors(own)) expect(code, `${site} carries its own ${sel}`).toContain(sel);
    for (const other of ADAPTERS.filter((a) => a.id !== site)) {
      for (const sel of ownSelectors(other)) expect(code, `${site} must not carry ${other.id}'s ${sel}`).not.toContain(sel);
      // Its own row of the site table only (content-scripts.plugin.ts): no other site's match patterns. (Host
      // names alone prove nothing: the scanner's quote-URL table, scan/quote-urls.ts, names every supported host.)
      for (const pattern of other.matches.filter((m) => !own.matches.includes(m))) expect(code, `${site} must not carry ${other.id}'s pattern ${pattern}`).not.toContain(pattern);
    }
    // Test URLs stay in the tests; valibot (settings schemas) stays out of pages.
    expect(code).not.toContain('why-amazon-com-amzn');
    expect(code).not.toMatch(/valibot|ValiError/);
    for (const s of SCANNER_ONLY) expect(code, `${site} carries the scanner's ${s}`).toContain(s);
    for (const s of CARD_ONLY) expect(code, `${site} must not carry ${s}`).not.toContain(s);
    expect(gzipSync(code, { level: 9 }).length / 1024).toBeLessThanOrEqual(CONTENT_BUDGET_KB);
  }, 30_000);

  it.each(['card'] as const)('the %s module: self-contained, registers itself, no HTML-string or code-string API, no adapter', async (name) => {
    const { code } = await buildContentModule(ROOT, name, true);
    expect(code).not.toMatch(FORBIDDEN);
    expect(code).not.toMatch(/\bimport\s*\(|^import\s/m);
    expect(code).toContain('rotation-lens.modules');
    for (const s of CARD_ONLY) expect(code).toContain(s);
    for (const a of ADAPTERS) for (const sel of ownSelectors(a)) expect(code, `${name} must not carry ${a.id}'s ${sel}`).not.toContain(sel);
    expect(code).not.toMatch(/valibot|ValiError/);
  }, 30_000);
});
