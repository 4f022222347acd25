/**
 * The CONNECT proxy Firefox uses in the e2e suite: an https request for a real host name, tunnelled
 * through it, lands on the fixture server (which answers by Host/SNI); plain-http proxying is refused.
 * Node plays the browser here, so no Firefox is needed.
 */
import { request } from 'node:http';
import { connect as tlsConnect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSelfSignedCert, openSslAvailable } from './cert.ts';
import { type ConnectProxy, startConnectProxy } from './connect-proxy.ts';
import { firefoxPrefs } from './firefox.ts';
import { type FixtureServer, startFixtureServer } from './fixture-server.ts';

const HOST = 'finance.yahoo.com';

/** GET https://HOST/path through the proxy, as a browser does: CONNECT, then TLS inside the tunnel. */
function getThroughProxy(proxyPort: number, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: proxyPort, method: 'CONNECT', path: `${HOST}:443` });
    req.on('connect', (res, socket) => {
      if (res.statusCode !== 200) return reject(new Error(`CONNECT answered ${res.statusCode}`));
      const tls = tlsConnect({ socket, servername: HOST, rejectUnauthorized: false }, () => {
        tls.write(`GET ${path} HTTP/1.1\r\nHost: ${HOST}\r\nConnection: close\r\n\r\n`);
      });
      let raw = '';
      tls.on('data', (d) => (raw += d.toString('utf8')));
      tls.on('end', () => resolve({ status: Number(raw.split(' ')[1]), body: raw.split('\r\n\r\n').slice(1).join('\r\n\r\n') }));
      tls.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe.skipIf(!openSslAvailable())('startConnectProxy', () => {
  let server: FixtureServer;
  let proxy: ConnectProxy;
  beforeAll(async () => {
    server = await startFixtureServer({ tls: makeSelfSignedCert([HOST]), pages: [{ url: `https://${HOST}/quote/AAPL/`, body: '<h1>Apple Inc. (AAPL)</h1>' }] });
    proxy = await startConnectProxy(server.port);
  });
  afterAll(async () => {
    await proxy.close();
    await server.close();
  });

  it('tunnels https for a real host name to the fixture server', async () => {
    const got = await getThroughProxy(proxy.port, '/quote/AAPL/');
    expect(got.status).toBe(200);
    expect(got.body).toContain('Apple Inc. (AAPL)');
    expect(proxy.tunnels).toContain(`${HOST}:443`);
    expect(server.requests.at(-1)).toMatchObject({ host: HOST, path: '/quote/AAPL/', kind: 'page' });
  });

  it('refuses plain-http proxying', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: proxy.port, path: `http://${HOST}/`, headers: { host: HOST } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(status).toBe(403);
  });
});

describe('firefoxPrefs', () => {
  it('sends every request (localhost included) through the proxy and pins the extension UUID', () => {
    const prefs = firefoxPrefs(4321, 'x@y');
    expect(prefs).toMatchObject({ 'network.proxy.type': 1, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 4321, 'network.proxy.no_proxies_on': '', 'network.proxy.allow_hijacking_localhost': true });
    expect(Object.keys(JSON.parse(prefs['extensions.webextensions.uuids'] as string))).toEqual(['x@y']);
  });
});
