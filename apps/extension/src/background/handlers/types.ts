import type { Request, ResponseMap } from '../../contracts/messages.ts';
import type { MessageFrom, WorkerCtx } from '../deps.ts';

export type RequestOf<K extends Request['type']> = Extract<Request, { type: K }>;

/**
 * A handler answers one message type; it may throw, the router turns errors into `{ok:false}`.
 * `from` is where the message came from (tab and frame of a content script; none for extension pages).
 */
export type Handler<K extends Request['type']> = (req: RequestOf<K>, ctx: WorkerCtx, from?: MessageFrom) => Promise<ResponseMap[K]>;

export type HandlerTable = { [K in Request['type']]: Handler<K> };
