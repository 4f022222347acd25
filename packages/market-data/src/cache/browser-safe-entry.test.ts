import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The extension bundles src/index.ts: nothing it reaches may import a node: module (the file cache lives
 * behind src/node.ts). Walks the static relative-import graph from each entry.
 */
const SRC = join(dirname(fileURLToPath(import.meta.url)), '..');
const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

function reachableNodeImports(entry: string): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = (m[1] ?? m[2])!;
      if (spec.startsWith('.')) visit(join(dirname(file), spec));
      else if (spec.startsWith('node:')) found.push(`${file.slice(SRC.length + 1)} → ${spec}`);
    }
  };
  visit(join(SRC, entry));
  return found;
}

describe('package entries', () => {
  it('src/index.ts (browser entry) reaches no node: module', () => {
    expect(reachableNodeImports('index.ts')).toEqual([]);
  });

  it('src/node.ts does (the file cache), proving the walk sees node: imports', () => {
    expect(reachableNodeImports('node.ts')).toContain('cache/file-cache.ts → node:fs/promises');
  });
});
