/** The active watchlist's breadth in core's words (`breadthText`), under the watchlist table. */
import { type BreadthResult, breadthText } from '@rotation-lens/core';

export function BreadthLine({ breadth }: { breadth: BreadthResult | null | undefined }) {
  if (!breadth) return null;
  return (
    <p class="breadth muted" data-testid="breadth">
      Breadth: {breadthText(breadth)}
    </p>
  );
}
