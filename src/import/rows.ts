import { neoDate } from "../graph/convert";
import { endReasonFromCode, type Dataset, type RecordKind } from "./dataset";

export type WriteRow = Record<string, unknown> & { props: Record<string, unknown> };

const date = (v: string | null | undefined): unknown => (v ? neoDate(v) : undefined);

/** Drops absent values: Neo4j stores no nulls, and an absent optional field is simply not set. */
function props(values: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null));
}

/** A validated delivery's records as rows for the UNWIND queries, per kind, in write order. */
export function toRows(d: Dataset): Record<RecordKind, WriteRow[]> {
  return {
    agencies: (d.agencies ?? []).map((r) => ({ id: r.id, props: props({ id: r.id, name: r.name, kind: r.kind, domains: r.domains }) })),
    professionals: (d.professionals ?? []).map((r) => ({
      id: r.id, agencyId: r.agencyId, props: props({ id: r.id, name: r.name, role: r.role }),
    })),
    households: (d.households ?? []).map((r) => ({ id: r.id, props: props({ id: r.id, neighbourhood: r.neighbourhood }) })),
    persons: (d.persons ?? []).map((r) => ({ id: r.id, props: props({ id: r.id, name: r.name, birthYear: r.birthYear }) })),
    memberships: (d.memberships ?? []).map((r) => ({
      personId: r.personId, householdId: r.householdId, from: date(r.from),
      props: props({ role: r.role, from: date(r.from), to: date(r.to) }),
    })),
    interventions: (d.interventions ?? []).map((r) => ({
      id: r.id, agencyId: r.agencyId, professionalId: r.professionalId ?? null,
      personId: r.personId ?? null, householdId: r.householdId ?? null,
      props: props({
        id: r.id, domain: r.domain, kind: r.kind, start: date(r.start), end: date(r.end),
        endReason: r.endReason ?? endReasonFromCode(r.endReasonCode),
        endReasonCode: r.endReasonCode === null || r.endReasonCode === undefined ? undefined : Number(r.endReasonCode),
      }),
    })),
    events: (d.events ?? []).map((r) => ({
      id: r.id, agencyId: r.agencyId, personId: r.personId ?? null, householdId: r.householdId ?? null,
      targetAgencyId: r.targetAgencyId ?? null, participantAgencyIds: r.participantAgencyIds ?? [],
      relatedEventId: r.relatedEventId ?? null,
      props: props({ id: r.id, type: r.type, date: date(r.date), domain: r.domain, description: r.description, severity: r.severity }),
    })),
    outcomes: (d.outcomes ?? []).map((r) => ({
      id: r.id, interventionId: r.interventionId,
      props: props({
        id: r.id, date: date(r.date), result: r.result,
        ...Object.fromEntries(Object.entries(r.zrm ?? {}).map(([k, v]) => [`zrm_${k}`, v])),
      }),
    })),
    coordinators: (d.coordinators ?? []).map((r) => ({
      householdId: r.householdId, professionalId: r.professionalId, from: date(r.from),
      props: props({ from: date(r.from), to: date(r.to) }),
    })),
    consents: (d.consents ?? []).map((r) => ({
      id: r.id, householdId: r.householdId, agencyIds: r.agencyIds,
      props: props({ id: r.id, basis: r.basis, purpose: r.purpose, from: date(r.from), to: date(r.to) }),
    })),
  };
}
