import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Repository root (this file lives in tooling/conventions). */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Files git tracks plus untracked files it does not ignore: what a commit would hold. */
export function repoFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: ROOT });
  return out
    .toString('utf8')
    .split('\0')
    .filter((f) => f.length > 0);
}

export const readRepoFile = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
