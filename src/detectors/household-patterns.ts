import DataLoader from "dataloader";
import type { Context } from "../context";
import { detect } from "./detect.service";
import { DETECTORS } from "./registry";
import type { Frame, Hit, PatternKind } from "./types";

/**
 * Live hits of the households a request shows, as of a day: one detector query per kind for all of
 * them (a page of 50 households asks 7 queries, not 350). Each household gets what the detector
 * scoped to it alone finds: its own hits, and those of anyone who was ever a member of it.
 */
const perRequest = new WeakMap<Context, DataLoader<string, Hit[]>>();

export function livePatternsOf(ctx: Context, householdId: string, frame: Frame): Promise<Hit[]> {
  let loader = perRequest.get(ctx);
  if (!loader) perRequest.set(ctx, (loader = new DataLoader<string, Hit[]>((keys) => batch(ctx, keys))));
  return loader.load(JSON.stringify([frame.asOf, frame.from, frame.to, householdId]));
}

async function batch(ctx: Context, keys: readonly string[]): Promise<Hit[][]> {
  const asked = keys.map((k) => JSON.parse(k) as [string, string | null, string | null, string]);
  const byFrame = new Map<string, string[]>();
  for (const [asOf, from, to, id] of asked) {
    const frame = JSON.stringify([asOf, from, to]);
    byFrame.set(frame, [...(byFrame.get(frame) ?? []), id]);
  }
  const found = new Map<string, Hit[]>();
  for (const [frameKey, ids] of byFrame) {
    const [asOf, from, to] = JSON.parse(frameKey) as [string, string | null, string | null];
    const frame: Frame = { asOf, from, to };
    const kinds = await Promise.all((Object.keys(DETECTORS) as PatternKind[]).map((kind) => detect(ctx.graph, kind, frame, {}, ids)));
    const wanted = new Set(ids);
    // a person's hit belongs to every household of the page the person was ever a member of
    const persons = [...new Set(kinds.flat().filter((h) => h.subjectType === "Person").map((h) => h.subjectId))];
    const memberships = await ctx.loaders.membershipsOfPerson.loadMany(persons);
    const householdsOf = new Map(persons.map((p, i) => {
      const list = memberships[i];
      return [p, list instanceof Error || !list ? [] : [...new Set(list.map((m) => m.householdId))].filter((h) => wanted.has(h))];
    }));
    for (const id of ids) found.set(JSON.stringify([asOf, from, to, id]), []);
    for (const hits of kinds) {
      for (const hit of hits) {
        const households = hit.subjectType === "Household" ? [hit.subjectId] : householdsOf.get(hit.subjectId) ?? [];
        for (const h of households) found.get(JSON.stringify([asOf, from, to, h]))?.push(hit);
      }
    }
  }
  return keys.map((k) => found.get(k) ?? []);
}
