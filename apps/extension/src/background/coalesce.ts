/** Concurrent calls with the same key share one promise until it settles (dedupes page bursts). */
export function coalesce<A extends unknown[], T>(key: (...args: A) => string, fn: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  const inflight = new Map<string, Promise<T>>();
  return (...args: A) => {
    const k = key(...args);
    const pending = inflight.get(k);
    if (pending) return pending;
    const p = fn(...args).finally(() => inflight.delete(k));
    inflight.set(k, p);
    return p;
  };
}
