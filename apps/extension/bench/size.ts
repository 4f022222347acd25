/**
 * Size budget of what a supported page loads, from the built dist/ (gzip level 9 of each file, summed
 * over the files a page loads — each is a separate file, so no shared dictionary):
 *  - any page of a site, quote or article: its site's content script (`content/<site>.js`, the
 *    manifest's content_scripts entry, with anything it imports), which carries the article scanner;
 *  - the hover card module (`content/card.js`) is loaded on the first hover/focus of a badge:
 *    reported on its own, on top.
 * The budget (CONTENT_BUDGET_KB) applies to that initial load, for every site.
 * Prints `page script: X KB gzip · + card on hover: Z KB (…)`. Needs a build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { MODULE_FILES } from '../src/background/handlers/load-module.ts';

export const CONTENT_BUDGET_KB = 12;
const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');

interface ManifestScripts {
  content_scripts?: { matches?: string[]; js?: string[] }[];
}

/** A set of files a page loads, and their sizes (minified bytes, sum of per-file gzip). */
export interface Load {
  files: string[];
  raw: number;
  gzip: number;
}

/** What a page of one site loads initially. `site` is the script's name (`content/yahoo.js` → yahoo). */
export interface SiteLoad {
  site: string;
  load: Load;
}

/** The declared files + their static/dynamic imports, transitively. */
export function filesLoaded(declared: readonly string[], dist = DIST): string[] {
  const todo = [...declared];
  const seen = new Set<string>();
  while (todo.length) {
    const file = todo.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/(?:from|import\()\s*["'`]([^"'`]+\.js)["'`]/g)) {
      const target = m[1] as string;
      todo.push(join(dirname(file), target.replace(/^\/+/, '')).replace(/^\.\//, ''));
    }
  }
  return [...seen];
}

/** Sizes of `declared` and everything they import (each file once). */
export function loadOf(declared: readonly string[], dist = DIST): Load {
  const files = [...new Set(declared.flatMap((f) => filesLoaded([f], dist)))];
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(dist, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

/** One SiteLoad per content_scripts entry of dist/manifest.json, largest first. */
export function siteLoads(dist = DIST): SiteLoad[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as ManifestScripts;
  const loads = (manifest.content_scripts ?? []).map((entry): SiteLoad => {
    const js = entry.js ?? [];
    return { site: basename(js[0] ?? '?', '.js'), load: loadOf(js, dist) };
  });
  return loads.sort((a, b) => b.load.gzip - a.load.gzip);
}

/** The hover card module, loaded on a badge's first hover or focus. */
export const cardLoad = (dist = DIST): Load => loadOf([MODULE_FILES.card], dist);

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
export function runSizeBench(dist = DIST): void {
  if (!existsSync(join(dist, 'manifest.json'))) {
    console.log('content script: no build (run `pnpm --filter @rotation-lens/extension build` first)');
    return;
  }
  const loads = siteLoads(dist);
  if (loads.length === 0) {
    console.log('content script: none declared in dist/manifest.json');
    return;
  }
  const big = loads[0]!;
  const card = cardLoad(dist);
  const over = big.load.gzip / 1024 > CONTENT_BUDGET_KB;
  console.log(
    `page script (quote and article pages, scanner included): ${kb(big.load.gzip)} KB gzip · + card on hover: ${kb(card.gzip)} KB ` +
      `(largest site: ${big.site}; ${kb(big.load.raw)} / ${kb(card.raw)} KB minified; smallest ${kb(loads.at(-1)!.load.gzip)} KB gzip; ` +
      `${loads.length} per-site scripts; budget ${CONTENT_BUDGET_KB} KB per page${over ? ' — OVER' : ''})`,
  );
}
