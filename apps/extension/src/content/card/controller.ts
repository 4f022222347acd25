/**
 * Opens and closes a badge's hover card. Opens on pointer hover AND on keyboard focus; Enter/Space
 * toggle, Escape closes; `aria-expanded` mirrors the state. The card lives in the badge's own
 * shadow root, positioned (fixed) within the viewport. One card is open per page at a time.
 * Part of the card module (content/card.js): the content script attaches it on a badge's first
 * hover or focus (lazy-card.ts).
 */
import type { BadgeHandle } from '../badges/render.ts';
import { buildCard, type CardInput } from './card.ts';
import type { CardController } from '../modules/contracts.ts';
import { maker } from './make.ts';
import { CARD_CSS } from './styles.ts';
import type { Refreshed } from './valuation.ts';

/** Delay before a hover-opened card closes, so the pointer can travel into the card. */
export const CLOSE_DELAY_MS = 150;
const MARGIN = 8;

let closeCurrent: (() => void) | null = null;

/** A badge's listeners, by event. */
type Listeners = { [K in 'mouseenter' | 'mouseleave' | 'focusin' | 'focusout' | 'keydown' | 'click']: (e: HTMLElementEventMap[K]) => void };

/** Places the card below the badge, or above when there is no room, clamped into the viewport. */
export function placeCard(card: HTMLElement, anchor: DOMRect, view: { width: number; height: number }): void {
  const w = card.offsetWidth || 300;
  const h = card.offsetHeight || 260;
  let top = anchor.bottom + 4;
  if (top + h > view.height - MARGIN && anchor.top - h - 4 >= MARGIN) top = anchor.top - h - 4;
  const left = Math.max(MARGIN, Math.min(anchor.left, view.width - w - MARGIN));
  card.style.top = `${Math.max(MARGIN, top)}px`;
  card.style.left = `${left}px`;
}

export type { CardController };

/** Builds the card into the badge's shadow root (the card's styles first, once per root) and places it by the badge. */
function showCard({ host, root }: BadgeHandle, data: CardInput, refreshed: Refreshed): HTMLElement {
  const doc = host.ownerDocument;
  const win = doc.defaultView;
  if (!root.querySelector('style.c')) root.append(maker(doc)('style', CARD_CSS, 'c'));
  const card = buildCard(doc, data, refreshed);
  root.append(card);
  placeCard(card, host.getBoundingClientRect(), { width: win?.innerWidth ?? 1024, height: win?.innerHeight ?? 768 });
  return card;
}

/** `input()` is read at open time, so a card always shows the latest data; null → nothing to show. */
export function attachCard(handle: BadgeHandle, input: () => CardInput | null): CardController {
  const { host, button, root } = handle;
  const doc = host.ownerDocument;
  let card: HTMLElement | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-haspopup', 'dialog');

  /**
   * A refresh answered: the card is rebuilt in place from the page's new data, with the answer (`notice`,
   * kept until the card closes) under the valuation. Focus moves to the card first, so removing the
   * pressed button does not close it.
   */
  const refreshed: Refreshed = {
    done(text) {
      refreshed.notice = text;
      const data = input();
      if (!card || !data) return;
      card.tabIndex = -1;
      card.focus();
      card.replaceChildren(...buildCard(doc, data, refreshed).childNodes);
    },
  };

  const ctl: CardController = {
    open() {
      clearTimeout(closeTimer);
      if (card) return;
      const data = input();
      if (!data) return;
      if (closeCurrent !== ctl.close) closeCurrent?.();
      card = showCard(handle, data, refreshed);
      button.setAttribute('aria-expanded', 'true');
      closeCurrent = ctl.close;
    },
    close() {
      clearTimeout(closeTimer);
      if (!card) return;
      card.remove();
      card = null;
      refreshed.notice = undefined;
      button.setAttribute('aria-expanded', 'false');
      if (closeCurrent === ctl.close) closeCurrent = null;
    },
    get isOpen() {
      return card !== null;
    },
    detach() {
      ctl.close();
      for (const type in listeners) host.removeEventListener(type, listeners[type as keyof Listeners] as EventListener);
    },
  };

  const toggle = () => (card ? ctl.close() : ctl.open());
  const listeners: Listeners = {
    mouseenter: () => ctl.open(),
    mouseleave: () => {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => {
        if (!root.activeElement) ctl.close();
      }, CLOSE_DELAY_MS);
    },
    focusin: (e) => {
      if (e.composedPath()[0] === button) ctl.open();
    },
    focusout: (e) => {
      const next = e.relatedTarget as Node | null;
      if (!next || (!host.contains(next) && !root.contains(next))) ctl.close();
    },
    keydown: (e) => {
      if (e.key === 'Escape') {
        ctl.close();
        button.focus();
      } else if ((e.key === 'Enter' || e.key === ' ') && e.composedPath()[0] === button) {
        e.preventDefault();
        toggle();
      }
    },
    click: (e) => {
      if (button.contains(e.composedPath()[0] as Node)) toggle();
    },
  };
  for (const type in listeners) host.addEventListener(type, listeners[type as keyof Listeners] as EventListener);
  return ctl;
}
