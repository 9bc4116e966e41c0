/**
 * Two-sided p-value of a difference between two proportions (a group against everyone else):
 * Fisher's exact test, the probability under chance of a split at most as likely as the one seen.
 * Exact, so that a rule selecting a handful of households is not flagged on noise. 1 when either
 * side is empty.
 */
export function twoProportionP(selectedA: number, totalA: number, selectedB: number, totalB: number): number {
  if (totalA === 0 || totalB === 0) return 1;
  const n = totalA + totalB;
  const k = selectedA + selectedB;
  const lf = logFactorials(n);
  const logP = (x: number): number => // hypergeometric: x of the k selected fall in A
    (lf[k] as number) - (lf[x] as number) - (lf[k - x] as number) + (lf[n - k] as number) - (lf[totalA - x] as number) - (lf[totalB - (k - x)] as number)
    - ((lf[n] as number) - (lf[totalA] as number) - (lf[totalB] as number));
  const seen = logP(selectedA);
  let p = 0;
  for (let x = Math.max(0, k - totalB); x <= Math.min(k, totalA); x++) {
    const l = logP(x);
    if (l <= seen + 1e-9) p += Math.exp(l);
  }
  return Math.min(1, p);
}

let table = new Float64Array([0]);
/** ln(0!) … ln(n!), grown as needed and kept. */
function logFactorials(n: number): Float64Array {
  if (table.length > n) return table;
  const next = new Float64Array(n + 1);
  next.set(table);
  for (let i = table.length; i <= n; i++) next[i] = (next[i - 1] as number) + Math.log(i);
  table = next;
  return table;
}

/**
 * Holm's step-down procedure: which of these p-values stay below `alpha` when all of them are
 * tested together (so that many groups do not make a chance difference look real).
 */
export function holmRejects(pValues: number[], alpha: number): boolean[] {
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const rejected = pValues.map(() => false);
  for (let k = 0; k < order.length; k++) {
    const { p, i } = order[k] as { p: number; i: number };
    if (p > alpha / (order.length - k)) break;
    rejected[i] = true;
  }
  return rejected;
}
