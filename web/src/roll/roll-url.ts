import { useMemo } from "react";
import { useSearchParams } from "wouter";
import { iso, fromIso } from "./days";
import type { Period } from "./roll-controls";

/**
 * What the roll shows, kept in the address (?hit=&from=&to=&view=): a link reopens the same hit,
 * period and view, and Back to the roll restores them. Changes replace the entry, so Back leaves the roll.
 */
export function useRollUrl(whole: Period | null) {
  const [params, setParams] = useSearchParams();
  const set = (changes: Record<string, string | null>) =>
    setParams((old) => {
      const next = new URLSearchParams(old);
      for (const [key, value] of Object.entries(changes)) value === null ? next.delete(key) : next.set(key, value);
      return next;
    }, { replace: true });
  const from = params.get("from");
  const to = params.get("to");
  const period = useMemo(() => {
    const f = from ? fromIso(from) : null;
    const u = to ? fromIso(to) : null;
    return f && u && f < u ? { from: f, to: u } : whole;
  }, [from, to, whole]);
  return {
    hit: params.get("hit"),
    view: params.get("view") === "table" ? ("table" as const) : ("picture" as const),
    period,
    setHit: (id: string | null) => set({ hit: id }),
    setView: (view: "picture" | "table") => set({ view: view === "table" ? "table" : null }),
    setPeriod: (p: Period) => set(whole && sameDay(p, whole) ? { from: null, to: null } : { from: iso(p.from), to: iso(p.to) }),
  };
}

const sameDay = (a: Period, b: Period) => iso(a.from) === iso(b.from) && iso(a.to) === iso(b.to);
