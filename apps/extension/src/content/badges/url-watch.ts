/**
 * Detects in-app (SPA) navigation from the content script's isolated world, where the page's
 * history.pushState/replaceState calls cannot be intercepted. Signals: the Navigation API's
 * `navigatesuccess` when the browser has it, `popstate`, and a MutationObserver on the document
 * (title and body changes) that compares `location.href` cheaply, debounced. Calls `onChange(url)`
 * once per distinct URL.
 */
export const URL_CHECK_DEBOUNCE_MS = 50;

interface NavigationLike {
  addEventListener(type: string, fn: () => void): void;
  removeEventListener(type: string, fn: () => void): void;
}

export function watchUrl(win: Window, onChange: (url: URL) => void): () => void {
  let last = win.location.href;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    const now = win.location.href;
    if (now === last) return;
    last = now;
    onChange(new URL(now));
  };
  const soon = () => {
    if (timer === undefined) timer = setTimeout(check, URL_CHECK_DEBOUNCE_MS);
  };
  const nav = (win as Window & { navigation?: NavigationLike }).navigation;
  nav?.addEventListener('navigatesuccess', soon);
  win.addEventListener('popstate', soon);
  const observer = new MutationObserver(soon);
  observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
  return () => {
    clearTimeout(timer);
    nav?.removeEventListener('navigatesuccess', soon);
    win.removeEventListener('popstate', soon);
    observer.disconnect();
  };
}
