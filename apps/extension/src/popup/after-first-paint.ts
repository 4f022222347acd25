/**
 * `useAfterFirstPaint(ready)`: false until the browser has painted once with `ready` true, then true
 * for good. The popup draws what is above the fold first and the rest (watchlist, rotation chart)
 * in the next task, so its first paint does not wait for parts the user scrolls to.
 */
import { useEffect, useState } from 'preact/hooks';

export function useAfterFirstPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    // A frame (the paint), then a task: the same moment Preact runs effects after a paint.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}

/**
 * Runs `fn` in a task of its own (setTimeout 0); returns its cancel. For work an effect starts after
 * the first paint that the paint does not need — a chunk's fetch (uPlot, the settings store), the
 * worker's request: the first-render mark is set in that same effects task, and starting a module
 * fetch in an extension page costs its main thread milliseconds, which would hold up the rest of it.
 */
export function inOwnTask(fn: () => void): () => void {
  const timer = setTimeout(fn, 0);
  return () => clearTimeout(timer);
}
