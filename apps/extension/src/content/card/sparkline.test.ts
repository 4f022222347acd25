import { describe, expect, it } from 'vitest';
import { linePoints, sparkline } from './sparkline.ts';

describe('sparkline', () => {
  it('scales into the box and breaks lines at nulls', () => {
    expect(linePoints([1, 2, 3], 1, 3, 100, 10)).toEqual(['0.0,10.0 50.0,5.0 100.0,0.0']);
    expect(linePoints([1, null, 2, 3], 1, 3, 30, 10)).toEqual(['20.0,5.0 30.0,0.0']);
    expect(linePoints([null, null], 0, 1, 10, 10)).toEqual([]);
  });

  it('builds SVG elements (no markup strings)', () => {
    const svg = sparkline(document, { ratio: [1, 1.1, 1.2, 1.15], sma: [null, null, 1.1, 1.12] });
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svg.querySelectorAll('polyline')).toHaveLength(2);
  });
});
