/**
 * Size budget of what a supported page loads: the content script(s) the built manifest declares,
 * gzipped (level 9), plus any file they import. Target ≤ 12 KB gzip. Needs a build (dist/).
 * Prints `content script: X KB gzip`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const CONTENT_BUDGET_KB = 12;
const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');

/** Every JS file a page loads for the content script: declared files + their static/dynamic imports. */
export function contentScriptFiles(dist = DIST): string[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const todo = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
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

export function contentScriptGzipBytes(dist = DIST): { files: string[]; raw: number; gzip: number } {
  const files = contentScriptFiles(dist);
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const buf = readFileSync(join(dist, f));
    raw += buf.length;
    gzip += gzipSync(buf, { level: 9 }).length;
  }
  return { files, raw, gzip };
}

export function runSizeBench(dist = DIST): void {
  if (!existsSync(join(dist, 'manifest.json'))) {
    console.log('content script: no build (run `pnpm --filter @rotation-lens/extension build` first)');
    return;
  }
  const { files, raw, gzip } = contentScriptGzipBytes(dist);
  const kb = gzip / 1024;
  console.log(
    `content script: ${kb.toFixed(1)} KB gzip (${(raw / 1024).toFixed(1)} KB raw, ${files.length} file${files.length === 1 ? '' : 's'}; budget ${CONTENT_BUDGET_KB} KB${kb > CONTENT_BUDGET_KB ? ' — OVER' : ''})`,
  );
}
