/**
 * "Did you mean …?" for a mistyped flag or command: the closest known name by edit distance, when it is close
 * enough to be a typo (at most 2 edits, and fewer than half the word), or when the typed word is a prefix of
 * exactly one known name (`--win` → `--window`). Returns null when nothing is a plausible intent.
 */
export function closest(typed: string, known: readonly string[]): string | null {
  const prefixed = known.filter((k) => typed.length >= 2 && k.startsWith(typed));
  if (prefixed.length === 1) return prefixed[0]!;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const k of known) {
    const d = editDistance(typed.toLowerCase(), k);
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.min(2, Math.floor(typed.length / 2)) ? best : null;
}

/** " (did you mean --window?)" or "" — ready to append to a message. */
export function didYouMean(typed: string, known: readonly string[], prefix = ''): string {
  const hit = closest(typed, known);
  return hit === null ? '' : ` (did you mean ${prefix}${hit}?)`;
}

/** Optimal string alignment distance (Levenshtein plus adjacent transposition: "reprot" → "report" is 1). */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}
