import { describe, expect, it } from 'vitest';
import { createCoalescer } from './coalesce.ts';

const deferred = <T>() => {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
};

describe('coalescer', () => {
  it('runs the work once for concurrent callers of one key, again after it settles', async () => {
    const c = createCoalescer<number>();
    let runs = 0;
    const d = deferred<number>();
    const work = () => {
      runs++;
      return d.promise;
    };
    const a = c.run('k', undefined, work);
    const b = c.run('k', undefined, work);
    expect(c.size).toBe(1);
    d.resolve(7);
    expect(await Promise.all([a, b])).toEqual([7, 7]);
    expect(runs).toBe(1);
    expect(c.size).toBe(0);
    await c.run('k', undefined, async () => {
      runs++;
      return 8;
    });
    expect(runs).toBe(2);
  });

  it('one caller aborting does not abort the others; all aborting aborts the work', async () => {
    const c = createCoalescer<number>();
    const d = deferred<number>();
    let workSignal: AbortSignal | undefined;
    const work = (s: AbortSignal) => {
      workSignal = s;
      return d.promise;
    };
    const acA = new AbortController();
    const acB = new AbortController();
    const a = c.run('k', acA.signal, work);
    const b = c.run('k', acB.signal, work);
    acA.abort(new Error('A left'));
    await expect(a).rejects.toThrow('A left');
    expect(workSignal!.aborted).toBe(false);
    acB.abort(new Error('B left'));
    await expect(b).rejects.toThrow('B left');
    expect(workSignal!.aborted).toBe(true);
    expect(c.size).toBe(0);
  });

  it('delivers a rejection to every waiter', async () => {
    const c = createCoalescer<number>();
    const work = async () => {
      throw new Error('boom');
    };
    const results = await Promise.allSettled([c.run('k', undefined, work), c.run('k', undefined, work)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
