/**
 * A module the content script uses either at once (already loaded; or given directly, as tests do)
 * or after loading it on demand. `now()` never waits; `load()` resolves with the module, or null
 * when it could not be loaded (extension reloaded, worker unreachable) — callers degrade visibly.
 */
import type { ContentModule } from '../../contracts/messages.ts';
import type { Sender } from '../../contracts/send.ts';
import type { ContentModules } from './contracts.ts';
import { registeredModule } from './registry.ts';

export interface ModuleSource<T> {
  now(): T | null;
  load(): Promise<T | null>;
}

/** A module that is simply here. */
export const ready = <T>(api: T): ModuleSource<T> => ({ now: () => api, load: async () => api });

/**
 * The module `name`, loaded by asking the worker to inject its file into this frame (one request at
 * a time; a failed load is retried on the next call).
 */
export function onDemand<K extends ContentModule>(name: K, send: Sender): ModuleSource<ContentModules[K]> {
  let loading: Promise<ContentModules[K] | null> | null = null;
  const now = () => registeredModule(name);
  return {
    now,
    load() {
      const here = now();
      if (here) return Promise.resolve(here);
      loading ??= send({ type: 'load-module', module: name }).then((reply) => {
        loading = null;
        const api = now();
        if (!api) console.warn(`[rotation-lens] could not load the ${name} module:`, reply.ok ? 'not registered' : reply.error.message);
        return api;
      });
      return loading;
    },
  };
}
