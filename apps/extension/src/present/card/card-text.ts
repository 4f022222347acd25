/**
 * The hover card's sentences, pure (no DOM): what the card says about leadership, its data stamp and its
 * valuation — a small-cap proxy's dated index reading, a stale reading (a ticker's comparison rows are
 * label/value pairs the card builds beside its numbers). The card draws them (content/card/); tests and other views can word the
 * same facts the same way.
 */
import type { RotationReport } from '@rotation-lens/core';
import { discountWord, formatPe } from '@rotation-lens/present';
import type { DataStamp, DiscountView } from '../../contracts/messages.ts';
import { PROVIDER_LABELS } from '../../contracts/provider-labels.ts';

/** "2026-01-01" → "2026-01" (the shipped readings are month-level); other shapes as they are. */
export const readingMonth = (date: string | null): string => (date ? (/^\d{4}-\d{2}/.exec(date)?.[0] ?? date) : 'undated');

/** The regime of a ticker vs the benchmark in plain words: "JPM leads SPY", "SPY leads AAPL", "no clear leader". */
export function leadershipText(r: RotationReport): string {
  if (r.regime.label === 'small-cap leadership') return `${r.small} leads ${r.large}`;
  if (r.regime.label === 'large-cap leadership') return `${r.large} leads ${r.small}`;
  return 'no clear leader';
}

/** "Prices: Yahoo Finance · as of 2026-01-16 · stale · SIMULATED". */
export function stampText(stamp: DataStamp): string {
  const flags = [stamp.stale && 'stale', stamp.offline && 'offline', stamp.simulated && 'SIMULATED'].filter(Boolean);
  return `Prices: ${PROVIDER_LABELS[stamp.provider] ?? stamp.provider} · as of ${stamp.asOf}${flags.length ? ` · ${flags.join(' · ')}` : ''}`;
}

/** A small-cap proxy's reading: "S&P 600 vs S&P 500 forward P/E (reading of 2026-01): 15.6 vs 22.6 — 31% discount". */
export function readingSentence(d: DiscountView): string {
  const what = `${d.smallIndex ?? 'Small caps'} vs ${d.largeIndex ?? 'S&P 500'} ${d.basis} P/E (reading of ${readingMonth(d.date)})`;
  return `${what}: ${formatPe(d.pe)} vs ${formatPe(d.peLarge)} — ${discountWord(d.discount)}`;
}

/** "Stale: as of 2026-01 (more than 45 days old)" for an old reading, else null. */
export const staleText = (d: DiscountView): string | null => (d.stale ? `Stale: as of ${readingMonth(d.date)} (more than 45 days old)` : null);
