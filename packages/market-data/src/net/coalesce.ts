/**
 * Request coalescing: concurrent calls with the same key share ONE underlying piece of work.
 * Each caller keeps its own abort: a caller that aborts stops waiting; the shared work is aborted
 * only when every caller has aborted. Once settled, the key is free again (no caching here).
 */
interface Inflight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiters: number;
}

export interface Coalescer<T> {
  run(key: string, signal: AbortSignal | undefined, work: (signal: AbortSignal) => Promise<T>): Promise<T>;
  /** Keys with work in flight. */
  readonly size: number;
}

export function createCoalescer<T>(): Coalescer<T> {
  const inflight = new Map<string, Inflight<T>>();
  const release = (key: string, entry: Inflight<T>) => {
    if (inflight.get(key) === entry) inflight.delete(key);
  };

  return {
    get size() {
      return inflight.size;
    },
    run(key, signal, work) {
      signal?.throwIfAborted();
      let entry = inflight.get(key);
      if (!entry) {
        const controller = new AbortController();
        const created: Inflight<T> = { promise: Promise.resolve(undefined as T), controller, waiters: 0 };
        created.promise = work(controller.signal).finally(() => release(key, created));
        created.promise.catch(() => undefined); // rejections are delivered to the waiters
        inflight.set(key, created);
        entry = created;
      }
      const shared = entry;
      shared.waiters++;
      return new Promise<T>((resolve, reject) => {
        let settled = false;
        const leave = () => {
          settled = true;
          shared.waiters--;
          signal?.removeEventListener('abort', onAbort);
        };
        const onAbort = () => {
          if (settled) return;
          leave();
          if (shared.waiters === 0) {
            release(key, shared);
            shared.controller.abort(signal?.reason);
          }
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        shared.promise.then(
          (value) => {
            if (settled) return;
            leave();
            resolve(value);
          },
          (error: unknown) => {
            if (settled) return;
            leave();
            reject(error);
          },
        );
      });
    },
  };
}
