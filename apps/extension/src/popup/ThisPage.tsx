/**
 * The popup's "this page" row: "Badge tickers on this page" runs the generic content script
 * in the tab the popup was opened on (the worker injects it under activeTab: handlers/badge-tab.ts);
 * "Always on this site" asks for that one origin and registers the script there (permissions/always-sites.ts).
 * The request is the click handler's first await, so the browser sees the reader's gesture.
 */
import { useEffect, useState } from 'preact/hooks';
import { addAlwaysSite, alwaysSites, siteOrigin } from '../permissions/always-sites.ts';
import { send } from '../contracts/send.ts';

type Tab = { id?: number; url?: string };

/** The tab the popup belongs to (with activeTab, its URL is readable once the popup is open). */
async function currentTab(): Promise<Tab | null> {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

export function ThisPage() {
  const [tab, setTab] = useState<Tab | null>(null);
  const [always, setAlways] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const origin = siteOrigin(tab?.url);

  useEffect(() => {
    void currentTab().then(async (t) => {
      setTab(t);
      const o = siteOrigin(t?.url);
      if (o) setAlways((await alwaysSites(chrome)).includes(o));
    });
  }, []);

  const badge = async () => {
    if (tab?.id === undefined) return;
    const r = await send({ type: 'badge-tab', tabId: tab.id });
    setNote(r.ok ? 'Badging the tickers this page marks ($TICKER, “(NYSE: X)”, quote links).' : `Could not badge this page: ${r.error.message}`);
  };
  const addSite = async () => {
    if (!origin) return;
    try {
      const added = await addAlwaysSite(chrome, origin);
      setAlways(added);
      setNote(added ? `Badges on every page of ${new URL(origin).hostname} from its next load. Remove it in Options → Sites.` : 'Not added: the permission was not given.');
    } catch (e) {
      setNote(`Could not add this site: ${e instanceof Error ? e.message : String(e)}`);
    }
  };

  if (tab?.id === undefined) return null;
  return (
    <section class="this-page" aria-label="This page" data-testid="this-page">
      <div class="row">
        <button type="button" onClick={() => void badge()} data-testid="badge-page">
          Badge tickers on this page
        </button>
        {origin && !always && (
          <button type="button" onClick={() => void addSite()} data-testid="always-site">
            Always on this site
          </button>
        )}
        {origin && always && <span class="muted" data-testid="always-on">Always on for {new URL(origin).hostname}</span>}
      </div>
      {note && (
        <p class="muted" role="status" data-testid="this-page-note">
          {note}
        </p>
      )}
    </section>
  );
}
