/**
 * What a badge shows, independent of the DOM: the worker builds the models of a page's badges
 * (src/present/badges/) and sends them with get-badges, so pages carry no formatting code; the
 * content script only draws them (content/badges/render.ts). Every state carries text (not only colour): loading
 * "…", stale/offline/simulated notes, "unknown symbol", "error".
 */
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

/** One badge in both densities (the page switches density without asking again). */
export interface BadgeTexts {
  full: BadgeModel;
  compact: BadgeModel;
}

/** A ticker's badges (the rotation badge is the market context's). */
export type TickerBadgeKind = Exclude<BadgeKind, 'rotation'>;
export type TickerTexts = Record<TickerBadgeKind, BadgeTexts>;

/** The texts of one get-badges reply: per ticker (same keys as `tickers`) and the market context. */
export interface BadgesTexts {
  tickers: Record<string, TickerTexts>;
  rotation: BadgeTexts;
}

/** How much a badge says: 'full' (sentence-like) or 'compact'. */
export type Density = keyof BadgeTexts;
