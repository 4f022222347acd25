import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.ts';

describe('createProgress', () => {
  it('writes nothing when disabled (stderr not a TTY)', () => {
    const out: string[] = [];
    const p = createProgress(3, (s) => out.push(s), false);
    p.update(1, 'IWM');
    p.done();
    expect(out).toEqual([]);
  });
  it('redraws in place and erases itself', () => {
    const out: string[] = [];
    const p = createProgress(2, (s) => out.push(s), true);
    p.update(1, 'IWM');
    expect(out[0]).toBe(`\r[${'#'.repeat(12)}${'.'.repeat(12)}] 1/2 IWM`);
    p.done();
    expect(out.at(-1)).toMatch(/^\r +\r$/);
  });
});
