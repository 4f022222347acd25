/**
 * chrome.permissions for the chrome fake (chrome-fake.ts), modelled as Chrome does: only the manifest's
 * optional permissions and optional host origins may be requested, a held one is granted without a
 * prompt, the prompt's answer is `permissions.answer` (a boolean, or a promise to hold the prompt open),
 * and onAdded/onRemoved fire with the permissions and origins that changed.
 */
import { YAHOO_COOKIE_ORIGIN } from '../contracts/hosts.ts';

type Asked = { permissions?: string[]; origins?: string[] };
type PermissionsListener = (p: { permissions: string[]; origins: string[] }) => void;

export interface FakePermissions {
  /** Permissions and origins held now (optional ones granted so far). */
  readonly granted: Set<string>;
  /** What the user answers to the next prompts (a promise keeps the prompt open until it settles). */
  answer: boolean | Promise<boolean>;
  /** Every chrome.permissions.request call's permissions, in order (prompted or not). */
  readonly requests: string[][];
  /** Number of prompts shown (requests for permissions not yet held). */
  prompts: number;
}

/** The manifest's optional_permissions and the optional host origin the tests ask for (manifest.config.ts). */
const OPTIONAL = ['notifications', YAHOO_COOKIE_ORIGIN];
const isOrigin = (x: string) => x.includes('://');
const wantedOf = (p: Asked) => [...(p.permissions ?? []), ...(p.origins ?? [])];

export function createPermissions(granted: string[]) {
  const state: FakePermissions = { granted: new Set(granted), answer: true, requests: [], prompts: 0 };
  const added = new Set<PermissionsListener>();
  const removed = new Set<PermissionsListener>();
  const event = (set: Set<PermissionsListener>) => ({
    addListener: (l: PermissionsListener) => set.add(l),
    removeListener: (l: PermissionsListener) => set.delete(l),
    hasListener: (l: PermissionsListener) => set.has(l),
  });
  const fire = (set: Set<PermissionsListener>, changed: string[]) => {
    const p = { permissions: changed.filter((x) => !isOrigin(x)), origins: changed.filter(isOrigin) };
    for (const l of [...set]) l(p);
  };
  const api = {
    async contains(p: Asked) {
      return wantedOf(p).every((x) => state.granted.has(x));
    },
    async getAll() {
      return { permissions: [...state.granted].filter((x) => !isOrigin(x)), origins: [...state.granted].filter(isOrigin) };
    },
    // Not async: the request is recorded synchronously, as the gesture check in Chrome is.
    request(p: Asked): Promise<boolean> {
      const wanted = wantedOf(p);
      state.requests.push([...wanted]);
      const missing = wanted.filter((x) => !state.granted.has(x));
      if (missing.some((x) => !OPTIONAL.includes(x))) {
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
    async remove(p: Asked) {
      const held = wantedOf(p).filter((x) => state.granted.has(x));
      for (const x of held) state.granted.delete(x);
      if (held.length) fire(removed, held);
      return held.length > 0;
    },
    onAdded: event(added),
    onRemoved: event(removed),
  };
  return { state, api };
}
