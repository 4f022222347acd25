import { describe, expect, it } from 'vitest';
import type { TickerHit } from '../scan/index.ts';
import { badgeOffset, createRow, placeHits, placeRow } from './place.ts';

const para = (text: string) => {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
};
const marker = () => {
  const b = document.createElement('b');
  b.textContent = '[B]';
  return b;
};
/** A text hit right after the first occurrence of `ticker` in the paragraph's only text node. */
const textHit = (p: HTMLElement, ticker: string, kind: TickerHit['kind'], from = 0): TickerHit => {
  const text = p.firstChild as Text;
  return { symbol: ticker, kind, anchor: text, endOffset: text.data.indexOf(ticker, from) + ticker.length };
};

describe('inline badges in text', () => {
  it('an exchange mention gets its badge after the closing bracket, never before it', () => {
    const p = para('Carvana Co. (NYSE: CVNA) led gains.');
    const hit = textHit(p, 'CVNA', 'exchange');
    expect(badgeOffset(hit)).toBe(hit.endOffset! + 1);
    placeHits([hit], marker);
    expect(p.textContent).toBe('Carvana Co. (NYSE: CVNA)[B] led gains.');
  });

  it('a stray space before the bracket is kept with the mention; no bracket → right after the ticker', () => {
    const spaced = para('Roku (NASDAQ: ROKU ) lagged');
    placeHits([textHit(spaced, 'ROKU', 'exchange')], marker);
    expect(spaced.textContent).toBe('Roku (NASDAQ: ROKU )[B] lagged');
    const listed = para('(NYSE: A, NYSE: B) both');
    placeHits([textHit(listed, 'A', 'exchange', 7)], marker);
    expect(listed.textContent).toBe('(NYSE: A[B], NYSE: B) both');
  });

  it('cashtags and watchlist words are not moved, even before a bracket', () => {
    const p = para('($TSLA) and (IWM)');
    const cash = textHit(p, '$TSLA', 'cashtag');
    const word = textHit(p, 'IWM', 'watchlist');
    expect(badgeOffset(cash)).toBe(cash.endOffset);
    placeHits([cash, word], marker);
    expect(p.textContent).toBe('($TSLA[B]) and (IWM[B])');
  });

  it('several mentions in one text node keep every offset valid', () => {
    const p = para('Palantir (NYSE: PLTR) and Carvana (NYSE: CVNA) led; Roku (NASDAQ: ROKU) lagged.');
    const hits = ['PLTR', 'CVNA', 'ROKU'].map((t) => textHit(p, t, 'exchange'));
    const tails: Text[] = [];
    expect(placeHits(hits, marker, (t) => tails.push(t))).toHaveLength(3);
    expect(p.textContent).toBe('Palantir (NYSE: PLTR)[B] and Carvana (NYSE: CVNA)[B] led; Roku (NASDAQ: ROKU)[B] lagged.');
    expect(tails.map((t) => t.data)).toEqual([' lagged.', ' led; Roku (NASDAQ: ROKU)', ' and Carvana (NYSE: CVNA)']);
  });
});

describe('the quote-page row', () => {
  const box = (width: number, height = 34) => ({ width, height, top: 0, left: 0, right: width, bottom: height, x: 0, y: 0, toJSON: () => ({}) }) as DOMRect;

  it('goes right after the anchor when that leaves the anchor box unchanged', () => {
    const main = document.createElement('main');
    const h1 = document.createElement('h1');
    main.append(h1, document.createElement('p'));
    document.body.append(main);
    const row = createRow(document);
    placeRow(h1, row);
    expect(h1.nextSibling).toBe(row);
    main.remove();
  });

  it('climbs past a shrink-to-fit parent that the row would widen, to a place below the heading (Google Finance)', () => {
    // <main><div.toolbar (inline-flex)><div.col (flex column)><div heading/></div><buttons/></div></main>
    const main = document.createElement('main');
    const toolbar = document.createElement('div');
    const col = document.createElement('div');
    const heading = document.createElement('div');
    col.append(heading);
    toolbar.append(col, document.createElement('button'));
    main.append(toolbar);
    document.body.append(main);
    const row = createRow(document);
    // The column (and the heading stretched in it) is as wide as its widest child.
    heading.getBoundingClientRect = () => ({ ...box(col.contains(row) ? 660 : 95), left: 16 });
    // Beside the column in the toolbar (a flex row) the row would sit level with the heading, not below it.
    row.getBoundingClientRect = () => (toolbar.contains(row) ? box(300) : { ...box(300), top: 40, left: 0 });
    placeRow(heading, row);
    expect(row.parentElement).toBe(main);
    expect(toolbar.nextSibling).toBe(row);
    expect(heading.getBoundingClientRect().width).toBe(95);
    // Out of the padded header, the row still starts where the heading starts.
    expect(row.style.marginLeft).toBe('16px');
    main.remove();
  });

  it('probes with a row wider than any real one: a parent sized by content is detected before the text arrives', () => {
    const col = document.createElement('div');
    const heading = document.createElement('div');
    col.append(heading);
    document.body.append(col);
    const row = createRow(document);
    // Only as wide as the loading row: the heading would not change yet, but would once the text lands.
    heading.getBoundingClientRect = () => box(col.contains(row) && Number.parseFloat(row.style.minWidth || '0') > 1000 ? 900 : 95);
    row.getBoundingClientRect = () => ({ ...box(300), top: 40 });
    placeRow(heading, row);
    expect(col.contains(row)).toBe(false);
    expect(row.style.minWidth).toBe('');
    col.remove();
    row.remove();
  });

  it('stays after the anchor when no level keeps the box, and never climbs past <body>', () => {
    const heading = document.createElement('div');
    document.body.append(heading);
    let calls = 0;
    heading.getBoundingClientRect = () => box(calls++ === 0 ? 95 : 660);
    const row = createRow(document);
    placeRow(heading, row);
    expect(heading.nextSibling).toBe(row);
    heading.remove();
    row.remove();
  });
});
