import { useMemo } from "react";
import { useSearchParams } from "wouter";
import type { HitStatus, PatternKind } from "../gql/graphql";

export interface Filters { kind: PatternKind | ""; neighbourhood: string; agencyId: string; status: HitStatus | "" }

const KEYS = { kind: "soort", neighbourhood: "wijk", agencyId: "organisatie", status: "status" } as const;

/** The hits list's filters, kept in the address (?soort=&wijk=&organisatie=&status=): Back and a link restore them. */
export function useQueueUrl() {
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const filters = useMemo<Filters>(() => ({
    kind: (params.get(KEYS.kind) ?? "") as Filters["kind"], neighbourhood: params.get(KEYS.neighbourhood) ?? "",
    agencyId: params.get(KEYS.agencyId) ?? "", status: (params.get(KEYS.status) ?? "") as Filters["status"],
  }), [key]); // eslint-disable-line react-hooks/exhaustive-deps -- the same address, the same filters
  const setFilters = (next: Filters) =>
    setParams(() => {
      const p = new URLSearchParams();
      for (const [field, name] of Object.entries(KEYS)) if (next[field as keyof Filters]) p.set(name, next[field as keyof Filters]);
      return p;
    });
  return { filters, setFilters };
}
