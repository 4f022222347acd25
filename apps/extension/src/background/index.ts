/**
 * Background service worker (MV3, module). Owns data and computation: answers typed messages
 * through the router, refreshes after each NYSE close (chrome.alarms) and checks alerts. Chrome may
 * stop the worker at any time; listeners are registered synchronously at top level so a message or
 * an alarm wakes it, and all state is rebuilt lazily.
 */
import { afterClose } from './after-close.ts';
import { listenForBadgePage } from './any-page.ts';
import { chromeLiveDeps, refreshLiveReadings } from './live-valuation.ts';
import { ALERTS_ALARM, chromeAlertStore, chromeCanNotify, chromeNotify, nextAlertTime } from './alerts.ts';
import { HANDLERS } from './handlers/index.ts';
import { createPlatform } from './platform.ts';
import { createRouter } from './router.ts';

// Content scripts read the page kit (src/contracts/page-kit.ts) from the session area directly. Where the
// browser has no setAccessLevel (Firefox), pages simply find nothing kept and wait for the worker.
void chrome.storage.session?.setAccessLevel?.({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' })?.catch(() => undefined);
const platform = createPlatform();
const route = createRouter(HANDLERS, platform.ctx);

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  void route(message, { tabId: sender.tab?.id, frameId: sender.frameId }).then(reply);
  return true; // the reply is asynchronous
});

const schedule = (when: number) => void chrome.alarms.create(ALERTS_ALARM, { when });

async function ensureScheduled(): Promise<void> {
  const existing = await chrome.alarms.get(ALERTS_ALARM);
  if (!existing) schedule(nextAlertTime(new Date()));
}

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name !== ALERTS_ALARM) return;
  void afterClose(platform.ctx, {
    store: chromeAlertStore,
    notify: chromeNotify,
    canNotify: chromeCanNotify,
    schedule,
    nextRun: nextAlertTime,
    now: () => new Date(),
    refreshValuation: async () => refreshLiveReadings(await platform.ctx.settings(), chromeLiveDeps()),
  }).catch((e: unknown) => console.warn('[rotation-lens] after-close job failed:', e instanceof Error ? e.message : String(e)));
});

chrome.runtime.onInstalled.addListener(() => void ensureScheduled());
chrome.runtime.onStartup.addListener(() => void ensureScheduled());

// "Badge tickers on this page" from the shortcut and the context menu (any-page.ts).
listenForBadgePage(chrome, platform.ctx.injectScript);
