import type { Dataset } from "../../src/import/dataset";

/** A delivery with every id (and every reference to one) given a prefix, so a test can import a copy of it beside others. */
export function prefixDataset(d: Dataset, p: string): Dataset {
  const prefixed = (record: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => {
      if ((key === "id" || key.endsWith("Id")) && typeof value === "string") return [key, `${p}${value}`];
      if (key.endsWith("Ids") && Array.isArray(value)) return [key, value.map((v) => `${p}${String(v)}`)];
      return [key, value];
    }));
  return Object.fromEntries(Object.entries(d).map(([kind, value]) =>
    [kind, kind === "source" ? `${p}${String(value)}` : (value as Array<Record<string, unknown>>).map(prefixed)])) as unknown as Dataset;
}

/** Several deliveries as one (the stories refer to each other's agencies). */
export function mergeDatasets(source: string, all: Dataset[]): Dataset {
  const merged: Record<string, unknown[]> = {};
  for (const d of all) for (const [kind, value] of Object.entries(d)) if (Array.isArray(value)) (merged[kind] ??= []).push(...value);
  return { source, ...merged } as Dataset;
}
