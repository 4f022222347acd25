/** Every message type has exactly one handler (the mapped type makes a missing one a type error). */
import { badgeTab } from './badge-tab.ts';
import { cacheInfo } from './cache-info.ts';
import { clearCache } from './clear-cache.ts';
import { getBadges } from './get-badges.ts';
import { getContext } from './get-context.ts';
import { getDashboard } from './get-dashboard.ts';
import { getPageSettings } from './get-page-settings.ts';
import { importCsv } from './import-csv.ts';
import { keepBadges, keepPageSettings } from './keep-for-pages.ts';
import { loadModule } from './load-module.ts';
import { openOptions } from './open-options.ts';
import { refresh } from './refresh.ts';
import { refreshValuation } from './refresh-valuation.ts';
import type { HandlerTable } from './types.ts';
import { validateSymbol } from './validate-symbol.ts';

export const HANDLERS: HandlerTable = {
  'get-badges': keepBadges(getBadges),
  'get-context': getContext,
  'get-dashboard': getDashboard,
  'validate-symbol': validateSymbol,
  refresh,
  'clear-cache': clearCache,
  'cache-info': cacheInfo,
  'import-csv': importCsv,
  'open-options': openOptions,
  'refresh-valuation': refreshValuation,
  'load-module': loadModule,
  'get-page-settings': keepPageSettings(getPageSettings),
  'badge-tab': badgeTab,
};
