/**
 * The router: any incoming message → a typed Reply. Unknown or malformed messages and every thrown
 * error become `{ok:false, error:{kind, message}}`; nothing propagates across the message boundary.
 */
import type { Reply, Request, ResponseMap } from '../contracts/messages.ts';
import type { MessageFrom, WorkerCtx } from './deps.ts';
import { errorInfo } from './errors.ts';
import type { HandlerTable } from './handlers/types.ts';

export type Router = (message: unknown, from?: MessageFrom) => Promise<Reply<ResponseMap[Request['type']]>>;

function isRequest(message: unknown, handlers: HandlerTable): message is Request {
  if (typeof message !== 'object' || message === null) return false;
  const type = (message as { type?: unknown }).type;
  return typeof type === 'string' && Object.hasOwn(handlers, type);
}

export function createRouter(handlers: HandlerTable, ctx: WorkerCtx): Router {
  return async (message, from) => {
    if (!isRequest(message, handlers)) {
      const type = typeof message === 'object' && message !== null ? String((message as { type?: unknown }).type) : typeof message;
      return { ok: false, error: { kind: 'BadRequest', message: `unknown message type: ${type}` } };
    }
    try {
      const handler = handlers[message.type] as (req: Request, ctx: WorkerCtx, from?: MessageFrom) => Promise<ResponseMap[Request['type']]>;
      return { ok: true, data: await handler(message, ctx, from) };
    } catch (e) {
      return { ok: false, error: errorInfo(e) };
    }
  };
}
