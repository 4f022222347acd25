import { describe, expect, it } from 'vitest';
import { POPUP_MARKS } from './perf-marks.ts';

const markTime = (name: string) => performance.getEntriesByName(name, 'mark')[0]?.startTime;

describe('the popup\'s marks for pnpm bench', () => {
  it('its module marks that it ran, then that its kept read answered', async () => {
    expect(markTime(POPUP_MARKS.module)).toBeUndefined();
    const { keptRead } = await import('./kept-read.ts');
    expect(markTime(POPUP_MARKS.module)).toBeTypeOf('number');
    await keptRead;
    await Promise.resolve();
    expect(markTime(POPUP_MARKS.keptRead)).toBeGreaterThanOrEqual(markTime(POPUP_MARKS.module)!);
  });
});
