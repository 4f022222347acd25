import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** --cache-dir, else $XDG_CACHE_HOME/rotation-lens (when absolute, per the XDG spec), else ~/.cache/rotation-lens. */
export function resolveCacheDir(flag: string | undefined, env: Record<string, string | undefined>, cwd: string): string {
  if (flag) return resolve(cwd, flag);
  const xdg = env.XDG_CACHE_HOME;
  if (xdg?.startsWith('/')) return join(xdg, 'rotation-lens');
  return join(env.HOME || homedir(), '.cache', 'rotation-lens');
}
