import type { Request, ResponseMap } from '../../shared/messages.ts';
import type { WorkerCtx } from '../deps.ts';

export type RequestOf<K extends Request['type']> = Extract<Request, { type: K }>;

/** A handler answers one message type; it may throw, the router turns errors into `{ok:false}`. */
export type Handler<K extends Request['type']> = (req: RequestOf<K>, ctx: WorkerCtx) => Promise<ResponseMap[K]>;

export type HandlerTable = { [K in Request['type']]: Handler<K> };
