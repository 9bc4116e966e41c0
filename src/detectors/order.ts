/** A value a detector orders by: text or a number; a missing one sorts first. */
type Key = string | number | null | undefined;

/**
 * An order over several keys, each breaking the previous one's ties, so that rows Cypher collects
 * in any order (the order they were stored in) come out the same: the same graph, the same
 * evidence and fingerprint. End with an id, so that no two different rows tie.
 */
export function byKeys<T>(...keys: ((t: T) => Key)[]): (a: T, b: T) => number {
  return (a, b) => {
    for (const key of keys) {
      const [x, y] = [key(a), key(b)];
      if (x === y) continue;
      if (x === null || x === undefined) return -1;
      if (y === null || y === undefined) return 1;
      return x < y ? -1 : 1;
    }
    return 0;
  };
}
