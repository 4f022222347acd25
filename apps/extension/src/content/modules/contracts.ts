/**
 * What the content script and its on-demand module promise each other (registry.ts carries the
 * values). Types only, so both sides — and the session that uses them — depend on this file, never
 * on each other.
 */
import type { BadgeHandle } from '../badges/render.ts';
import type { CardInput } from '../card/card.ts';

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

export interface ContentModules {
  card: CardModule;
  /** Registered by the content script itself as it starts: a script of ours runs in this frame (anypage/entry.ts). */
  runtime: true;
}
