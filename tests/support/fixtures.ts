import type { Dataset } from "../../src/import/dataset";

/**
 * A small valid delivery under a prefix: two agencies, a household of two, help from both,
 * a signal, an escalation with its concession, an outcome, a coordinator and a consent.
 */
export function smallDelivery(p: string): Dataset & Required<Pick<Dataset, "agencies" | "interventions" | "events" | "memberships" | "outcomes">> {
  return {
    source: `${p}delivery`,
    agencies: [
      { id: `${p}a-wmo`, name: "Wmo-loket", kind: "MUNICIPALITY", domains: ["WMO"] },
      { id: `${p}a-woco`, name: "Woonstede", kind: "HOUSING", domains: ["WONEN"] },
    ],
    professionals: [{ id: `${p}pr-1`, name: "J. de Vries", agencyId: `${p}a-wmo`, role: "consulent" }],
    households: [{ id: `${p}h-1`, neighbourhood: `${p}Centrum` }],
    persons: [
      { id: `${p}p-1`, name: "S. Jansen", birthYear: 1991 },
      { id: `${p}p-2`, name: "K. Jansen", birthYear: 2015 },
    ],
    memberships: [
      { personId: `${p}p-1`, householdId: `${p}h-1`, role: "PARENT", from: "2012-05-01" },
      { personId: `${p}p-2`, householdId: `${p}h-1`, role: "CHILD", from: "2015-03-01", to: "2024-02-01" },
    ],
    interventions: [
      { id: `${p}i-1`, agencyId: `${p}a-wmo`, professionalId: `${p}pr-1`, personId: `${p}p-1`, domain: "WMO",
        kind: "begeleiding thuis", start: "2023-01-09", end: "2023-06-30", endReasonCode: 32 },
      { id: `${p}i-2`, agencyId: `${p}a-woco`, householdId: `${p}h-1`, domain: "WONEN", start: "2023-03-01" },
    ],
    events: [
      { id: `${p}e-1`, type: "SIGNAL", date: "2023-02-14", agencyId: `${p}a-woco`, personId: `${p}p-1`, domain: "WONEN",
        description: "huurachterstand 3 maanden", severity: 2 },
      { id: `${p}e-2`, type: "CASE_CONFERENCE", date: "2023-03-01", agencyId: `${p}a-wmo`, householdId: `${p}h-1`,
        participantAgencyIds: [`${p}a-wmo`, `${p}a-woco`] },
      { id: `${p}e-3`, type: "ESCALATION", date: "2023-03-05", agencyId: `${p}a-wmo`, personId: `${p}p-1`, severity: 2 },
      { id: `${p}e-4`, type: "CONCESSION", date: "2023-03-10", agencyId: `${p}a-wmo`, personId: `${p}p-1`, relatedEventId: `${p}e-3` },
    ],
    outcomes: [{ id: `${p}o-1`, interventionId: `${p}i-1`, date: "2023-06-30", result: "NOT_ACHIEVED", zrm: { FINANCIEN: 2, HUISVESTING: 3 } }],
    coordinators: [{ householdId: `${p}h-1`, professionalId: `${p}pr-1`, from: "2023-04-01", to: null }],
    consents: [{ id: `${p}c-1`, householdId: `${p}h-1`, agencyIds: [`${p}a-wmo`, `${p}a-woco`], basis: "CONSENT",
      purpose: "integrale aanpak", from: "2023-03-01", to: null }],
  };
}
