import { describe, expect, it } from 'vitest';
import { readRepoFile, repoFiles } from './repo.ts';

// Versions are kept in one place: the catalog in pnpm-workspace.yaml. Every package depends on
// external packages with "catalog:" and on workspace packages with "workspace:*".
const manifests = repoFiles().filter((f) => /(^|\/)package\.json$/.test(f) && !f.includes('node_modules'));

describe('one version catalog', () => {
  it.each(manifests)('%s uses catalog: or workspace:* for every dependency', (file) => {
    const pkg = JSON.parse(readRepoFile(file)) as Record<string, Record<string, string> | undefined>;
    const bad: string[] = [];
    for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
      for (const [name, spec] of Object.entries(pkg[field] ?? {})) {
        const ok = name.startsWith('@rotation-lens/') ? spec === 'workspace:*' : spec === 'catalog:';
        if (!ok) bad.push(`${field}.${name}: ${spec}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('pins the package manager', () => {
    const pkg = JSON.parse(readRepoFile('package.json')) as { packageManager?: string };
    expect(pkg.packageManager).toMatch(/^pnpm@\d+\.\d+\.\d+$/);
  });
});
