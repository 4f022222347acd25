/**
 * A private copy of the built extension with two bench-only floors added, so the extension under
 * test runs unmodified otherwise (and a concurrent rebuild of dist/ cannot disturb a run):
 *  - `bench/noop-start.js`: a no-op content script declared FIRST, on every site's matches and at the
 *    same run_at as the real scripts. It only records its own start (performance.now(), the page's
 *    clock) in `<html data-rl-noop-start>`: the earliest moment any content script of this extension
 *    can run on that page — the floor of "badges after DOMContentLoaded".
 *  - `bench/blank.html`: the popup's HTML shell and stylesheets with no script (no module, no
 *    modulepreload): the floor of "popup first render".
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIST } from '@rotation-lens/e2e-harness';

export const NOOP_SCRIPT = 'bench/noop-start.js';
export const NOOP_ATTRIBUTE = 'data-rl-noop-start';
export const BLANK_PAGE = 'bench/blank.html';
export const POPUP_PAGE = 'src/popup/index.html';

interface ContentScriptEntry {
  matches: string[];
  js: string[];
  run_at?: string;
}

/** The popup's HTML without its scripts: the same document, title and stylesheets. */
export function blankShell(popupHtml: string): string {
  const withoutScripts = popupHtml.replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '').replace(/<link\b[^>]*rel="modulepreload"[^>]*>\s*/g, '');
  if (/<script\b/i.test(withoutScripts)) throw new Error('blank shell: a script is left');
  return withoutScripts;
}

/** The manifest's content scripts with the no-op first, on every site's matches and the real scripts' run_at. */
export function withNoopFirst(entries: readonly ContentScriptEntry[]): ContentScriptEntry[] {
  const runAt = new Set(entries.map((e) => e.run_at ?? 'document_idle'));
  if (runAt.size !== 1) throw new Error(`bench: content scripts run at ${[...runAt].join(' and ')}; one no-op floor cannot stand for all`);
  const matches = [...new Set(entries.flatMap((e) => e.matches))];
  return [{ matches, js: [NOOP_SCRIPT], run_at: [...runAt][0]! }, ...entries];
}

export interface BenchDist {
  dir: string;
  remove(): void;
}

export function makeBenchDist(dist = EXTENSION_DIST): BenchDist {
  const dir = mkdtempSync(join(tmpdir(), 'rl-bench-dist-'));
  cpSync(dist, dir, { recursive: true });
  const manifestFile = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { content_scripts?: ContentScriptEntry[] };
  manifest.content_scripts = withNoopFirst(manifest.content_scripts ?? []);
  writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
  mkdirSync(join(dir, 'bench'));
  writeFileSync(join(dir, NOOP_SCRIPT), `document.documentElement.setAttribute(${JSON.stringify(NOOP_ATTRIBUTE)}, String(performance.now()));\n`);
  writeFileSync(join(dir, BLANK_PAGE), blankShell(readFileSync(join(dir, POPUP_PAGE), 'utf8')));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
