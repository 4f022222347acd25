import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SITE_ACCESS_ORIGINS, missingSiteAccess } from '../permissions/site-access.ts';
import { byTestId, click, mount, waitFor } from '../test/dom.ts';
import { SiteAccessNotice, describeMissing } from './SiteAccessNotice.tsx';

/** chrome.permissions for origins as Firefox behaves: the user may withhold any of them; a request grants all it names. */
function fakeOriginPermissions(granted: string[]) {
  const held = new Set(granted);
  const listeners = new Set<(p: { origins?: string[] }) => void>();
  const state = { answer: true, requests: [] as string[][] };
  const event = { addListener: (l: never) => listeners.add(l), removeListener: (l: never) => listeners.delete(l) };
  const permissions = {
    contains: async (p: { origins?: string[] }) => (p.origins ?? []).every((o) => held.has(o)),
    request: (p: { origins?: string[] }) => {
      state.requests.push([...(p.origins ?? [])]);
      if (!state.answer) return Promise.resolve(false);
      for (const o of p.origins ?? []) held.add(o);
      for (const l of listeners) l({ origins: p.origins ?? [] });
      return Promise.resolve(true);
    },
    onAdded: event,
    onRemoved: event,
  };
  return { permissions, state, held };
}

const SITES = SITE_ACCESS_ORIGINS.filter((o) => !o.includes('query') && !o.includes('api.') && !o.includes('stooq') && !o.includes('alphavantage'));
let cleanup: (() => void) | undefined;
let saved: unknown;
beforeEach(() => {
  saved = (globalThis as { chrome?: unknown }).chrome;
});
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
  (globalThis as { chrome?: unknown }).chrome = saved;
});
const install = (granted: string[]) => {
  const fake = fakeOriginPermissions(granted);
  (globalThis as { chrome?: unknown }).chrome = { permissions: fake.permissions };
  return fake;
};

describe('site access', () => {
  it('finds the withheld origins, split into sites and price servers', async () => {
    install(SITE_ACCESS_ORIGINS.filter((o) => o !== 'https://www.cnbc.com/*' && o !== 'https://query1.finance.yahoo.com/*'));
    expect(await missingSiteAccess()).toEqual({ sites: ['https://www.cnbc.com/*'], dataHosts: ['https://query1.finance.yahoo.com/*'] });
  });

  it('names what stops working in the user\'s words', () => {
    expect(describeMissing({ sites: ['https://finance.yahoo.com/*', 'https://www.cnbc.com/*', 'https://finviz.com/*'], dataHosts: [] })).toBe('badges on finance.yahoo.com and 2 more sites');
    expect(describeMissing({ sites: [], dataHosts: ['https://query1.finance.yahoo.com/*'] })).toBe('prices from query1.finance.yahoo.com');
  });

  it('renders nothing when every origin is granted', async () => {
    install([...SITE_ACCESS_ORIGINS]);
    const m = mount(<SiteAccessNotice />);
    cleanup = m.unmount;
    await new Promise((r) => setTimeout(r, 20));
    expect(byTestId(m.root, 'site-access')).toBeNull();
  });

  it('explains the missing access and asks for all of it with one click; the notice goes once granted', async () => {
    const fake = install(SITES.slice(1));
    const m = mount(<SiteAccessNotice />);
    cleanup = m.unmount;
    const notice = await waitFor(() => byTestId(m.root, 'site-access'));
    expect(notice.textContent).toContain(`badges on ${SITES[0]!.replace(/^https:\/\//, '').replace(/\/.*$/, '')}`);
    expect(notice.textContent).toMatch(/prices from query1\.finance\.yahoo\.com/);
    click(byTestId(m.root, 'site-access-grant'));
    expect(fake.state.requests).toEqual([[...SITE_ACCESS_ORIGINS]]);
    await waitFor(() => byTestId(m.root, 'site-access') === null);
  });

  it('says so when the browser refuses, and keeps the button', async () => {
    const fake = install([]);
    fake.state.answer = false;
    const m = mount(<SiteAccessNotice />);
    cleanup = m.unmount;
    await waitFor(() => byTestId(m.root, 'site-access'));
    click(byTestId(m.root, 'site-access-grant'));
    await waitFor(() => byTestId(m.root, 'site-access-refused'));
    expect(byTestId(m.root, 'site-access-grant')).not.toBeNull();
  });
});
