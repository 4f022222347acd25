/** Test helpers: synthetic bars on consecutive weekdays, and CoreError code assertions. */
import { expect } from 'vitest';
import { CoreError, type CoreErrorCode } from '../src/errors.ts';
import type { Bar } from '../src/types.ts';

/** `count` weekday dates from `start` (inclusive if a weekday). */
export function weekdays(start: string, count: number): string[] {
  const out: string[] = [];
  const d = new Date(`${start}T00:00:00Z`);
  while (out.length < count) {
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}

/** Bars with the given closes on consecutive weekdays from `start`. */
export function barsOf(closes: number[], start = '2020-01-01', adj?: number[]): Bar[] {
  const dates = weekdays(start, closes.length);
  return closes.map((close, i) =>
    adj === undefined ? { date: dates[i] as string, close } : { date: dates[i] as string, close, adjClose: adj[i] as number },
  );
}

/** Deterministic pseudo-random walk (mulberry32), positive prices. */
export function randomWalk(count: number, seed = 1, start = 100, vol = 0.01): number[] {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: number[] = [];
  let p = start;
  for (let i = 0; i < count; i++) {
    p *= 1 + (rand() - 0.5) * 2 * vol;
    out.push(p);
  }
  return out;
}

/** Asserts that `fn` throws a CoreError with `code`. */
export function expectCode(fn: () => unknown, code: CoreErrorCode): void {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected CoreError ${code}`).toBeInstanceOf(CoreError);
  expect((caught as CoreError).code).toBe(code);
}
