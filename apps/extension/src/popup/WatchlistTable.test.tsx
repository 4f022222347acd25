/** The watchlist table writes every number with the one formatter (@rotation-lens/present). */
import { NA } from '@rotation-lens/present';
import { afterEach, describe, expect, it } from 'vitest';
import { makeRows } from '../test/dashboard-fixture.ts';
import { byTestId, mount } from '../test/dom.ts';
import { WatchlistTable } from './WatchlistTable.tsx';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const cells = (root: HTMLElement, symbol: string) => [...(byTestId(root, `row-${symbol}`)?.querySelectorAll('td') ?? [])].map((td) => td.textContent);

describe('WatchlistTable', () => {
  it('a row loaded without an RS rating shows n/a, like every other missing number', () => {
    const [row] = makeRows();
    const m = mount(<WatchlistTable rows={[{ ...row!, rsRating: null, discount: null }]} site="yahoo" open={() => undefined} streakThreshold={5} />);
    cleanup = m.unmount;
    expect(cells(m.root, 'IWM')).toEqual(['212.44', '+3.7%', NA, '+3', NA]);
  });

  it('a rating is written as a whole number', () => {
    const m = mount(<WatchlistTable rows={makeRows().slice(0, 1)} site="yahoo" open={() => undefined} streakThreshold={5} />);
    cleanup = m.unmount;
    expect(cells(m.root, 'IWM')[2]).toBe('88');
  });
});
