#!/usr/bin/env node
// Fresh-machine entry point: needs only Node ≥ 20.19 and npm.
//   node tooling/scripts/fresh.mjs demo  → install pnpm + deps, build, run the demo (main job)
//   node tooling/scripts/fresh.mjs test  → install pnpm + deps, run lint, typecheck and every test
// Both install Debian chromium and firefox-esr (+ openssl) with apt when missing: the demo and the e2e tests
// drive real browsers (the Firefox e2e runs the Firefox build in firefox-esr).
// pnpm is installed with npm into .tooling/ and put first on PATH (turbo runs whatever `pnpm` is first;
// a distro's corepack shim may be broken).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PNPM_VERSION = '10.34.8';
const mode = process.argv[2];
if (mode !== 'demo' && mode !== 'test') {
  console.error('usage: node tooling/scripts/fresh.mjs demo|test');
  process.exit(2);
}

const toolDir = join(root, '.tooling', `pnpm-${PNPM_VERSION}`);
const pnpmBin = join(toolDir, 'node_modules', '.bin');
if (!existsSync(join(pnpmBin, 'pnpm'))) {
  console.log(`» installing pnpm ${PNPM_VERSION} with npm into .tooling/`);
  mkdirSync(toolDir, { recursive: true });
  execFileSync('npm', ['install', '--prefix', toolDir, '--no-audit', '--no-fund', '--loglevel=error', `pnpm@${PNPM_VERSION}`], {
    stdio: 'inherit',
  });
}
const env = {
  ...process.env,
  PATH: `${pnpmBin}:${process.env.PATH}`,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  DEBIAN_FRONTEND: 'noninteractive',
};
const run = (cmd, args) => {
  console.log(`» ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

/**
 * Runs every package's tests (turbo → Vitest), passing the output through, and ends with one plain line
 * that totals Vitest's per-package "Tests  N passed | M failed" summaries: `tests: N passed, M failed`.
 */
async function runCountingTests() {
  console.log('» pnpm run test');
  const child = spawn('pnpm', ['run', 'test'], { cwd: root, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let passed = 0;
  let failed = 0;
  let pending = '';
  const count = (line) => {
    const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
    const m = /\bTests\s+(.*)\(\d+\)\s*$/.exec(plain);
    if (!m) return;
    passed += Number(/(\d+) passed/.exec(m[1])?.[1] ?? 0);
    failed += Number(/(\d+) failed/.exec(m[1])?.[1] ?? 0);
  };
  child.stdout.on('data', (chunk) => {
    process.stdout.write(chunk);
    const lines = (pending + chunk.toString('utf8')).split('\n');
    pending = lines.pop() ?? '';
    lines.forEach(count);
  });
  const code = await new Promise((resolve) => child.on('close', resolve));
  count(pending);
  console.log(`tests: ${passed} passed, ${failed} failed`);
  if (code !== 0 || passed === 0) process.exit(code || 1);
}

run('pnpm', ['install', '--frozen-lockfile']);
// The demo and the end-to-end tests need Debian's chromium and firefox-esr, and openssl for the local HTTPS
// test certificate.
const missing = [
  ...(existsSync('/usr/bin/chromium') ? [] : ['chromium']),
  ...(existsSync('/usr/bin/firefox-esr') ? [] : ['firefox-esr']),
  ...(spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0 ? [] : ['openssl']),
];
if (missing.length > 0) {
  const asRoot = process.getuid?.() === 0;
  const apt = (args) => (asRoot ? run('apt-get', args) : run('sudo', ['apt-get', ...args]));
  console.log(`» installing Debian packages for the browser demo and tests: ${missing.join(' ')}`);
  apt(['update', '-q']);
  apt(['install', '-y', '-q', ...missing]);
}
if (mode === 'test') {
  run('pnpm', ['run', 'lint']);
  run('pnpm', ['run', 'typecheck']);
  await runCountingTests();
} else {
  run('pnpm', ['run', 'demo']);
}
