/**
 * One local HTTPS server standing in for the whole internet during e2e runs. Chromium maps EVERY host name
 * to it (--host-resolver-rules="MAP * 127.0.0.1:PORT"), so it answers by the Host header:
 * - registered pages (fixture or real saved page) at their real URLs → the HTML;
 * - query1/query2.finance.yahoo.com /v8/finance/chart/{SYM} → real history as Yahoo chart JSON;
 * - anything else (the saved pages' scripts, images, trackers; Chromium's own background traffic) →
 *   blocked: 404 for documents, 204 for subresources, and recorded so tests can list it.
 * Nothing leaves 127.0.0.1.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ChartQuery, YAHOO_NOT_FOUND, barsForQuery, parseChartQuery, toChartJson } from './chart-json.ts';
import type { TlsMaterial } from './cert.ts';
import { type PriceSet, loadBars } from './csv.ts';

export const YAHOO_DATA_HOSTS = ['query1.finance.yahoo.com', 'query2.finance.yahoo.com'] as const;

export interface PageSource {
  /** The real URL the page is served at, e.g. 'https://finance.yahoo.com/quote/AAPL/'. */
  url: string;
  /** A file to read on every request (edits show up without a restart) … */
  file?: string;
  /** … or a body. */
  body?: string;
  contentType?: string;
}

export type RequestKind = 'page' | 'chart' | 'blocked';

export interface ServedRequest {
  host: string;
  path: string;
  status: number;
  kind: RequestKind;
  /** Sec-Fetch-Dest: 'document', 'script', 'image', 'empty' (fetch) … */
  dest: string | null;
}

export interface ChartRequest {
  host: string;
  symbol: string;
  query: ChartQuery;
  status: number;
  bars: number;
}

export interface FixtureServer {
  readonly port: number;
  /** Every request in order. */
  readonly requests: ServedRequest[];
  readonly chartRequests: ChartRequest[];
  /** Serve (or replace) a page at a real URL. */
  setPage(page: PageSource): void;
  /**
   * Make the chart endpoint fail for some symbols: an HTTP status (e.g. 500, 429), or 'reset' to drop the
   * connection without an answer (what the browser sees when the network is down: fetch rejects).
   * The fault function returning null = serve normally; setChartFault(null) = no faults.
   */
  setChartFault(fault: ChartFault | null): void;
  /** Requests the server refused (not a page, not chart data). */
  blocked(): ServedRequest[];
  close(): Promise<void>;
}

/** Per-symbol fault: an HTTP status, 'reset' (connection dropped), or null (serve normally). */
export type ChartFault = (symbol: string) => number | 'reset' | null;

/** Status recorded for a request whose connection was dropped ('reset' fault): no HTTP answer at all. */
export const DROPPED = 0;

export interface FixtureServerOptions {
  tls: TlsMaterial;
  pages?: PageSource[];
  /** Which folder of ../shared/data the chart endpoint reads. Default 'prices' (every symbol, to 2024-09-12). */
  priceSet?: PriceSet;
  now?: () => Date;
}

const pageKey = (u: URL) => `${u.host}${u.pathname}${u.search}`;

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** Answers one chart request as Yahoo would (or with the symbol's fault); returns what it answered, host aside. */
function serveChart(url: URL, res: ServerResponse, fault: ChartFault | null, priceSet: PriceSet, now: Date): Omit<ChartRequest, 'host'> {
  const symbol = decodeURIComponent(url.pathname.slice('/v8/finance/chart/'.length));
  const query = parseChartQuery(url.searchParams);
  const forced = fault?.(symbol) ?? null;
  if (forced === 'reset') {
    res.socket?.destroy();
    return { symbol, query, status: DROPPED, bars: 0 };
  }
  const all = forced === null ? loadBars(symbol, priceSet) : null;
  if (forced === 429) send(res, 429, 'text/plain', 'Edge: Too Many Requests');
  else if (forced !== null) send(res, forced, 'text/plain', 'Internal Server Error');
  else if (!all) send(res, 404, 'application/json', JSON.stringify(YAHOO_NOT_FOUND));
  if (forced !== null || !all) return { symbol, query, status: forced ?? 404, bars: 0 };
  const interval = url.searchParams.get('interval');
  if (interval !== null && interval !== '1d') {
    send(res, 422, 'application/json', JSON.stringify({ chart: { result: null, error: { code: 'Unprocessable Entity', description: `interval=${interval} is not served by the e2e server` } } }));
    return { symbol, query, status: 422, bars: 0 };
  }
  const selected = barsForQuery(all, query, now);
  send(res, 200, 'application/json', JSON.stringify(toChartJson(symbol, all, selected)));
  return { symbol, query, status: 200, bars: selected.length };
}

export async function startFixtureServer(opts: FixtureServerOptions): Promise<FixtureServer> {
  const pages = new Map<string, PageSource>();
  const requests: ServedRequest[] = [];
  const chartRequests: ChartRequest[] = [];
  let fault: ChartFault | null = null;
  const priceSet = opts.priceSet ?? 'prices';
  const now = opts.now ?? (() => new Date());

  const setPage = (p: PageSource) => {
    const u = new URL(p.url);
    pages.set(pageKey(u), p);
  };
  for (const p of opts.pages ?? []) setPage(p);

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    const dest = (req.headers['sec-fetch-dest'] as string | undefined) ?? null;
    let kind: RequestKind = 'blocked';
    let status: number;
    if ((YAHOO_DATA_HOSTS as readonly string[]).includes(host) && url.pathname.startsWith('/v8/finance/chart/')) {
      kind = 'chart';
      const answered = serveChart(url, res, fault, priceSet, now());
      chartRequests.push({ host, ...answered });
      status = answered.status;
    } else {
      const page = pages.get(pageKey(url)) ?? pages.get(`${url.host}${url.pathname}`);
      if (page) {
        kind = 'page';
        status = 200;
        send(res, 200, page.contentType ?? 'text/html; charset=utf-8', page.file ? readFileSync(page.file) : (page.body ?? ''));
      } else {
        status = dest === 'document' || dest === 'iframe' ? 404 : 204;
        if (status === 404) send(res, 404, 'text/plain', 'blocked by the e2e server: no internet in tests');
        else {
          res.writeHead(204);
          res.end();
        }
      }
    }
    requests.push({ host, path: url.pathname + url.search, status, kind, dest });
  };

  const server = createHttpsServer({ key: opts.tls.key, cert: opts.tls.cert }, handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    chartRequests,
    setPage,
    setChartFault: (f) => {
      fault = f;
    },
    blocked: () => requests.filter((r) => r.kind === 'blocked'),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
