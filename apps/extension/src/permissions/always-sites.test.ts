import { describe, expect, it } from 'vitest';
import { type AlwaysSitesApi, addAlwaysSite, alwaysSites, removeAlwaysSite, siteOrigin } from './always-sites.ts';

type Script = chrome.scripting.RegisteredContentScript;

/** chrome.permissions + chrome.scripting as Chrome keeps them: granted origins, registered scripts by id. */
function fakeApi(answer = true) {
  const granted = new Set<string>();
  const scripts = new Map<string, Script>();
  const requests: string[][] = [];
  const api = {
    permissions: {
      request: async ({ origins = [] }: chrome.permissions.Permissions) => {
        requests.push(origins);
        if (answer) for (const o of origins) granted.add(o);
        return answer;
      },
      remove: async ({ origins = [] }: chrome.permissions.Permissions) => {
        for (const o of origins) granted.delete(o);
        return true;
      },
    },
    scripting: {
      registerContentScripts: async (list: Script[]) => {
        for (const s of list) {
          if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
          scripts.set(s.id, s);
        }
      },
      unregisterContentScripts: async (filter?: { ids?: string[] }) => {
        for (const id of filter?.ids ?? [...scripts.keys()]) scripts.delete(id);
      },
      getRegisteredContentScripts: async () => [...scripts.values()],
    },
  } as unknown as AlwaysSitesApi;
  return { api, granted, scripts, requests };
}

const REUTERS = 'https://www.reuters.com';

describe('always on this site', () => {
  it('adding asks for that one origin, then registers the generic script there, persisted', async () => {
    const { api, granted, scripts, requests } = fakeApi();
    expect(await addAlwaysSite(api, REUTERS)).toBe(true);
    expect(requests).toEqual([[`${REUTERS}/*`]]);
    expect([...granted]).toEqual([`${REUTERS}/*`]);
    expect([...scripts.values()]).toEqual([
      { id: `any-page:${REUTERS}`, matches: [`${REUTERS}/*`], js: ['content/page.js'], runAt: 'document_idle', persistAcrossSessions: true },
    ]);
    expect(await alwaysSites(api)).toEqual([REUTERS]);
    // Twice: still one script.
    expect(await addAlwaysSite(api, REUTERS)).toBe(true);
    expect(scripts.size).toBe(1);
  });

  it('a refused permission registers nothing', async () => {
    const { api, scripts } = fakeApi(false);
    expect(await addAlwaysSite(api, REUTERS)).toBe(false);
    expect(scripts.size).toBe(0);
    expect(await alwaysSites(api)).toEqual([]);
  });

  it('removing leaves no script behind and gives the permission back; other sites and scripts stay', async () => {
    const { api, granted, scripts } = fakeApi();
    await addAlwaysSite(api, REUTERS);
    await addAlwaysSite(api, 'https://www.ft.com');
    await api.scripting.registerContentScripts([{ id: 'other', matches: ['https://x.test/*'], js: ['x.js'] }]);
    await removeAlwaysSite(api, REUTERS);
    expect([...scripts.keys()]).toEqual(['any-page:https://www.ft.com', 'other']);
    expect([...granted]).toEqual(['https://www.ft.com/*']);
    expect(await alwaysSites(api)).toEqual(['https://www.ft.com']);
  });

  it('only an https page has a site to add', () => {
    expect(siteOrigin('https://www.reuters.com/markets/us/x/?a=1#b')).toBe(REUTERS);
    for (const url of ['http://example.com/', 'chrome://extensions/', 'file:///tmp/a.html', 'not a url', undefined]) expect(siteOrigin(url), String(url)).toBeNull();
  });
});
