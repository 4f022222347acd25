// @vitest-environment node
/**
 * The built popup page loads what its first frame needs and nothing more: a small entry
 * that starts the kept-dashboard read, with the dashboard's chunks listed in the HTML (modulepreload,
 * fetched beside the entry rather than after it: preload-html.plugin.ts), and no chart code (uPlot)
 * among them — the chart loads after the first paint.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(resolve(import.meta.dirname, '..'), 'dist');
const POPUP_HTML = join(DIST, 'src/popup/index.html');
const HAVE_DIST = existsSync(POPUP_HTML);

const attrs = (html: string, re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.replace(/^\//, ''));
const js = (file: string) => readFileSync(join(DIST, file), 'utf8');
/** Chunks a built chunk imports statically ("./x.js" beside it, in assets/). */
const staticImports = (file: string) => [...js(file).matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => `assets/${m[1]}`);
const dynamicImports = (file: string) => [...js(file).matchAll(/import\(\s*["'`]\.\/([\w.-]+\.js)["'`]\s*\)/g)].map((m) => `assets/${m[1]}`);

function closure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const f of staticImports(file)) closure(f, seen);
  return seen;
}

describe.skipIf(!HAVE_DIST)('built popup page (dist/)', () => {
  const html = HAVE_DIST ? readFileSync(POPUP_HTML, 'utf8') : '';
  const [entry] = attrs(html, /<script type="module"[^>]*src="([^"]+)"/g);
  const preloaded = new Set(attrs(html, /<link rel="modulepreload"[^>]*href="([^"]+)"/g));

  it('one module entry; the dashboard is imported by it on demand, not statically', () => {
    expect(entry).toBeDefined();
    const app = dynamicImports(entry!);
    expect(app).toHaveLength(1);
    expect(closure(entry!).has(app[0]!)).toBe(false);
  });

  it('every chunk the dashboard needs at once is preloaded by the HTML', () => {
    const [app] = dynamicImports(entry!);
    // The entry itself is the page's script (the dashboard reuses its kept-dashboard store).
    const missing = [...closure(app!)].filter((f) => f !== entry && !preloaded.has(f));
    expect(missing).toEqual([]);
  });

  it('no chart code (uPlot) before the first paint: neither loaded by the entry nor preloaded', () => {
    const early = new Set([...closure(entry!), ...[...preloaded].flatMap((f) => [...closure(f)])]);
    expect([...early].filter((f) => /uplot/i.test(f) || /uPlot\.prototype|class uPlot|function uPlot\(/.test(js(f)))).toEqual([]);
  });
});
