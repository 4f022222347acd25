import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import ts from 'typescript';
import { ROOT, readRepoFile, repoFiles } from './repo.ts';

/**
 * The repository's import graph: every TypeScript source file (tests included) with the repository
 * files it imports — relative specifiers and workspace packages (`@rotation-lens/x` → its `exports`).
 * Type-only imports count: a cycle of types is still a cycle a reader has to untangle.
 */
export type ImportGraph = Map<string, string[]>;

const isSource = (f: string) => /\.(ts|tsx)$/.test(f) && !f.endsWith('.d.ts') && !f.includes('node_modules/');

/** `@rotation-lens/name[/sub]` → repository path of the file its package.json `exports` names. */
function workspaceExports(files: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const manifest of files.filter((f) => /^(packages|apps|tooling)\/[^/]+\/package\.json$/.test(f))) {
    const pkg = JSON.parse(readRepoFile(manifest)) as { name?: string; exports?: Record<string, string> | string };
    if (!pkg.name || !pkg.exports) continue;
    const exports = typeof pkg.exports === 'string' ? { '.': pkg.exports } : pkg.exports;
    for (const [sub, target] of Object.entries(exports)) {
      if (typeof target !== 'string') continue;
      const spec = sub === '.' ? pkg.name : `${pkg.name}/${sub.replace(/^\.\//, '')}`;
      out.set(spec, normalize(join(dirname(manifest), target)));
    }
  }
  return out;
}

function resolveRelative(from: string, spec: string): string | undefined {
  const base = normalize(join(dirname(from), spec));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (isSource(candidate) && existsSync(join(ROOT, candidate))) return candidate;
  }
  return undefined;
}

/** Builds the graph from what a commit would hold (see `repoFiles`). */
export function importGraph(files: string[] = repoFiles()): ImportGraph {
  const packages = workspaceExports(files);
  const graph: ImportGraph = new Map();
  for (const file of files.filter(isSource)) {
    const text = readFileSync(join(ROOT, file), 'utf8');
    const targets = new Set<string>();
    for (const { fileName: spec } of ts.preProcessFile(text, true, true).importedFiles) {
      const target = spec.startsWith('.') ? resolveRelative(file, spec) : packages.get(spec);
      if (target && target !== file) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/** Strongly connected components with more than one file (Tarjan): each one is an import cycle. */
export function importCycles(graph: ImportGraph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string | undefined;
      do {
        w = stack.pop();
        if (w === undefined) break;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/** A direction rule: no file matching `from` may import a file matching `to`. */
export interface DirectionRule {
  name: string;
  from: (file: string) => boolean;
  to: (file: string) => boolean;
}

/** Every `importer → imported` pair that breaks a rule, as `rule: importer → imported`. */
export function directionViolations(graph: ImportGraph, rules: DirectionRule[]): string[] {
  const out: string[] = [];
  for (const [file, targets] of graph) {
    for (const rule of rules) {
      if (!rule.from(file)) continue;
      for (const target of targets) if (rule.to(target)) out.push(`${rule.name}: ${file} → ${target}`);
    }
  }
  return out.sort();
}
