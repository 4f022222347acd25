/**
 * The active watchlist as a sortable table. Column headers are buttons (keyboard operable) and the
 * sorted column carries aria-sort. Each symbol is a link to its quote page on the preferred site.
 * Missing values sort last in both directions.
 */
import { useState } from 'preact/hooks';
import type { WatchlistRow } from '../contracts/messages.ts';
import type { SiteId } from '../contracts/sites.ts';
import { formatPercent, formatPrice, formatSignedInt } from '@rotation-lens/present';
import { toneClass } from './tone.ts';
import { quoteUrl } from './quote-url.ts';

export type SortKey = 'symbol' | 'lastClose' | 'rs3m' | 'rsRating' | 'streak' | 'discount';
type Dir = 'ascending' | 'descending';

const COLUMNS: { key: SortKey; label: string; title: string }[] = [
  { key: 'symbol', label: 'Symbol', title: 'Symbol' },
  { key: 'lastClose', label: 'Close', title: 'Last close' },
  { key: 'rs3m', label: 'RS 3M', title: 'Relative strength vs the benchmark over 3 months' },
  { key: 'rsRating', label: 'Rating', title: 'RS rating within the list (1–99, higher = stronger vs the benchmark)' },
  { key: 'streak', label: 'Streak', title: 'Sessions in a row beating (+) or trailing (−) the benchmark' },
  { key: 'discount', label: 'P/E disc.', title: 'P/E discount vs the S&P 500 forward P/E (a minus sign = premium); small-cap proxies: the dated small-cap reading' },
];

export function sortRows(rows: readonly WatchlistRow[], key: SortKey, dir: Dir): WatchlistRow[] {
  const sign = dir === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = a[key];
    const vb = b[key];
    if (va === null || va === undefined) return vb === null || vb === undefined ? 0 : 1;
    if (vb === null || vb === undefined) return -1;
    return (typeof va === 'string' ? va.localeCompare(vb as string) : va - (vb as number)) * sign;
  });
}

export function WatchlistTable({
  rows,
  site,
  open,
  streakThreshold,
}: {
  rows: readonly WatchlistRow[];
  site: SiteId;
  open: (url: string) => void;
  streakThreshold: number;
}) {
  const [sort, setSort] = useState<{ key: SortKey; dir: Dir }>({ key: 'rsRating', dir: 'descending' });
  const sorted = sortRows(rows, sort.key, sort.dir);
  const toggle = (key: SortKey) =>
    setSort((s) => ({ key, dir: s.key === key ? (s.dir === 'ascending' ? 'descending' : 'ascending') : key === 'symbol' ? 'ascending' : 'descending' }));
  return (
    <table data-testid="watchlist-table">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.key} scope="col" aria-sort={sort.key === c.key ? sort.dir : 'none'}>
              <button type="button" title={c.title} onClick={() => toggle(c.key)} data-testid={`sort-${c.key}`}>
                {c.label}
                <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ''}</span>
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((r) => {
          const url = quoteUrl(site, r.symbol);
          const hot = r.streak !== null && Math.abs(r.streak) >= streakThreshold;
          return (
            <tr key={r.symbol} data-testid={`row-${r.symbol}`} title={r.error}>
              <th scope="row">
                <a
                  href={url}
                  onClick={(e) => {
                    e.preventDefault();
                    open(url);
                  }}
                >
                  {r.symbol}
                </a>
              </th>
              {r.error ? (
                <td colSpan={5} class="muted">
                  {r.error}
                </td>
              ) : (
                <>
                  <td class="num">{formatPrice(r.lastClose)}</td>
                  <td class={`num ${toneClass(r.rs3m)}`}>{formatPercent(r.rs3m)}</td>
                  <td class="num">{r.rsRating ?? '—'}</td>
                  <td class={`num${hot ? ' hot' : ''}`}>{formatSignedInt(r.streak)}</td>
                  <td class="num">{formatPercent(r.discount, 0, { signed: false })}</td>
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
