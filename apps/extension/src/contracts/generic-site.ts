/**
 * A page on no supported site, badged because the reader asked (the popup's "Badge tickers on this
 * page", the shortcut, the context menu, or a site they added with "Always on this site"): the
 * generic adapter (content/anypage/adapter.ts). It has no on/off switch in settings.sites: the ask is
 * the switch. Its own tiny module so the scanner can test for it without the site tables.
 */
export const GENERIC_SITE = 'generic';
