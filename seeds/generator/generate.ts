import type { Dataset } from "../../src/import/dataset";
import { generateHousehold, type Mix } from "./household";
import { organisations } from "./municipality";
import { Random } from "./random";

export interface GenerateOptions {
  households: number;
  seed: number;
  /** Households per delivery: each delivery is validated and written as a unit. */
  chunkSize?: number;
  /** calibrated (default): plausible rates, docs/generator.md; dense: many hits per household, for stress tests and benchmarks. */
  mix?: Mix;
}

/** Ids of a synthetic municipality all start with this, so several seeds can live side by side. */
export const syntheticPrefix = (seed: number): string => `syn${seed}-`;

/**
 * The deliveries of a synthetic municipality, one at a time: the organisations first, then the
 * households in chunks. Each household draws from its own stream, so the data for household n is
 * the same whatever the chunk size.
 */
export function* generateMunicipality({ households, seed, chunkSize = 1000, mix = "calibrated" }: GenerateOptions): Generator<Dataset> {
  const prefix = syntheticPrefix(seed);
  yield { source: `${prefix}organisations`, ...organisations(prefix) };
  for (let first = 0; first < households; first += chunkSize) {
    const chunk: Required<Omit<Dataset, "source" | "agencies" | "professionals" | "consents">> = {
      households: [], persons: [], memberships: [], interventions: [], events: [], outcomes: [], coordinators: [],
    };
    for (let n = first; n < Math.min(first + chunkSize, households); n++) {
      const records = generateHousehold(new Random(seed * 1_000_003 + n), prefix, n, mix);
      for (const key of Object.keys(chunk) as (keyof typeof chunk)[]) (chunk[key] as unknown[]).push(...records[key]);
    }
    yield { source: `${prefix}households-${first}`, ...chunk };
  }
}
