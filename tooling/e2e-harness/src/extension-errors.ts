/**
 * Collects errors coming from the extension — console errors whose source is chrome-extension:// (content
 * script, popup, options), the service worker's console errors, and uncaught exceptions whose stack points
 * into the extension — so a test can assert there were none. Page errors of the (fixture or saved) pages
 * themselves are kept apart: they are not ours.
 */
import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';

export interface ExtensionError {
  source: 'page-console' | 'worker-console' | 'uncaught';
  text: string;
  url: string;
}

export interface ExtensionErrors {
  readonly list: ExtensionError[];
  /** Errors since the last clear(); formatted one per line for an assertion message. */
  describe(): string;
  clear(): void;
  /** Watch a page created outside the context's 'page' event (e.g. before the collector existed). */
  watch(page: Page): void;
}

const fromExtension = (s: string) => s.includes('chrome-extension://');

export function collectExtensionErrors(context: BrowserContext, worker: Worker): ExtensionErrors {
  const list: ExtensionError[] = [];
  const watched = new WeakSet<Page>();
  const onConsole = (source: ExtensionError['source']) => (msg: ConsoleMessage) => {
    if (msg.type() !== 'error') return;
    const url = msg.location().url ?? '';
    if (source === 'worker-console' || fromExtension(url)) list.push({ source, text: msg.text(), url });
  };
  const watch = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('console', onConsole('page-console'));
    page.on('pageerror', (err) => {
      if (fromExtension(err.stack ?? '')) list.push({ source: 'uncaught', text: err.message, url: page.url() });
    });
  };
  for (const p of context.pages()) watch(p);
  context.on('page', watch);
  worker.on('console', onConsole('worker-console'));
  context.on('serviceworker', (w) => w.on('console', onConsole('worker-console')));
  return {
    list,
    describe: () => list.map((e) => `${e.source}: ${e.text} (${e.url})`).join('\n'),
    clear: () => {
      list.length = 0;
    },
    watch,
  };
}
