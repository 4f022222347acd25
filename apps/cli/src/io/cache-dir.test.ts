import { describe, expect, it } from 'vitest';
import { resolveCacheDir } from './cache-dir.ts';

describe('resolveCacheDir', () => {
  it('prefers --cache-dir, resolved against cwd', () => {
    expect(resolveCacheDir('c', { XDG_CACHE_HOME: '/x' }, '/work')).toBe('/work/c');
  });
  it('uses an absolute XDG_CACHE_HOME', () => {
    expect(resolveCacheDir(undefined, { XDG_CACHE_HOME: '/x/cache', HOME: '/h' }, '/w')).toBe('/x/cache/rotation-lens');
  });
  it('ignores a relative XDG_CACHE_HOME and falls back to ~/.cache', () => {
    expect(resolveCacheDir(undefined, { XDG_CACHE_HOME: 'rel', HOME: '/h' }, '/w')).toBe('/h/.cache/rotation-lens');
    expect(resolveCacheDir(undefined, { HOME: '/h' }, '/w')).toBe('/h/.cache/rotation-lens');
  });
});
