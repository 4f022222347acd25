/**
 * Test-only HTTP server on 127.0.0.1 (port 0) that answers from a route table and records every request,
 * so provider tests exercise real HTTP without touching the internet.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CannedAnswer {
  status?: number;
  body: string;
  headers?: Record<string, string>;
}

/** Decides the answer from the request path+query (and headers); return null for 404 with an empty body. */
export type Route = (pathAndQuery: string, headers: IncomingHttpHeaders) => CannedAnswer | null;

export interface LocalServer {
  baseUrl: string;
  /** Every path+query requested, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startLocalServer(route: Route): Promise<LocalServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const answer = route(url, req.headers);
    res.writeHead(answer?.status ?? (answer ? 200 : 404), answer?.headers ?? {});
    res.end(answer?.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Reads a fixture body from src/providers/fixtures/. */
export const fixture = (name: string): string =>
  readFileSync(new URL(`../providers/fixtures/${name}`, import.meta.url), 'utf8');

/** Injected fetch answering one canned response per call (in order; the last one repeats). */
export function cannedFetch(...answers: CannedAnswer[]): {
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  urls: string[];
} {
  const urls: string[] = [];
  return {
    urls,
    fetch: async (url, init) => {
      init?.signal?.throwIfAborted();
      const a = answers[Math.min(urls.length, answers.length - 1)]!;
      urls.push(url);
      return new Response(a.body, { status: a.status ?? 200, headers: a.headers ?? {} });
    },
  };
}

export const SECRET = 'SECRET123';

/** Every string an error exposes: message, stack, detail and its own enumerable fields. */
export function errorText(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  return [e.message, e.stack ?? '', JSON.stringify(e), String((e as { detail?: unknown }).detail ?? '')].join('\n');
}
