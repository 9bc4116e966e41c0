/**
 * Lists of ids per key, cut into pieces of at most `size` ids per key, for queries that take them
 * as parameters: a delivery of a million records is asked about in pieces, not in one query of a
 * million parameters. Always at least one piece (of empty lists, when there are none).
 */
export function* inPieces<K extends string>(lists: Record<K, readonly string[]>, size: number): Generator<Record<K, string[]>> {
  const entries = Object.entries(lists) as [K, readonly string[]][];
  const longest = Math.max(0, ...entries.map(([, ids]) => ids.length));
  for (let from = 0; from === 0 || from < longest; from += size) {
    yield Object.fromEntries(entries.map(([key, ids]) => [key, ids.slice(from, from + size)])) as Record<K, string[]>;
  }
}
