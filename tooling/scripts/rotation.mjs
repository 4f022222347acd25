#!/usr/bin/env node
// `pnpm rotation …` from the repo root: builds the CLI bundle when missing, then runs it with the given arguments.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const bundle = join(root, 'apps', 'cli', 'dist', 'rotation.mjs');
if (!existsSync(bundle) || process.env.ROTATION_REBUILD === '1') {
  const b = spawnSync('pnpm', ['turbo', 'run', 'build', '--filter=@rotation-lens/cli', '--output-logs=errors-only'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (b.status !== 0) process.exit(b.status ?? 1);
}
const r = spawnSync(process.execPath, [bundle, ...process.argv.slice(2)], { stdio: 'inherit', cwd: process.env.INIT_CWD ?? process.cwd() });
process.exit(r.status ?? 1);
