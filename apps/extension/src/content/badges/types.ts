/**
 * What a badge shows, independent of the DOM: built from a view by one model function per badge
 * (rs.ts, discount.ts, streak.ts, rotation.ts) and drawn by render.ts. Every state carries text
 * (not only colour): loading "…", stale/offline/simulated notes, "unknown symbol", "error".
 */
import type { Settings } from '../../shared/settings.ts';

export type BadgeKind = 'rs' | 'discount' | 'streak' | 'rotation';
export type BadgeState = 'loading' | 'ok' | 'stale' | 'offline' | 'unknown' | 'error';
/** up/down: direction (blue/orange, colour-blind safe); flat: neither; quiet: n/a; bad: error. */
export type Tone = 'up' | 'down' | 'flat' | 'quiet' | 'bad';

export interface BadgeModel {
  kind: BadgeKind;
  state: BadgeState;
  tone: Tone;
  /** Main visible text. */
  text: string;
  /** Secondary visible text: "as of 2026-01-16 · stale", "SIMULATED", an error reason. */
  note?: string;
  /** Full sentence for screen readers (aria-label). */
  label: string;
  /** Emphasis, e.g. a streak at or beyond the user's threshold. */
  highlight?: boolean;
}

/** The settings a page needs (a subset of Settings; display switches and comparison choices). */
export type PageSettings = Pick<Settings, 'sites' | 'badges' | 'density' | 'comparison'> & { watchlist: string[] };

export type Density = Settings['density'];
