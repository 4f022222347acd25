/**
 * Live valuation readings need one host beyond the data hosts: fc.yahoo.com, where Yahoo's cookie for
 * the quote endpoint's crumb comes from (query1/query2.finance.yahoo.com are already required hosts, for
 * prices). It is an optional host permission, asked for when the user turns live readings on (options →
 * Valuation readings) and given back when they turn them off: holding it is what "live readings on" means.
 * The one owner of that permission (optional-permission.ts: nothing throws; ask only from the click
 * itself) and of the storage key of the readings the worker keeps.
 */
import { YAHOO_COOKIE_ORIGIN } from '../contracts/hosts.ts';
import { optionalPermission } from './optional-permission.ts';

/** Where the worker keeps the live readings' history (chrome.storage.local), read by the options page too. */
export const LIVE_VALUATION_KEY = 'valuationLive';

export const LIVE_READINGS_PERMISSION = optionalPermission({ origins: [YAHOO_COOKIE_ORIGIN] });

/** Whether live readings are allowed now (false when the browser cannot tell). */
export const hasLiveReadings = (): Promise<boolean> => LIVE_READINGS_PERMISSION.has();
