/**
 * get-page-settings: the content script's view of the settings (src/contracts/page-settings.ts), with
 * every object's keys in sorted order — the order chrome.storage.session hands the kept copy back in
 * (page kit) — so a page that started from the kept settings compares the two as JSON and restarts
 * only when they really differ.
 */
import { type PageSettings, pageSettingsOf } from '../../contracts/page-settings.ts';
import type { Handler } from './types.ts';

const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/** `v` as JSON data with every object's keys sorted (arrays keep their order). */
export const sortedKeys = <T>(v: T): T =>
  JSON.parse(JSON.stringify(v, (_, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(byKey)) : x)));

export const getPageSettings: Handler<'get-page-settings'> = async (req, ctx) =>
  sortedKeys<PageSettings>(pageSettingsOf(await (req.fresh ? ctx.freshSettings() : ctx.settings())));
