import type { Hit, PatternKind } from "./types";

export interface Summary {
  kinds: { kind: PatternKind; hits: number }[];
  neighbourhoods: { neighbourhood: string; kind: PatternKind; hits: number }[];
  agencies: { agencyId: string; kind: PatternKind; hits: number }[];
}

const byCount = <T extends { hits: number }>(key: (x: T) => string) => (a: T, b: T): number =>
  b.hits - a.hits || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** Counts hits per kind, per (neighbourhood, kind) and per (agency named in the evidence, kind). */
export function summarise(kinds: PatternKind[], hits: Hit[]): Summary {
  const perKind = new Map<PatternKind, number>(kinds.map((k) => [k, 0]));
  const perPlace = new Map<string, { neighbourhood: string; kind: PatternKind; hits: number }>();
  const perAgency = new Map<string, { agencyId: string; kind: PatternKind; hits: number }>();
  for (const hit of hits) {
    perKind.set(hit.kind, (perKind.get(hit.kind) ?? 0) + 1);
    for (const neighbourhood of new Set(hit.neighbourhoods)) {
      const key = `${neighbourhood}\u0000${hit.kind}`;
      const row = perPlace.get(key) ?? { neighbourhood, kind: hit.kind, hits: 0 };
      row.hits++;
      perPlace.set(key, row);
    }
    for (const agencyId of new Set(hit.evidence.map((e) => e.agencyId).filter((a): a is string => !!a))) {
      const key = `${agencyId}\u0000${hit.kind}`;
      const row = perAgency.get(key) ?? { agencyId, kind: hit.kind, hits: 0 };
      row.hits++;
      perAgency.set(key, row);
    }
  }
  return {
    kinds: [...perKind].map(([kind, n]) => ({ kind, hits: n })),
    neighbourhoods: [...perPlace.values()].sort(byCount((x) => `${x.kind} ${x.neighbourhood}`)),
    agencies: [...perAgency.values()].sort(byCount((x) => `${x.kind} ${x.agencyId}`)),
  };
}
