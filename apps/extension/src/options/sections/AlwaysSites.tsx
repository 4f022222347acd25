/**
 * Options → Sites: the sites the reader added with the popup's "Always on this site", each
 * with a Remove button that unregisters the generic script there and gives the permission back
 * (permissions/always-sites.ts). The registered scripts are the list: nothing to keep in sync.
 */
import { useEffect, useState } from 'preact/hooks';
import { BADGE_PAGE_KEY } from '../../contracts/generic-site.ts';
import { alwaysSites, removeAlwaysSite } from '../../permissions/always-sites.ts';

export function AlwaysSites() {
  const [sites, setSites] = useState<string[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = async () => {
    try {
      setSites(await alwaysSites(chrome));
    } catch (e) {
      setError(`Could not read the added sites: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  useEffect(() => void reload(), []);

  const remove = async (origin: string) => {
    try {
      await removeAlwaysSite(chrome, origin);
      setError(null);
    } catch (e) {
      setError(`Could not remove ${new URL(origin).hostname}: ${e instanceof Error ? e.message : String(e)}`);
    }
    await reload();
  };

  return (
    <fieldset data-testid="always-sites">
      <legend>Other sites you added</legend>
      {error && (
        <p class="warning" role="alert">
          {error}
        </p>
      )}
      {sites?.length ? (
        <ul class="plain">
          {sites.map((origin) => (
            <li key={origin}>
              {new URL(origin).hostname}{' '}
              <button type="button" onClick={() => void remove(origin)} data-testid={`remove-site-${new URL(origin).hostname}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">
          None. On any other news site, open Rotation Lens and choose “Badge tickers on this page” (or press {BADGE_PAGE_KEY}), or “Always on this site”.
        </p>
      )}
    </fieldset>
  );
}
