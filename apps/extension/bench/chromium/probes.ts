/**
 * Main-world probes injected before any page script (page.addInitScript), as plain strings so no
 * bundler helper leaks into the page. They record performance.now() (ms since navigation start) at
 * the moments the benchmarks time; the DOM is shared with the content script's isolated world and the
 * badge hosts have open shadow roots, so the main world sees what the user sees.
 */

export interface BadgeProbe {
  /** domContentLoadedEventStart of the navigation (ms since navigation start). */
  dcl: number | null;
  /** First badge host in the DOM (loading state). */
  firstHostMs: number | null;
  /** First badge host whose shadow root shows a settled badge with numbers. */
  firstNumbersMs: number | null;
}

/**
 * Badge probe: a MutationObserver on the document (badge hosts arriving) and on each host's open shadow
 * root (its text changing), plus a 2 ms poll as a safety net. "With numbers" = a badge element whose
 * data-state is neither loading nor error and whose text contains a digit. Result: window.__rlBadgeProbe.
 */
export const BADGE_PROBE_JS = `(() => {
  if (window.top !== window || window.__rlBadgeProbe) return;
  const probe = { dcl: null, firstHostMs: null, firstNumbersMs: null };
  window.__rlBadgeProbe = probe;
  const observed = new WeakSet();
  const withNumbers = (host) => {
    const el = host.shadowRoot && host.shadowRoot.querySelector('[data-state]');
    if (!el) return false;
    const state = el.getAttribute('data-state');
    return state !== 'loading' && state !== 'error' && /\\d/.test(el.textContent || '');
  };
  let timer = 0;
  const check = () => {
    const hosts = document.querySelectorAll('[data-rotation-lens][data-kind]');
    if (hosts.length === 0) return;
    const now = performance.now();
    if (probe.firstHostMs === null) probe.firstHostMs = now;
    for (const h of hosts) {
      if (h.shadowRoot && !observed.has(h)) { observed.add(h); mo.observe(h.shadowRoot, { subtree: true, childList: true, characterData: true, attributes: true }); }
      if (withNumbers(h)) { probe.firstNumbersMs = now; mo.disconnect(); clearInterval(timer); return; }
    }
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true });
  timer = setInterval(check, 2);
  document.addEventListener('DOMContentLoaded', () => {
    const nav = performance.getEntriesByType('navigation')[0];
    probe.dcl = nav ? nav.domContentLoadedEventStart : performance.now();
  });
})()`;

export interface PopupProbe {
  /** #app has its first child (the script ran and rendered anything, e.g. the loading state). */
  shellMs: number | null;
  /** #app[data-first-render-ms] set: the popup's first dashboard is on screen (ms since navigation start). */
  firstRenderMs: number | null;
  /** The verdict element ([data-testid="verdict"]) first in the DOM (ms since navigation start). */
  verdictMs: number | null;
  /** #app[data-live-render-ms] set: the worker's live dashboard arrived (the first render may be the kept one). */
  liveMs: number | null;
}

/**
 * Popup probe: when #app first has content, when it gets data-first-render-ms (first dashboard) and
 * data-live-render-ms (the worker's answer), and when the regime verdict first appears, all observed from outside the popup's code (so the figures do not depend on
 * what the popup reports).
 * Result: window.__rlPopupProbe.
 */
export const POPUP_PROBE_JS = `(() => {
  if (window.__rlPopupProbe) return;
  const probe = { shellMs: null, firstRenderMs: null, verdictMs: null, liveMs: null };
  window.__rlPopupProbe = probe;
  const check = () => {
    const now = performance.now();
    if (probe.shellMs === null && document.querySelector('#app > *')) probe.shellMs = now;
    if (probe.firstRenderMs === null && document.querySelector('#app[data-first-render-ms]')) probe.firstRenderMs = now;
    if (probe.verdictMs === null && document.querySelector('[data-testid="verdict"]')) probe.verdictMs = now;
    if (probe.liveMs === null && document.querySelector('#app[data-live-render-ms]')) probe.liveMs = now;
    if (probe.firstRenderMs !== null && probe.verdictMs !== null && probe.liveMs !== null) mo.disconnect();
  };
  const mo = new MutationObserver(check);
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-first-render-ms', 'data-live-render-ms'] });
})()`;

/**
 * Blank-shell probe (the popup's floor): the popup's first render is marked from an effect that runs
 * after the browser painted (Preact's useEffect: a frame, then a task); on the blank shell the same
 * moment is DOMContentLoaded → the next frame → a task. Result: window.__rlBlankProbe (ms since
 * navigation start).
 */
export const BLANK_PROBE_JS = `(() => {
  document.addEventListener('DOMContentLoaded', () => {
    requestAnimationFrame(() => setTimeout(() => { window.__rlBlankProbe = performance.now(); }, 0));
  });
})()`;
