/**
 * The content script's side of a badge's hover card: waits for the first hover, focus, click or
 * Enter/Space on the badge, then hands over to the card module's controller (controller.ts, in
 * content/card.js) and opens it. When the module is not loaded yet, the card's frame appears at once
 * with "Loading…" (role=status, no data in it), the module is asked for, and on arrival the frame
 * gives way to the real card if the badge is still hovered or focused (else it just goes). If the
 * module cannot be had, the frame says so.
 */
import type { BadgeHandle } from '../badges/render.ts';
import type { CardController, CardModule } from '../modules/contracts.ts';
import type { ModuleSource } from '../modules/source.ts';
import type { CardInput } from './card.ts';

const TRIGGERS = ['mouseenter', 'focusin', 'click', 'keydown'] as const;

export function lazyCard(handle: BadgeHandle, input: () => CardInput | null, cards: ModuleSource<CardModule>): CardController {
  const { host, root, button } = handle;
  let real: CardController | null = null;
  let shell: HTMLElement | null = null;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-haspopup', 'dialog');

  const stopListening = () => {
    for (const t of TRIGGERS) host.removeEventListener(t, trigger);
  };
  /** Still wanted once the module arrives: pointer over the badge or focus on it. */
  const wanted = () => root.activeElement === button || host.matches(':hover');
  const handOver = (mod: CardModule, open: boolean) => {
    stopListening();
    shell?.remove();
    shell = null;
    real = mod.attach(handle, input);
    if (open) real.open();
  };
  const showShell = () => {
    const el = host.ownerDocument.createElement('div');
    el.className = 'card';
    el.setAttribute('role', 'status');
    el.textContent = 'Loading…';
    const r = host.getBoundingClientRect();
    el.style.top = `${r.bottom + 4}px`;
    el.style.left = `${Math.max(8, r.left)}px`;
    root.append(el);
    shell = el;
    void cards.load().then((mod) => {
      if (!shell) return; // detached meanwhile
      if (mod) handOver(mod, wanted());
      else shell.textContent = 'Details unavailable: reload the page';
    });
  };
  const open = () => {
    if (real || shell || !input()) return;
    const mod = cards.now();
    if (mod) handOver(mod, true);
    else showShell();
  };
  function trigger(e: Event): void {
    const onButton = e.composedPath()[0] === button;
    if (e.type === 'keydown') {
      const key = (e as KeyboardEvent).key;
      if (!onButton || (key !== 'Enter' && key !== ' ')) return;
      e.preventDefault();
    } else if (e.type !== 'mouseenter' && !onButton && !button.contains(e.composedPath()[0] as Node)) return;
    open();
  }
  for (const t of TRIGGERS) host.addEventListener(t, trigger);

  return {
    open,
    close: () => real?.close(),
    get isOpen() {
      return real?.isOpen ?? shell !== null;
    },
    detach() {
      stopListening();
      shell?.remove();
      shell = null;
      real?.detach();
    },
  };
}
