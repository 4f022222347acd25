/**
 * The adapter for a page on no supported site ("Badge tickers on this page", "Always on this site"): no quote pages and no article bodies, so
 * the scanner reads the page's content landmarks (scan/roots.ts) for the explicit marks only —
 * $CASHTAGs, "(NYSE: X)"-style mentions and links to the supported sites' quote pages (scan/links.ts
 * reads no generic link shapes for it) — under the same caps, skip zones and hidden-content rules as
 * on a supported site's article. It serves the one host it is run on (`genericAdapterFor`).
 */
import { GENERIC_SITE } from '../../contracts/generic-site.ts';
import type { PageAdapter } from '../sites/types.ts';

export const genericAdapter: PageAdapter = {
  id: GENERIC_SITE,
  label: 'this page',
  hosts: [],
  matches: [],
  symbolFromUrl: () => null,
  anchors: [],
};

/** The generic adapter for the page at `host` (the runtime badges a page only on its adapter's hosts, over https). */
export const genericAdapterFor = (host: string): PageAdapter => ({ ...genericAdapter, hosts: [host] });
