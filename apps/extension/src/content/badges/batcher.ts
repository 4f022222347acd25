/**
 * Symbols a session wants, sent to the worker in batches: every symbol wanted in the same task goes in
 * one request (≤ PAGE_BADGE_CAP symbols each), a symbol already answered is not asked again.
 * `settled()` resolves when every request (and any other tracked work) so far has finished.
 */
import { PAGE_BADGE_CAP } from '../../contracts/messages.ts';

export interface Batcher {
  want(symbols: Iterable<string>): void;
  /** Asks for `symbols` again, answered or not (e.g. after a fresh valuation reading); resolves when painted. */
  again(symbols: Iterable<string>): Promise<void>;
  /** Counts `p` in `settled()`. */
  track(p: Promise<void>): void;
  settled(): Promise<void>;
}

export function createBatcher(request: (symbols: string[]) => Promise<void>, answered: (symbol: string) => boolean): Batcher {
  const pending = new Set<string>();
  const inflight = new Set<Promise<void>>();
  let queued = false;
  const track = (p: Promise<void>) => {
    const tracked = p.finally(() => inflight.delete(tracked));
    inflight.add(tracked);
  };
  const send = (symbols: string[]): Promise<void>[] => {
    const sent: Promise<void>[] = [];
    for (let i = 0; i < symbols.length; i += PAGE_BADGE_CAP) sent.push(request(symbols.slice(i, i + PAGE_BADGE_CAP)));
    for (const p of sent) track(p);
    return sent;
  };
  const flush = () => {
    queued = false;
    const symbols = [...pending].filter((s) => !answered(s));
    pending.clear();
    send(symbols);
  };
  return {
    want(symbols) {
      for (const s of symbols) pending.add(s);
      if (!queued) {
        queued = true;
        queueMicrotask(flush);
      }
    },
    async again(symbols) {
      await Promise.all(send([...new Set(symbols)]));
    },
    track,
    async settled() {
      while (queued || inflight.size) {
        await Promise.resolve();
        await Promise.all(inflight);
      }
    },
  };
}
