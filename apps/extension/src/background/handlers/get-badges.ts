/**
 * get-badges: one message carries every symbol of a page. The benchmark is fetched once, symbols
 * are deduplicated and capped, each ticker resolves independently (unknown / error per symbol), and
 * the market context comes along unless the rotation badge is switched off or it cannot be built.
 * If the benchmark itself cannot be had, the whole batch fails (every badge shows the error).
 * The reply carries every badge's text in both densities (src/present/badges/texts.ts).
 * A complete, clean reply (no stale, offline or failed part) is kept in the reply store, keyed by the
 * request and the settings it was computed with, so the same page reloaded after Chrome stopped the
 * worker is answered without IndexedDB or core (reply-store.ts).
 */
import { PAGE_BADGE_CAP, type ResponseMap, type RotationContext, type TickerView } from '../../contracts/messages.ts';
import { badgesTexts } from '../../present/badges/texts.ts';
import type { Settings } from '../../settings/schema.ts';
import type { WorkerCtx } from '../deps.ts';
import { forPage } from '../report-notes.ts';
import { settingsHash } from '../settings-hash.ts';
import { normaliseSymbol } from '../symbol-check.ts';
import { contextView, tickerView } from '../views.ts';
import type { Handler, RequestOf } from './types.ts';


type BadgesReply = ResponseMap['get-badges'];

/** Nothing in the reply is stale, offline or failed: safe to serve again for a while. */
function clean(reply: BadgesReply, rotation: boolean): boolean {
  if (rotation && (!reply.context || reply.context.stamp.stale || reply.context.stamp.offline)) return false;
  return Object.values(reply.tickers).every((v) => v.status === 'unknown' || (v.status === 'ok' && !v.stamp.stale && !v.stamp.offline));
}

export const getBadges: Handler<'get-badges'> = async (req, ctx) => {
  const settings = await ctx.settings();
  const key = JSON.stringify(['badges', settingsHash(settings), settings.badges.rotation, req.symbols.slice(0, PAGE_BADGE_CAP * 2), req.pagePe ?? null]);
  // Offline now: compute (the stamps must say so), never answer from what was kept online.
  const kept = ctx.online() ? await ctx.replies?.get<BadgesReply>(key) : undefined;
  if (kept) return kept;
  const since = ctx.replies?.now() ?? 0;
  const reply = await computeBadges(req, ctx, settings);
  if (ctx.replies && clean(reply, settings.badges.rotation)) void ctx.replies.set(key, reply, since);
  return reply;
};

async function computeBadges(req: RequestOf<'get-badges'>, ctx: WorkerCtx, settings: Settings): Promise<BadgesReply> {
  const tickers: Record<string, TickerView> = {};
  const wanted: string[] = [];
  for (const raw of req.symbols.slice(0, PAGE_BADGE_CAP * 2)) {
    const symbol = normaliseSymbol(raw);
    if (!symbol) {
      tickers[raw] = { status: 'unknown', symbol: raw, message: `not a ticker symbol: ${raw}` };
    } else if (!wanted.includes(symbol) && wanted.length < PAGE_BADGE_CAP) {
      wanted.push(symbol);
    }
  }

  const bench = await ctx.bars(settings.comparison.benchmark);
  const reading = ctx.valuation.latest(settings);
  const contextP: Promise<RotationContext | null> = settings.badges.rotation
    ? contextView(ctx, settings, bench).then(
        (c) => ({ ...c, report: forPage(c.report).report }),
        () => null,
      )
    : Promise.resolve(null);
  const views = await Promise.all(wanted.map((s) => tickerView(ctx, settings, s, bench, reading, req.pagePe?.[s])));
  for (const view of views) tickers[view.symbol] = view;
  const context = await contextP;
  return { context, tickers, texts: badgesTexts({ context, tickers }, settings) };
}
