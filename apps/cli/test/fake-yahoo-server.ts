import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createFakeYahoo } from './fake-yahoo.ts';

/**
 * The fake Yahoo chart endpoint (fake-yahoo.ts) on a real HTTP server at 127.0.0.1, for the bundle as a process.
 * `behaviour` makes it misbehave in time: 'hang' accepts each request and never answers; 'trickle' sends 200
 * and then one byte every 20 ms without ever ending the body.
 */
export interface FakeYahooServer {
  baseUrl: string;
  readonly calls: string[];
  close(): Promise<void>;
}

export async function startFakeYahooServer(behaviour: 'answer' | 'hang' | 'trickle' = 'answer'): Promise<FakeYahooServer> {
  const yahoo = createFakeYahoo();
  const server: Server = createServer((req, res) => {
    if (behaviour !== 'answer') {
      yahoo.calls.push(req.url ?? '/');
      if (behaviour === 'trickle') {
        res.writeHead(200, { 'content-type': 'application/json' });
        const timer = setInterval(() => res.write(' '), 20);
        res.on('close', () => clearInterval(timer));
      }
      return;
    }
    yahoo
      .fetch(`http://127.0.0.1${req.url ?? '/'}`, { headers: req.headers.cookie ? { cookie: req.headers.cookie } : {} })
      .then(async (answer) => {
        const cookies = answer.headers.getSetCookie();
        res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json', ...(cookies.length ? { 'set-cookie': cookies } : {}) });
        res.end(await answer.text());
      })
      .catch(() => {
        res.writeHead(500);
        res.end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    calls: yahoo.calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
