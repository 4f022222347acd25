import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, readRepoFile, repoFiles } from './repo.ts';

// The monorepo's top level is fixed: these entries, dotfiles, and pnpm's lockfile (needed for
// reproducible installs with --frozen-lockfile).
const ALLOWED_TOP_LEVEL = new Set([
  'packages',
  'apps',
  'tooling',
  'turbo.json',
  'pnpm-workspace.yaml',
  'package.json',
  'tsconfig.base.json',
  'README.md',
  'pnpm-lock.yaml',
]);

describe('repository layout', () => {
  it('has only the agreed top-level entries (plus dotfiles)', () => {
    const top = new Set(repoFiles().map((f) => f.split('/')[0]!));
    const extra = [...top].filter((e) => !e.startsWith('.') && !ALLOWED_TOP_LEVEL.has(e));
    expect(extra).toEqual([]);
  });

  it('has the CI entry point and it runs the README test command', () => {
    expect(existsSync(join(ROOT, '.ci', 'run'))).toBe(true);
    const ci = readRepoFile('.ci/run');
    const readme = readRepoFile('README.md');
    expect(ci).toContain('npm run fresh:test');
    expect(readme).toContain('npm run fresh:test');
    expect(readme).toContain('npm run fresh:demo');
  });

  it('root package.json scripts only call turbo or a tooling script', () => {
    const pkg = JSON.parse(readRepoFile('package.json')) as { scripts: Record<string, string> };
    for (const [name, cmd] of Object.entries(pkg.scripts)) {
      expect(cmd, `script "${name}"`).toMatch(/^(turbo run |node tooling\/scripts\/)/);
    }
  });
});
