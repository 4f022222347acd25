/**
 * A synthetic 10,000-node news article for the scanner benchmark and its (untimed) test: paragraphs of
 * prose with ordinary links, emphasis, quote links, $cashtags, "(NYSE: X)" mentions and watchlist words.
 * Built with DOM APIs only (text is set as text). Deterministic: the same article every run.
 */

export interface BenchArticle {
  root: Element;
  /** Symbols planted, one entry per planted mention, in document order. */
  planted: string[];
  /** Elements + text nodes under root (root included). */
  nodeCount: number;
}

const PROSE = [
  'Small caps extended their rally as investors rotated out of the largest technology names,',
  'with breadth improving across cyclical sectors and regional banks leading the advance.',
  'Analysts said the move reflected expectations of lower rates later this year, although',
  'the spread between the Russell 2000 and the S&P 500 remains wide by historical standards.',
];
const TICKERS = ['AAPL', 'MSFT', 'NVDA', 'AMZN', 'JPM', 'XOM', 'IWM', 'SPY', 'QQQ', 'IJR', 'TSLA', 'AMD'];
export const BENCH_WATCHLIST: ReadonlySet<string> = new Set(['SOFI', 'PLTR', 'IJR']);

export function buildArticle(doc: Document, targetNodes = 10_000): BenchArticle {
  const root = doc.createElement('article');
  const planted: string[] = [];
  let count = 1;
  const add = (parent: Node, node: Node) => {
    parent.appendChild(node);
    count++;
    return node;
  };
  const text = (parent: Node, s: string) => add(parent, doc.createTextNode(s));
  for (let i = 0; count < targetNodes; i++) {
    const p = add(root, doc.createElement('p'));
    const sym = TICKERS[i % TICKERS.length]!;
    text(p, `${PROSE[i % PROSE.length]} `);
    // Per 10 paragraphs: one quote link, one cashtag, one "(NYSE: X)", three ordinary links; watchlist words every 7th.
    const kind = i % 10;
    if (kind === 0) {
      const a = add(p, doc.createElement('a')) as HTMLAnchorElement;
      a.setAttribute('href', `/quote/${sym}/`);
      text(a, sym);
      planted.push(sym);
    } else if (kind === 3) {
      text(p, `Shares of the company ($${sym}) moved `);
      planted.push(sym);
    } else if (kind === 6) {
      text(p, `Example Corp (NYSE: ${sym}) reported `);
      planted.push(sym);
    } else if (kind % 3 === 1) {
      const a = add(p, doc.createElement('a')) as HTMLAnchorElement;
      a.setAttribute('href', `https://example.com/story/${i}`);
      text(a, 'related coverage');
    }
    const em = add(p, doc.createElement('em'));
    text(em, i % 7 === 0 ? 'SOFI and PLTR' : 'according to data');
    if (i % 7 === 0) planted.push('SOFI', 'PLTR');
    text(p, ` ${PROSE[(i + 1) % PROSE.length]}`);
  }
  return { root, planted, nodeCount: count };
}
