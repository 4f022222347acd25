/**
 * What the content script and its on-demand modules promise each other (registry.ts carries the
 * values). Types only, so both sides — and the session that uses them — depend on this file, never
 * on each other.
 */
import type { canonicalSymbol, isTickerShape } from '@rotation-lens/market-data';
import type { BadgeHandle } from '../badges/render.ts';
import type { CardInput } from '../card/card.ts';
import type { ScanOptions, TickerHit } from '../scan/types.ts';
import type { linkUrl, pathSymbol } from '../sites/lib/url.ts';

/** What the session needs of a card (the module's controller has more). */
export interface CardController {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
  detach(): void;
}

/** The hover card: its controller for one badge (the content script keeps only the first trigger: lazy-card.ts). */
export interface CardModule {
  attach(handle: BadgeHandle, input: () => CardInput | null): CardController;
}

/** The scanner (src/content/scan), injected so tests can drive hits directly. */
export interface ScanApi {
  scanForTickers(root: ParentNode, opts: ScanOptions): TickerHit[];
  watchForTickers(root: Node, opts: ScanOptions, onHits: (hits: TickerHit[]) => void): () => void;
  /** Remembers text split off by badge insertion as already scanned. */
  markScanned?(node: Node): void;
}

/** The symbol code the content script shares with its modules instead of each carrying a copy (kernel.ts). */
export interface Kernel {
  canonicalSymbol: typeof canonicalSymbol;
  isTickerShape: typeof isTickerShape;
  linkUrl: typeof linkUrl;
  pathSymbol: typeof pathSymbol;
}

export interface ContentModules {
  card: CardModule;
  scan: ScanApi;
  /** Registered by the content script itself, for the modules (kernel.ts). */
  kernel: Kernel;
}
