import type { Dataset, ImportProblem } from "./dataset";

export type RefKind = "agencies" | "professionals" | "households" | "persons" | "interventions" | "events";

interface Ref { kind: RefKind; id: string; path: string }

/** What is already stored, of the ids the delivery refers to or defines (a defined one stored is a correction). */
export interface StoredIds {
  agencies: Set<string>;
  professionals: Set<string>;
  households: Set<string>;
  persons: Set<string>;
  interventions: Map<string, string>; // id → start
  events: Map<string, string>; // id → type
  outcomes: Set<string>;
  consents: Set<string>;
}

const NOUN: Record<RefKind, string> = {
  agencies: "agency",
  professionals: "professional",
  households: "household",
  persons: "person",
  interventions: "intervention",
  events: "event",
};

export function collectReferences(d: Dataset): Ref[] {
  const refs: Ref[] = [];
  const ref = (kind: RefKind, id: string | null | undefined, path: string): void => {
    if (typeof id === "string") refs.push({ kind, id, path });
  };
  d.professionals?.forEach((r, i) => ref("agencies", r.agencyId, `professionals[${i}].agencyId`));
  d.memberships?.forEach((r, i) => {
    ref("persons", r.personId, `memberships[${i}].personId`);
    ref("households", r.householdId, `memberships[${i}].householdId`);
  });
  d.interventions?.forEach((r, i) => {
    ref("agencies", r.agencyId, `interventions[${i}].agencyId`);
    ref("professionals", r.professionalId, `interventions[${i}].professionalId`);
    ref("persons", r.personId, `interventions[${i}].personId`);
    ref("households", r.householdId, `interventions[${i}].householdId`);
  });
  d.events?.forEach((r, i) => {
    ref("agencies", r.agencyId, `events[${i}].agencyId`);
    ref("persons", r.personId, `events[${i}].personId`);
    ref("households", r.householdId, `events[${i}].householdId`);
    ref("agencies", r.targetAgencyId, `events[${i}].targetAgencyId`);
    r.participantAgencyIds?.forEach((id, j) => ref("agencies", id, `events[${i}].participantAgencyIds[${j}]`));
    ref("events", r.relatedEventId, `events[${i}].relatedEventId`);
  });
  d.outcomes?.forEach((r, i) => ref("interventions", r.interventionId, `outcomes[${i}].interventionId`));
  d.coordinators?.forEach((r, i) => {
    ref("households", r.householdId, `coordinators[${i}].householdId`);
    ref("professionals", r.professionalId, `coordinators[${i}].professionalId`);
  });
  d.consents?.forEach((r, i) => {
    ref("households", r.householdId, `consents[${i}].householdId`);
    r.agencyIds.forEach((id, j) => ref("agencies", id, `consents[${i}].agencyIds[${j}]`));
  });
  return refs;
}

/** The ids defined by the delivery itself, per kind. */
export function definedIds(d: Dataset): Record<RefKind, Set<string>> {
  const ids = (rs: { id: string }[] | undefined): Set<string> =>
    new Set((rs ?? []).map((r) => (r && typeof r === "object" ? r.id : undefined)).filter((id): id is string => typeof id === "string"));
  return {
    agencies: ids(d.agencies),
    professionals: ids(d.professionals),
    households: ids(d.households),
    persons: ids(d.persons),
    interventions: ids(d.interventions),
    events: ids(d.events),
  };
}

/**
 * The ids a lookup in the database must settle, per kind: those referenced but not defined here
 * (they must be stored), and those defined here (stored already: a correction; else new).
 */
export function idsToLookUp(d: Dataset): Record<RefKind | "outcomes" | "consents", string[]> {
  const defined = definedIds(d);
  const out: Record<RefKind, Set<string>> = {
    agencies: new Set(defined.agencies), professionals: new Set(defined.professionals), households: new Set(defined.households),
    persons: new Set(defined.persons), interventions: new Set(defined.interventions), events: new Set(defined.events),
  };
  for (const r of collectReferences(d)) out[r.kind].add(r.id);
  const own = (rs: { id: string }[] | undefined): string[] => (rs ?? []).flatMap((r) => (r && typeof r.id === "string" ? [r.id] : []));
  return { ...Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]])) as Record<RefKind, string[]>, outcomes: own(d.outcomes), consents: own(d.consents) };
}

/** `original` still holds the malformed records: their ids count as defined, so one bad record does not cascade. */
export function checkReferences(d: Dataset, stored: StoredIds, original: Dataset = d): ImportProblem[] {
  const defined = definedIds(original);
  const problems: ImportProblem[] = [];
  const has = (kind: RefKind, id: string): boolean => {
    const s = stored[kind];
    return defined[kind].has(id) || s.has(id);
  };
  for (const r of collectReferences(d)) {
    if (!has(r.kind, r.id)) {
      problems.push({ path: r.path, message: `unknown ${NOUN[r.kind]} ${JSON.stringify(r.id)}: not in this delivery and not stored` });
    }
  }
  const eventType = new Map<string, string>(stored.events);
  d.events?.forEach((e) => eventType.set(e.id, e.type));
  d.events?.forEach((e, i) => {
    const related = e.relatedEventId ? eventType.get(e.relatedEventId) : undefined;
    if (related && related !== "ESCALATION") {
      problems.push({ path: `events[${i}].relatedEventId`, message: `points to a ${related}, but a concession relates to an ESCALATION` });
    }
  });
  d.outcomes?.forEach((o, i) => {
    const start = stored.interventions.get(o.interventionId);
    if (!defined.interventions.has(o.interventionId) && start && o.date < start) {
      problems.push({ path: `outcomes[${i}].date`, message: `${o.date} is before its intervention started (${start})` });
    }
  });
  return problems;
}
