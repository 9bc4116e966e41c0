import type { ImportProblem, RecordKind } from "./dataset";

export type RefKind = "agencies" | "professionals" | "households" | "persons" | "interventions" | "events";
export const REF_KINDS: readonly RefKind[] = ["agencies", "professionals", "households", "persons", "interventions", "events"];

export interface Ref { kind: RefKind; id: string; path: string }

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

/** The other records one record refers to, each with the path of the field that does. */
export function referencesOf(kind: RecordKind, i: number, record: unknown): Ref[] {
  const r = record as Record<string, unknown>;
  const refs: Ref[] = [];
  const ref = (to: RefKind, field: string): void => {
    const id = r[field];
    if (typeof id === "string") refs.push({ kind: to, id, path: `${kind}[${i}].${field}` });
  };
  const list = (to: RefKind, field: string): void => {
    const ids = r[field];
    if (Array.isArray(ids)) ids.forEach((id, j) => typeof id === "string" && refs.push({ kind: to, id, path: `${kind}[${i}].${field}[${j}]` }));
  };
  switch (kind) {
    case "professionals":
      ref("agencies", "agencyId");
      break;
    case "memberships":
      ref("persons", "personId");
      ref("households", "householdId");
      break;
    case "interventions":
      ref("agencies", "agencyId");
      ref("professionals", "professionalId");
      ref("persons", "personId");
      ref("households", "householdId");
      break;
    case "events":
      ref("agencies", "agencyId");
      ref("persons", "personId");
      ref("households", "householdId");
      ref("agencies", "targetAgencyId");
      list("agencies", "participantAgencyIds");
      ref("events", "relatedEventId");
      break;
    case "outcomes":
      ref("interventions", "interventionId");
      break;
    case "coordinators":
      ref("households", "householdId");
      ref("professionals", "professionalId");
      break;
    case "consents":
      ref("households", "householdId");
      list("agencies", "agencyIds");
      break;
    default:
      break;
  }
  return refs;
}

export function unknownReference(r: Ref): ImportProblem {
  return { path: r.path, message: `unknown ${NOUN[r.kind]} ${JSON.stringify(r.id)}: not in this delivery and not stored` };
}

export function relatedNotAnEscalation(index: number, type: string): ImportProblem {
  return { path: `events[${index}].relatedEventId`, message: `points to a ${type}, but a concession relates to an ESCALATION` };
}
