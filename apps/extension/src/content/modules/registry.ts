/**
 * Where the on-demand card module meets the content script. The module file (`content/card.js`, built
 * from card/module.ts) is injected by the worker into the same isolated world as the content script
 * (load-module handler) and registers its API here; the content script reads it back. The registry lives on the isolated world's global under a registered symbol,
 * invisible to the page's own scripts (another world) and shared by every bundle of this extension.
 */
import type { ContentModules } from './contracts.ts';

type Name = keyof ContentModules;

const KEY = Symbol.for('rotation-lens.modules');
type Registry = { [K in Name]?: ContentModules[K] };

function registry(): Registry {
  const g = globalThis as { [KEY]?: Registry };
  g[KEY] ??= {};
  return g[KEY];
}

export function registerModule<K extends Name>(name: K, api: ContentModules[K]): void {
  registry()[name] = api;
}

export function registeredModule<K extends Name>(name: K): ContentModules[K] | null {
  return (registry()[name] as ContentModules[K] | undefined) ?? null;
}
