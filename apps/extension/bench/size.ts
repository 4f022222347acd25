/**
 * Size budget of what a supported page loads: each content_scripts entry of the built manifest (one
 * per site: `content/<site>.js`) with every file it imports, gzipped (level 9). What a page loads is
 * its site's entry, so the figure is the largest one. Target ≤ 12 KB gzip. Needs a build (dist/).
 * Prints `content script: X KB gzip (largest site: <site>)`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CONTENT_BUDGET_KB = 12;
const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');

interface ManifestScripts {
  content_scripts?: { matches?: string[]; js?: string[] }[];
}

/** What one content_scripts entry makes a page load. `site` is the first file's name (`content/yahoo.js` → yahoo). */
export interface PageLoad {
  site: string;
  files: string[];
  raw: number;
  gzip: number;
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

/** One PageLoad per content_scripts entry of dist/manifest.json, largest gzip first. */
export function pageLoads(dist = DIST): PageLoad[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as ManifestScripts;
  const loads = (manifest.content_scripts ?? []).map((entry): PageLoad => {
    const files = filesLoaded(entry.js ?? [], dist);
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const buf = readFileSync(join(dist, f));
      raw += buf.length;
      gzip += gzipSync(buf, { level: 9 }).length;
    }
    return { site: basename(entry.js?.[0] ?? '?', '.js'), files, raw, gzip };
  });
  return loads.sort((a, b) => b.gzip - a.gzip);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

export function runSizeBench(dist = DIST): void {
  if (!existsSync(join(dist, 'manifest.json'))) {
    console.log('content script: no build (run `pnpm --filter @rotation-lens/extension build` first)');
    return;
  }
  const loads = pageLoads(dist);
  const largest = loads[0];
  if (!largest) {
    console.log('content script: none declared in dist/manifest.json');
    return;
  }
  const smallest = loads[loads.length - 1]!;
  const over = largest.gzip / 1024 > CONTENT_BUDGET_KB;
  console.log(
    `content script: ${kb(largest.gzip)} KB gzip (largest site: ${largest.site}; ${kb(largest.raw)} KB minified, ${largest.files.length} file${largest.files.length === 1 ? '' : 's'}; ` +
      `${loads.length} per-site scripts, smallest ${kb(smallest.gzip)} KB (${smallest.site}); budget ${CONTENT_BUDGET_KB} KB${over ? ' — OVER' : ''})`,
  );
}
