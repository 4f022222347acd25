/**
 * Shown by the popup and the options page when the browser withholds site access (Firefox lets the user
 * decline or revoke host permissions): says what stops working and asks for all of it with one click.
 * Renders nothing while access is complete.
 */
import { useEffect, useState } from 'preact/hooks';
import { type MissingAccess, hostOf, missingSiteAccess, onSiteAccessChanged, requestSiteAccess } from '../permissions/site-access.ts';

const NONE: MissingAccess = { sites: [], dataHosts: [] };

/** The sentence naming what is blocked, e.g. "badges on finance.yahoo.com and 2 more sites". */
export function describeMissing(m: MissingAccess): string {
  const parts: string[] = [];
  if (m.sites.length > 0) {
    const more = m.sites.length - 1;
    parts.push(`badges on ${hostOf(m.sites[0]!)}${more > 0 ? ` and ${more} more site${more === 1 ? '' : 's'}` : ''}`);
  }
  if (m.dataHosts.length > 0) parts.push(`prices from ${m.dataHosts.map(hostOf).join(', ')}`);
  return parts.join(' and ');
}

export function SiteAccessNotice() {
  const [missing, setMissing] = useState<MissingAccess>(NONE);
  const [refused, setRefused] = useState(false);
  useEffect(() => {
    const check = () => void missingSiteAccess().then(setMissing);
    check();
    return onSiteAccessChanged(check);
  }, []);
  if (missing.sites.length === 0 && missing.dataHosts.length === 0) return null;
  const ask = () => {
    // The request must be made inside the click (user gesture): no await before it.
    void requestSiteAccess().then((granted) => {
      setRefused(!granted);
      return missingSiteAccess().then(setMissing);
    });
  };
  return (
    <div class="warning site-access" role="alert" data-testid="site-access">
      <p>
        Site access is off for {describeMissing(missing)}. Rotation Lens only reads the supported finance pages (to place its badges) and
        only asks the price servers for daily prices; nothing else leaves your browser.
      </p>
      <button type="button" onClick={ask} data-testid="site-access-grant">
        Allow site access
      </button>
      {refused && <p data-testid="site-access-refused">The browser did not grant access; you can also allow it in the add-on's permissions.</p>}
    </div>
  );
}
