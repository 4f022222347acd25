import { describe, expect, it } from 'vitest';
import { type DirectionRule, directionViolations, importCycles, importGraph } from './imports.ts';
import { readRepoFile } from './repo.ts';

/**
 * Data flows one way — provider → market-data → core → worker → page / popup / options — and no file
 * reaches back. These rules hold for product code (each app's and package's `src/`, tests excepted);
 * tests and test support may import whatever they exercise.
 */
const EXT = 'apps/extension/src/';
const under =
  (...prefixes: string[]) =>
  (f: string) =>
    prefixes.some((p) => f.startsWith(p));

/** Files that exist for tests only: the one test-support convention, and the tests themselves. */
export const isTestCode = (f: string): boolean =>
  /\.(test|e2e)\.tsx?$/.test(f) || /(^|\/)(test|e2e|bench)\//.test(f);
const isProduct = (f: string): boolean => /^(apps|packages)\/[^/]+\/src\//.test(f) && !isTestCode(f);
const product =
  (area: (f: string) => boolean) =>
  (f: string): boolean =>
    isProduct(f) && area(f);

const worker = under(`${EXT}background/`);
const page = under(`${EXT}content/`);
const popupOrOptions = under(`${EXT}popup/`, `${EXT}options/`, `${EXT}ui/`);
/** Pure presentation: badge models and their texts (no DOM, no chrome APIs), used by the worker, pages and popup. */
const presentation = under(`${EXT}present/`, 'packages/present/');
/** What every side agrees on: messages and their client, badge model, sites and hosts, page settings, storage keys of the page kit. */
const contracts = under(`${EXT}contracts/`);
/** The settings' one owner: schema, store, migration, storage layout and key names, atomic I/O, size limits. */
const settings = under(`${EXT}settings/`);
/** The settings schema (types and limits): the only part of settings/ that contracts may name. */
const settingsSchema = under(`${EXT}settings/schema.ts`);
/** The storage layout: which storage items are settings. The only part of settings/ a page needs (pages get settings from the worker). */
const settingsLayout = under(`${EXT}settings/layout.ts`);
/** What the extension asks the browser for: host access, optional notifications, always-on sites. */
const permissions = under(`${EXT}permissions/`);
/** Options-only file work: watchlist import/export and its readers. */
const optionsIo = under(`${EXT}options/io/`);
const options = under(`${EXT}options/`);
/** Code of one side (worker, page, popup/options, presentation), which the shared layers must never import. */
const sides = (f: string) => worker(f) || page(f) || popupOrOptions(f) || presentation(f);

export const DIRECTION_RULES: DirectionRule[] = [
  { name: 'worker ↛ page code', from: product(worker), to: page },
  { name: 'popup/options ↛ page code or worker internals', from: product(popupOrOptions), to: (f) => page(f) || worker(f) },
  { name: 'page ↛ worker/popup/options', from: product(page), to: (f) => worker(f) || popupOrOptions(f) },
  { name: 'presentation ↛ page/worker/popup/options', from: product(presentation), to: (f) => page(f) || worker(f) || popupOrOptions(f) },
  { name: 'contracts ↛ any side, permissions, or settings beyond its schema', from: product(contracts), to: (f) => sides(f) || permissions(f) || (settings(f) && !settingsSchema(f)) },
  { name: 'settings ↛ any side or permissions', from: product(settings), to: (f) => sides(f) || permissions(f) },
  { name: 'permissions ↛ any side or settings', from: product(permissions), to: (f) => sides(f) || settings(f) },
  { name: 'page ↛ settings beyond its storage layout', from: product(page), to: (f) => settings(f) && !settingsLayout(f) },
  { name: 'options/io ← options only', from: product((f) => !options(f)), to: optionsIo },
  { name: 'core ↛ market-data', from: under('packages/core/'), to: under('packages/market-data/') },
  { name: 'packages ↛ apps', from: under('packages/'), to: under('apps/') },
  { name: 'product code ↛ test support', from: isProduct, to: isTestCode },
];

describe('import graph', () => {
  const graph = importGraph();

  it('sees the repository (a sanity check on the reader)', () => {
    expect(graph.get(`${EXT}background/index.ts`)?.length).toBeGreaterThan(0);
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('points one way: no import breaks a direction rule', () => {
    expect(directionViolations(graph, DIRECTION_RULES)).toEqual([]);
  });

  it('test support has one home: a test/ folder (no test-support or *.test-helper files elsewhere)', () => {
    const stray = [...graph.keys()].filter((f) => /(^|\/)test-support(\/|\.tsx?$)|\.test-helper\.tsx?$/.test(f));
    expect(stray).toEqual([]);
  });

  it('the presentation layer is pure: no DOM, no chrome APIs', () => {
    const impure = /\b(document|window|chrome)\.|\bHTMLElement\b/;
    const hits = [...graph.keys()].filter((f) => presentation(f) && isProduct(f) && impure.test(readRepoFile(f)));
    expect(hits).toEqual([]);
  });
});
