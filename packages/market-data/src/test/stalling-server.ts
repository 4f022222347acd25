/**
 * Test-only HTTP servers on 127.0.0.1 that misbehave in time: 'hang' accepts the request and never answers;
 * 'trickle' sends 200 and its headers, then one byte every `everyMs` and never ends the body.
 */
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StallingServer {
  baseUrl: string;
  close(): Promise<void>;
}

export async function startStallingServer(mode: 'hang' | 'trickle', everyMs = 20): Promise<StallingServer> {
  const timers = new Set<NodeJS.Timeout>();
  const trickle = (res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{');
    const timer = setInterval(() => res.write(' '), everyMs);
    timers.add(timer);
    res.on('close', () => clearInterval(timer));
  };
  const server = createServer((_req, res) => {
    if (mode === 'trickle') trickle(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearInterval(t);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
