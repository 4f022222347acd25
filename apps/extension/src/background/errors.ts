/**
 * Any thrown value → the `{kind, message}` carried by an error Reply. Typed errors keep their kind
 * (MarketDataError.kind, CoreError.code); the message never includes an API key because provider
 * errors are built without one (market-data guarantees it) and we add nothing else.
 */
export interface ErrorInfo {
  kind: string;
  message: string;
}

/** A request the worker rejects before doing any work (bad symbol, unknown watchlist, ...). */
export class BadRequest extends Error {
  override readonly name = 'BadRequest';
}

export function errorInfo(e: unknown): ErrorInfo {
  if (e instanceof Error) {
    const typed = e as Error & { kind?: unknown; code?: unknown };
    if (typeof typed.kind === 'string') return { kind: typed.kind, message: e.message };
    if (typeof typed.code === 'string') return { kind: typed.code, message: e.message };
    return { kind: e.name === 'Error' ? 'Internal' : e.name, message: e.message };
  }
  return { kind: 'Internal', message: String(e) };
}
