/** Milliseconds a piece of work took. */
export async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - started) / 1e6];
}

/** The p-th percentile (0..100) of some timings, nearest rank. */
export function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

/** `n` timings of the same work, after one warm-up. */
export async function sample(n: number, work: () => Promise<unknown>): Promise<number[]> {
  await work();
  const times: number[] = [];
  for (let k = 0; k < n; k++) times.push((await timed(work))[1]);
  return times;
}

export const ms = (t: number): string => (t >= 10_000 ? `${(t / 1000).toFixed(1)} s` : `${t.toFixed(0)} ms`);
export const verdict = (value: number, goal: number): string => (value <= goal ? "met" : "**not met**");
