/**
 * Opens and closes a badge's hover card. Opens on pointer hover AND on keyboard focus; Enter/Space
 * toggle, Escape closes; `aria-expanded` mirrors the state. The card lives in the badge's own
 * shadow root, positioned (fixed) within the viewport. One card is open per page at a time.
 * The card builder is a module loaded on first use (content/card.js): until it is there, the card's
 * frame shows at once with "Loading…" (role=status) and is replaced in place when the module lands.
 */
import type { BadgeHandle } from '../badges/render.ts';
import type { CardModule } from '../modules/registry.ts';
import type { ModuleSource } from '../modules/source.ts';
import type { CardInput } from './card.ts';

/** Delay before a hover-opened card closes, so the pointer can travel into the card. */
export const CLOSE_DELAY_MS = 150;
const MARGIN = 8;

let closeCurrent: (() => void) | null = null;

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

export interface CardController {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
  detach(): void;
}

/** `input()` is read at open time, so a card always shows the latest data; null → nothing to show. */
export function attachCard(handle: BadgeHandle, input: () => CardInput | null, cards: ModuleSource<CardModule>): CardController {
  const { host, button, root } = handle;
  const doc = host.ownerDocument;
  const win = doc.defaultView;
  let card: HTMLElement | null = null;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-haspopup', 'dialog');

  /** The real card (styles added to this shadow root once), or null when there is no data now. */
  const build = (mod: CardModule): HTMLElement | null => {
    const data = input();
    if (!data) return null;
    if (!root.querySelector('style.c')) {
      const style = doc.createElement('style');
      style.className = 'c';
      style.textContent = mod.css;
      root.append(style);
    }
    return mod.buildCard(doc, data);
  };
  const show = (el: HTMLElement) => {
    if (card) card.replaceWith(el);
    else root.append(el);
    card = el;
    placeCard(el, host.getBoundingClientRect(), { width: win?.innerWidth ?? 1024, height: win?.innerHeight ?? 768 });
  };
  /** The card's frame while the module loads; replaced in place (or told it failed). */
  const shell = (): HTMLElement => {
    const el = doc.createElement('div');
    el.className = 'card';
    el.setAttribute('role', 'status');
    el.textContent = 'Loading…';
    void cards.load().then((mod) => {
      if (card !== el) return; // closed (or reopened) meanwhile
      const real = mod && build(mod);
      if (real) show(real);
      else el.textContent = 'Details unavailable: reload the page';
    });
    return el;
  };

  const ctl: CardController = {
    open() {
      clearTimeout(closeTimer);
      if (card || !input()) return;
      if (closeCurrent && closeCurrent !== ctl.close) closeCurrent();
      const mod = cards.now();
      show((mod && build(mod)) || shell());
      button.setAttribute('aria-expanded', 'true');
      closeCurrent = ctl.close;
    },
    close() {
      clearTimeout(closeTimer);
      if (!card) return;
      card.remove();
      card = null;
      button.setAttribute('aria-expanded', 'false');
      if (closeCurrent === ctl.close) closeCurrent = null;
    },
    get isOpen() {
      return card !== null;
    },
    detach() {
      ctl.close();
      for (const [type, fn] of listeners) host.removeEventListener(type, fn as EventListener);
    },
  };

  const toggle = () => (card ? ctl.close() : ctl.open());
  const listeners: [string, (e: Event) => void][] = [
    ['mouseenter', () => ctl.open()],
    ['mouseleave', () => {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => {
        if (!root.activeElement) ctl.close();
      }, CLOSE_DELAY_MS);
    }],
    ['focusin', (e) => {
      if ((e as FocusEvent).composedPath()[0] === button) ctl.open();
    }],
    ['focusout', (e) => {
      const next = (e as FocusEvent).relatedTarget as Node | null;
      if (!next || (next !== host && !host.contains(next) && !root.contains(next))) ctl.close();
    }],
    ['keydown', (e) => {
      const k = (e as KeyboardEvent).key;
      if (k === 'Escape') {
        ctl.close();
        button.focus();
      } else if ((k === 'Enter' || k === ' ') && (e as KeyboardEvent).composedPath()[0] === button) {
        e.preventDefault();
        toggle();
      }
    }],
    ['click', (e) => {
      if (e.composedPath()[0] === button || button.contains(e.composedPath()[0] as Node)) toggle();
    }],
  ];
  for (const [type, fn] of listeners) host.addEventListener(type, fn as EventListener);
  return ctl;
}
