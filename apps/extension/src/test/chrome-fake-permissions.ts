/**
 * chrome.permissions for the chrome fake (chrome-fake.ts), modelled as Chrome does: only the manifest's
 * optional permissions may be requested, a held one is granted without a prompt, the prompt's answer is
 * `permissions.answer` (a boolean, or a promise to hold the prompt open), and onAdded/onRemoved fire.
 */
type PermissionsListener = (p: { permissions?: string[] }) => void;

export interface FakePermissions {
  /** Permissions held now (optional ones granted so far). */
  readonly granted: Set<string>;
  /** What the user answers to the next prompts (a promise keeps the prompt open until it settles). */
  answer: boolean | Promise<boolean>;
  /** Every chrome.permissions.request call's permissions, in order (prompted or not). */
  readonly requests: string[][];
  /** Number of prompts shown (requests for permissions not yet held). */
  prompts: number;
}

/** The manifest's optional_permissions (manifest.config.ts). */
const OPTIONAL_PERMISSIONS = ['notifications'];

export function createPermissions(granted: string[]) {
  const state: FakePermissions = { granted: new Set(granted), answer: true, requests: [], prompts: 0 };
  const added = new Set<PermissionsListener>();
  const removed = new Set<PermissionsListener>();
  const event = (set: Set<PermissionsListener>) => ({
    addListener: (l: PermissionsListener) => set.add(l),
    removeListener: (l: PermissionsListener) => set.delete(l),
    hasListener: (l: PermissionsListener) => set.has(l),
  });
  const fire = (set: Set<PermissionsListener>, permissions: string[]) => {
    for (const l of [...set]) l({ permissions: [...permissions] });
  };
  const api = {
    async contains(p: { permissions?: string[] }) {
      return (p.permissions ?? []).every((x) => state.granted.has(x));
    },
    async getAll() {
      return { permissions: [...state.granted], origins: [] };
    },
    // Not async: the request is recorded synchronously, as the gesture check in Chrome is.
    request(p: { permissions?: string[] }): Promise<boolean> {
      const wanted = p.permissions ?? [];
      state.requests.push([...wanted]);
      const missing = wanted.filter((x) => !state.granted.has(x));
      if (missing.some((x) => !OPTIONAL_PERMISSIONS.includes(x))) {
        return Promise.reject(new Error('Only permissions specified in the manifest may be requested.'));
      }
      if (missing.length === 0) return Promise.resolve(true);
      state.prompts++;
      return Promise.resolve(state.answer).then((yes) => {
        if (!yes) return false;
        for (const x of missing) state.granted.add(x);
        fire(added, missing);
        return true;
      });
    },
    async remove(p: { permissions?: string[] }) {
      const held = (p.permissions ?? []).filter((x) => state.granted.has(x));
      for (const x of held) state.granted.delete(x);
      if (held.length) fire(removed, held);
      return held.length > 0;
    },
    onAdded: event(added),
    onRemoved: event(removed),
  };
  return { state, api };
}
