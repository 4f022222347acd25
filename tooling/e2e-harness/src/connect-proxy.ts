/**
 * A local HTTP CONNECT proxy that tunnels EVERY request to one port: Firefox's stand-in for Chromium's
 * --host-resolver-rules. Firefox (network.proxy.* prefs, firefox.ts) sends each https://host/ through
 * it as `CONNECT host:443`; the tunnel ends at the fixture server, which answers by the Host header and
 * SNI as it does for Chromium. Plain-http requests (absolute-form) are refused: the extension and the
 * fixture pages are https only. Nothing leaves 127.0.0.1.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { type AddressInfo, connect, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';

export interface ConnectProxy {
  readonly port: number;
  /** Host names Firefox asked to reach (host:port of each CONNECT), in order. */
  readonly tunnels: string[];
  close(): Promise<void>;
}

export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const tunnels: string[] = [];
  const sockets = new Set<Duplex | Socket>();
  const server = createServer((_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('the e2e proxy only tunnels https (CONNECT)');
  });
  server.on('connect', (req: IncomingMessage, client: Duplex, head: Buffer) => {
    tunnels.push(req.url ?? '');
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const s of [client, upstream]) {
      sockets.add(s);
      s.on('close', () => sockets.delete(s));
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    tunnels,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
