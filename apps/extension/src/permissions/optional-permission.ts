/**
 * One optional permission (manifest optional_permissions / optional_host_permissions), as the pages and
 * the worker use it: whether it is held, asking for it, giving it back, hearing when it changes.
 *
 * Invariants: nothing throws — a missing chrome.permissions API, a refusal and an error all read as "not
 * held"; `request` must be called synchronously from a user-gesture handler (browsers reject requests
 * made without one), so it records the request before any await.
 */
export interface OptionalPermission {
  /** Whether it is held now (false when the browser cannot tell). */
  has(): Promise<boolean>;
  /** Asks for it (the prompt shows unless it is held). Resolves true when granted. */
  request(): Promise<boolean>;
  /** Gives it back. Resolves true when it was removed. */
  drop(): Promise<boolean>;
  /** Calls `listener` whenever it is granted or removed (here, another page, the browser's settings). */
  onChanged(listener: (granted: boolean) => void): () => void;
}

const api = (): typeof chrome.permissions | undefined => (globalThis as { chrome?: typeof chrome }).chrome?.permissions;

export function optionalPermission(wanted: chrome.permissions.Permissions): OptionalPermission {
  const names = [...(wanted.permissions ?? []), ...(wanted.origins ?? [])];
  const concerns = (p: chrome.permissions.Permissions) => [...(p.permissions ?? []), ...(p.origins ?? [])].some((x) => names.includes(x));
  return {
    async has() {
      try {
        return (await api()?.contains(wanted)) === true;
      } catch {
        return false;
      }
    },
    request() {
      const permissions = api();
      if (!permissions) return Promise.resolve(false);
      try {
        return permissions.request(wanted).then(
          (granted) => granted === true,
          () => false,
        );
      } catch {
        return Promise.resolve(false);
      }
    },
    async drop() {
      try {
        return (await api()?.remove(wanted)) === true;
      } catch {
        return false;
      }
    },
    onChanged(listener) {
      const permissions = api();
      if (!permissions?.onAdded || !permissions.onRemoved) return () => undefined;
      const added = (p: chrome.permissions.Permissions) => concerns(p) && listener(true);
      const removed = (p: chrome.permissions.Permissions) => concerns(p) && listener(false);
      permissions.onAdded.addListener(added);
      permissions.onRemoved.addListener(removed);
      return () => {
        permissions.onAdded.removeListener(added);
        permissions.onRemoved.removeListener(removed);
      };
    },
  };
}
