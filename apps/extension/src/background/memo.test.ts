import { describe, expect, it } from 'vitest';
import { createMemo } from './memo.ts';

describe('memo clear hook', () => {
  it('runs after every clear (the worker drops the popup kept dashboard with it), not on delete', () => {
    let cleared = 0;
    const memo = createMemo(10, () => cleared++);
    memo.set('a', 1);
    memo.delete('a');
    expect(memo.get('a')).toBeUndefined();
    expect(cleared).toBe(0);
    memo.set('b', 2);
    memo.clear();
    expect(memo.size).toBe(0);
    expect(cleared).toBe(1);
  });
});
