/**
 * Typed client for the background worker: `send(req)` resolves to the `Reply` the worker's router
 * produced. It never throws or rejects: a closed port, a missing receiver (worker not yet started,
 * extension reloaded under the page) or a malformed answer become `{ ok: false, error }`.
 */
import type { Request, ResponseFor } from './messages.ts';

/** What a page, the popup or the options page uses to ask the worker (`send`, or a fake in tests). */
export type Sender = <R extends Request>(req: R) => Promise<ResponseFor<R>>;

type SendMessage = (message: unknown) => Promise<unknown>;

/** chrome.runtime.sendMessage, or null when the extension context is gone (orphaned content script). */
function runtimeSender(): SendMessage | null {
  const runtime = globalThis.chrome?.runtime;
  if (!runtime?.id || typeof runtime.sendMessage !== 'function') return null;
  return (message) => runtime.sendMessage(message);
}

/** True when `value` has the shape of a Reply (the router's output). */
function isReply(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  const v = value as { ok: unknown; error?: unknown };
  if (v.ok === true) return 'data' in v;
  return v.ok === false && typeof v.error === 'object' && v.error !== null;
}

export async function send<R extends Request>(req: R, sendMessage: SendMessage | null = runtimeSender()): Promise<ResponseFor<R>> {
  if (!sendMessage) {
    return { ok: false, error: { kind: 'NoReceiver', message: 'the extension was reloaded or is unavailable; reload the page' } };
  }
  try {
    const reply = await sendMessage(req);
    if (isReply(reply)) return reply as ResponseFor<R>;
    return { ok: false, error: { kind: 'NoReceiver', message: `no answer from the background worker for ${req.type}` } };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { kind: 'Disconnected', message } };
  }
}
