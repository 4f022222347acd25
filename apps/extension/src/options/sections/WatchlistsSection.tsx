/**
 * Watchlists: several named lists; create, rename, delete (with undo), reorder (buttons), add symbols
 * (checked against the provider with `validate-symbol`) and remove them; import/export JSON and CSV.
 * Import is all-or-nothing: a bad file changes nothing and its errors are listed line by line.
 * State and actions live in the hooks (watchlists/use-watchlists.ts, use-watchlist-import.ts); the parts
 * of the section are small components beside them.
 */
import type { SectionProps } from '../types.ts';
import { ImportExport } from './watchlists/ImportExport.tsx';
import { ListEditor } from './watchlists/ListEditor.tsx';
import { ListOfLists } from './watchlists/ListOfLists.tsx';
import { useWatchlistImport } from './watchlists/use-watchlist-import.ts';
import { useWatchlists } from './watchlists/use-watchlists.ts';

export function WatchlistsSection({ settings, apply, area, moveTo }: SectionProps) {
  const wl = useWatchlists(settings, apply);
  const imp = useWatchlistImport(settings, apply, area, moveTo);
  return (
    <section id="watchlists" aria-labelledby="wl-h" data-testid="section-watchlists">
      <h2 id="wl-h">Watchlists</h2>
      <ListOfLists wl={wl} />
      <ListEditor wl={wl} />
      <ImportExport lists={wl.lists} area={area} imp={imp} />
    </section>
  );
}
