/**
 * LRU-ish eviction plan, shared by every cache backend: drop the least recently used entries until the
 * total fits `maxBytes`. The entry just written (`keep`) is never evicted, even if it alone exceeds the cap.
 */
export interface EntryStat {
  key: string;
  bytes: number;
  /** Recency stamp: higher = used more recently. */
  usedAt: number;
}

export function planEviction(stats: readonly EntryStat[], maxBytes: number, keep: string): string[] {
  let total = stats.reduce((sum, s) => sum + s.bytes, 0);
  if (total <= maxBytes) return [];
  const victims: string[] = [];
  const oldestFirst = stats.filter((s) => s.key !== keep).sort((a, b) => a.usedAt - b.usedAt);
  for (const s of oldestFirst) {
    if (total <= maxBytes) break;
    victims.push(s.key);
    total -= s.bytes;
  }
  return victims;
}
