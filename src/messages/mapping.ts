import type { AgencyRecord, Dataset, EventRecord, HouseholdRecord, InterventionRecord, MembershipRecord, PersonRecord, ProfessionalRecord } from "../import/dataset";
import { codes } from "./codes";
import { START_MESSAGE_TERM_WORKING_DAYS } from "./code-lists";
import { municipalityOf, providerOf, requestEventId, type AllocationState, type Chained, type Received } from "./chain";
import type { Product, Standard } from "./facts";

/** Agencies, persons and teams that are stored already (these are never written again: a name from a delivery stays). */
export interface Known {
  /** AGB code → agency id */
  providers: Map<string, string>;
  /** CBS code → agency id */
  municipalities: Map<string, string>;
  /** person id → whether they are a member of some household */
  persons: Map<string, boolean>;
  professionals: Set<string>;
}

/** What a batch of messages writes: ordinary records (checked and written as a delivery is) and the message bookkeeping. */
export interface Mapped {
  dataset: Dataset;
  allocations: AllocationState[];
  messages: Array<{ key: string; hash: string; type: string; standard: string; dated: string }>;
  /** households made for a client the BRP has not delivered: marked as such */
  ownHouseholds: string[];
  /** not-started signals that no longer hold (the care started after all) */
  withdrawnSignals: string[];
  /** interventions whose start message was withdrawn: the care did not start */
  withdrawnInterventions: string[];
}

const DOMAIN: Record<Standard, "JEUGD" | "WMO"> = { iJw: "JEUGD", iWmo: "WMO" };
const slug = (s: Standard): string => s.toLowerCase();
export const interventionId = (a: Pick<AllocationState, "standard" | "municipality" | "number">): string => `${slug(a.standard)}-${a.municipality}-toewijzing-${a.number}`;
export const notStartedSignalId = (a: AllocationState): string => `${interventionId(a)}-niet-gestart`;
/** A household of one, for a client no delivery has placed in a household. */
export const ownHouseholdId = (personId: string): string => `h-eigen-${personId.replace(/^p-b-/, "")}`;

function productLabel(standard: Standard, category: string, code: string | null): string {
  const label = codes.productCategory(standard, category) ?? `productcategorie ${category}`;
  return code ? `${label} (${code})` : label;
}
const labelOf = (standard: Standard, p: Product): string => productLabel(standard, p.category.value, p.code?.value ?? null);

/**
 * Maps a chained batch onto the graph (docs/messages.md): municipalities and providers as agencies
 * (those a delivery named by `cbsCode`/`agbCode` are used as they are), each provider's team as
 * the professional of its help (the standard names no professional: a switch of provider is a new
 * face), a started allocation as an intervention in JEUGD or WMO, requests and answers as events,
 * an allocation not started within the term as a signal. A client without a household gets one.
 */
export function mapMessages(chained: Chained, known: Known, due: AllocationState[], today: string): Mapped {
  const agencies = new Map<string, AgencyRecord>();
  const professionals = new Map<string, ProfessionalRecord>();
  const persons = new Map<string, PersonRecord>();
  const households = new Map<string, HouseholdRecord>();
  const memberships = new Map<string, MembershipRecord>();
  const interventions: InterventionRecord[] = [];
  const events = new Map<string, EventRecord>();
  const withdrawnSignals: string[] = [];
  /** interventions of allocations whose start message was withdrawn (StatusAanlevering 3), or that never had one */
  const withdrawnInterventions: string[] = [];

  const municipality = (code: string, standard: Standard): string => {
    const id = known.municipalities.get(code) ?? `gemeente-${code}`;
    if (!known.municipalities.has(code)) {
      const record = agencies.get(id) ?? { id, name: `Gemeente (CBS ${code})`, kind: "MUNICIPALITY", domains: [], cbsCode: code };
      if (!record.domains.includes(DOMAIN[standard])) record.domains = [...record.domains, DOMAIN[standard]];
      agencies.set(id, record);
    }
    return id;
  };
  const provider = (code: string, standard: Standard): string => {
    const id = known.providers.get(code) ?? `agb-${code}`;
    if (!known.providers.has(code)) {
      const record = agencies.get(id) ?? { id, name: `Zorgaanbieder (AGB ${code})`, kind: standard === "iJw" ? "YOUTH_CARE" : "OTHER", domains: [], agbCode: code };
      if (!record.domains.includes(DOMAIN[standard])) record.domains = [...record.domains, DOMAIN[standard]];
      if (record.domains.length > 1) record.kind = "OTHER";
      agencies.set(id, record);
    }
    return id;
  };
  const team = (agencyId: string): string => {
    const id = `${agencyId}-team`;
    if (!known.professionals.has(id)) professionals.set(id, { id, name: "Team van de aanbieder (uit iJw/iWmo-berichten)", agencyId, role: "team" });
    return id;
  };

  // the clients: new persons, and a household of their own where no delivery placed them in one
  const firstSeen = new Map<string, Received>();
  for (const r of chained.fresh) if (r.personId && !firstSeen.has(r.personId)) firstSeen.set(r.personId, r);
  for (const [personId, r] of firstSeen) {
    if (known.persons.has(personId)) {
      if (known.persons.get(personId)) continue;
    } else {
      const birth = r.message.client?.birthDate?.value;
      persons.set(personId, { id: personId, ...(r.clientName ? { name: r.clientName } : {}), ...(birth ? { birthYear: Number(birth.slice(0, 4)) } : {}) });
    }
    const householdId = ownHouseholdId(personId);
    households.set(householdId, { id: householdId });
    const from = r.message.client?.birthDate?.value ?? earliestDate(chained, personId);
    memberships.set(personId, { personId, householdId, role: r.message.header.standard === "iJw" ? "CHILD" : "OTHER", from });
  }

  const allocations = [...chained.allocations.values(), ...due.filter((a) => !chained.allocations.has(a.key))];
  for (const a of allocations) {
    const domain = DOMAIN[a.standard];
    const by = municipality(a.municipality, a.standard);
    const agencyId = provider(a.provider, a.standard);
    if (a.started && a.start) {
      interventions.push({
        id: interventionId(a), agencyId, professionalId: team(agencyId), personId: a.personId, domain,
        kind: productLabel(a.standard, a.category, a.code), start: a.start, end: a.end,
        ...(a.reason ? { endReason: codes.endReason(a.standard, a.reason) ?? "OTHER", endReasonCode: Number(a.reason) } : {}),
      });
    }
    // OP271: a start message within five working days; none by the time the term passed is a signal, dated then (withdrawn once care starts)
    const late = a.signalDate < today && !a.started;
    if (!a.started && chained.unstarted.has(a.key)) withdrawnInterventions.push(interventionId(a));
    if (late) {
      events.set(notStartedSignalId(a), {
        id: notStartedSignalId(a), type: "SIGNAL", date: a.signalDate, agencyId: by, personId: a.personId, domain,
        description: `toewijzing ${a.number} niet binnen ${START_MESSAGE_TERM_WORKING_DAYS} werkdagen gestart (${productLabel(a.standard, a.category, a.code)})`,
      });
    } else if (a.signalled) withdrawnSignals.push(notStartedSignalId(a));
    a.signalled = late;
  }

  for (const r of chained.fresh) {
    const m = r.message;
    const std = m.header.standard;
    const mun = municipalityOf(m);
    const prov = providerOf(m);
    if (m.type === "315") {
      for (const q of m.requested) {
        const id = requestEventId(std, mun, prov, q.reference.value);
        const referrer = q.referrerType ? codes.referrer(q.referrerType.value) : undefined;
        const earlier = events.get(id);
        const what = labelOf(std, q.product);
        events.set(id, {
          id, type: "CARE_REQUEST", date: m.header.dated.value, agencyId: provider(prov, std), personId: r.personId as string, domain: DOMAIN[std],
          description: earlier ? `${earlier.description ?? ""}; ${what}` : `verzoek om toewijzing: ${what}${referrer ? `; verwijzer: ${referrer.toLowerCase()}` : ""}`,
          targetAgencyId: municipality(mun, std),
        });
      }
    } else if (m.type === "317") {
      const id = requestEventId(std, mun, prov, m.request.reference.value);
      const reason = m.request.reason ? codes.requestReason(m.request.reason.value) : undefined;
      const wanted = m.request.newProducts.map((p) => labelOf(std, p.product));
      events.set(id, {
        id, type: "CARE_REQUEST", date: m.header.dated.value, agencyId: provider(prov, std), personId: r.personId as string, domain: DOMAIN[std],
        description: `verzoek om wijziging${reason ? ` (${reason.toLowerCase()})` : ""}${wanted.length ? `: ${wanted.join(", ")}` : ""}`,
        targetAgencyId: municipality(mun, std),
      });
    } else if (m.type === "319") {
      const request = requestEventId(std, mun, prov, m.answer.reference.value);
      const personId = chained.answered.get(request);
      if (!personId) continue;
      const answer = codes.answer(m.answer.answer.value) ?? m.answer.answer.value;
      const rejection = m.answer.rejection ? codes.rejection(m.answer.rejection.value) : undefined;
      const id = `${slug(std)}-${mun}-antwoord-${prov}-${m.answer.reference.value}-${m.header.id.value}`;
      events.set(id, {
        id, type: "REQUEST_ANSWER", date: m.header.dated.value, agencyId: municipality(mun, std), personId, domain: DOMAIN[std],
        description: `antwoord op verzoek: ${answer.toLowerCase()}${rejection ? `; reden: ${rejection.toLowerCase()}` : ""}`,
        targetAgencyId: provider(prov, std),
      });
    }
  }

  return {
    dataset: {
      source: "",
      agencies: [...agencies.values()], professionals: [...professionals.values()], households: [...households.values()],
      persons: [...persons.values()], memberships: [...memberships.values()], interventions, events: [...events.values()],
    },
    allocations,
    messages: chained.fresh.map((r) => ({ key: r.key, hash: r.hash, type: r.message.type, standard: r.message.header.standard, dated: r.message.header.dated.value })),
    ownHouseholds: [...households.keys()],
    withdrawnSignals,
    withdrawnInterventions,
  };
}

/** For a client whose messages give no birth date: the earliest date any of them names. */
function earliestDate(chained: Chained, personId: string): string {
  let earliest = "9999-12-31";
  for (const r of chained.fresh) {
    if (r.personId !== personId) continue;
    if (r.message.header.dated.value < earliest) earliest = r.message.header.dated.value;
  }
  for (const a of chained.allocations.values()) if (a.personId === personId && a.from < earliest) earliest = a.from;
  return earliest;
}
