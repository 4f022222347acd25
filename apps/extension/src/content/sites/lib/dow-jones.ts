/**
 * MarketWatch and Barron's (both Dow Jones) share a URL scheme: `/{kind}/{sym}?countrycode=xx`.
 * The country code becomes an exchange hint for `canonicalSymbol` (decision: non-US listings in Yahoo
 * suffix form, e.g. `vod?countrycode=uk` → VOD.L). Unknown country codes yield no symbol.
 */
import { pathSymbol } from './url.ts';

const COUNTRY_EXCHANGE: Record<string, string> = {
  us: 'US',
  uk: 'LON',
  ca: 'TSX',
  jp: 'TYO',
  hk: 'HKG',
  de: 'ETR',
  fr: 'EPA',
  nl: 'AMS',
  au: 'ASX',
  tw: 'TPE',
  ch: 'SWX',
  it: 'BIT',
  es: 'BME',
};

/** Symbol for a Dow Jones quote path segment; `kind` 'index' maps index names (spx, rut, comp, djia). */
export function dowJonesSymbol(raw: string, kind: string, countrycode: string | null): string | null {
  const country = (countrycode ?? 'us').toLowerCase();
  if (kind === 'index') return country === 'us' || country === 'xx' ? pathSymbol(raw, { exchange: 'INDEX' }) : null;
  const exchange = COUNTRY_EXCHANGE[country];
  return exchange ? pathSymbol(raw, { exchange }) : null;
}
