/** The ratio chart's first render draws its box only: canvas is asked for after the first paint. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mount, waitFor } from '../test/dom.ts';
import { RatioChart } from './RatioChart.tsx';

const series = { dates: ['2024-09-10', '2024-09-11', '2024-09-12'], ratio: [0.38, 0.39, 0.4], ratioSma200: [null, 0.385, 0.386] };

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  vi.restoreAllMocks();
});

describe('RatioChart', () => {
  it('creates no canvas context in its first render; without canvas it then draws the lines as SVG', async () => {
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    const m = mount(<RatioChart series={series} small="IWM" large="SPY" />);
    cleanup = m.unmount;
    expect(getContext).not.toHaveBeenCalled();
    expect(m.root.querySelector('[role="img"]')?.getAttribute('aria-label')).toMatch(/IWM\/SPY ratio over 3 sessions/);
    await waitFor(() => m.root.querySelector('svg polyline'));
    expect(getContext).toHaveBeenCalled();
  });
});
