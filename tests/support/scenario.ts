import { detect } from "../../src/detectors/detect.service";
import type { Hit, Params, PatternKind } from "../../src/detectors/types";
import type { Graph } from "../../src/graph/gateway";
import type { Dataset, EventRecord, InterventionRecord } from "../../src/import/dataset";
import { importDataset } from "../../src/import/import.service";
import { TODAY, uniquePrefix } from "./graph";

const AGENCY_DOMAINS: Record<string, string[]> = { wmo: ["WMO"], jeugd: ["JEUGD"], woco: ["WONEN"], krediet: ["SCHULDHULP"], ggz: ["GGZ"], school: ["ONDERWIJS"] };

type Iv = Omit<InterventionRecord, "id" | "agencyId" | "personId" | "householdId"> & { agency: string; person?: string; household?: boolean };
type Ev = Omit<EventRecord, "id" | "agencyId" | "personId" | "householdId" | "targetAgencyId" | "participantAgencyIds"> & {
  agency: string; person?: string; target?: string; participants?: string[];
};

/**
 * A household under a unique prefix, written as one delivery: agencies named by short keys
 * (wmo, jeugd, woco, krediet, ggz, school, or any other), persons with dated memberships.
 */
export class Scenario {
  readonly p: string;
  readonly household: string;
  private readonly persons = new Map<string, { from: string; to?: string | null }>();
  private readonly interventions: InterventionRecord[] = [];
  private readonly events: EventRecord[] = [];
  private readonly coordinators: { from: string; to?: string | null }[] = [];
  private readonly outcomes: { intervention: string; date: string; result: string }[] = [];
  private readonly professionals = new Set<string>();
  private readonly agencies = new Set<string>();
  private n = 0;

  constructor(label: string) {
    this.p = uniquePrefix(label);
    this.household = `${this.p}h`;
  }

  id = (key: string): string => `${this.p}${key}`;

  member(person: string, from: string, to?: string | null): this {
    this.persons.set(person, { from, to: to ?? null });
    return this;
  }

  help(iv: Iv): string {
    const id = this.id(`i${this.n++}`);
    this.agencies.add(iv.agency);
    if (iv.professionalId) this.professionals.add(`${iv.agency}:${iv.professionalId}`);
    const { agency, person, household, professionalId, ...rest } = iv;
    this.interventions.push({
      ...rest, id, agencyId: this.id(`a-${agency}`),
      ...(professionalId ? { professionalId: this.id(`pr-${professionalId}`) } : {}),
      ...(person ? { personId: this.id(person) } : { householdId: this.household }),
    });
    return id;
  }

  event(ev: Ev): string {
    const id = this.id(`e${this.n++}`);
    const { agency, person, target, participants, ...rest } = ev;
    for (const a of [agency, ...(target ? [target] : []), ...(participants ?? [])]) this.agencies.add(a);
    this.events.push({
      ...rest, id, agencyId: this.id(`a-${agency}`),
      ...(person ? { personId: this.id(person) } : { householdId: this.household }),
      ...(target ? { targetAgencyId: this.id(`a-${target}`) } : {}),
      ...(participants ? { participantAgencyIds: participants.map((a) => this.id(`a-${a}`)) } : {}),
    });
    return id;
  }

  coordinator(from: string, to?: string | null): this {
    this.agencies.add("regie");
    this.coordinators.push({ from, to: to ?? null });
    return this;
  }

  outcome(intervention: string, date: string, result: string): this {
    this.outcomes.push({ intervention, date, result });
    return this;
  }

  async load(graph: Graph): Promise<this> {
    const result = await importDataset(graph, this.delivery(), TODAY);
    if (!result.ok) throw new Error(`scenario invalid: ${JSON.stringify(result.errors)}`);
    return this;
  }

  /** The scenario as one delivery (written again whole: imports are idempotent), e.g. for the API's importDataset. */
  delivery(): Dataset {
    const profs = [...this.professionals].map((k) => k.split(":") as [string, string]);
    return {
      source: this.id("delivery"),
      agencies: [...this.agencies].map((a) => ({ id: this.id(`a-${a}`), name: `Agency ${a}`, kind: "OTHER", domains: AGENCY_DOMAINS[a] ?? ["OVERIG"] })),
      professionals: [
        ...profs.map(([agency, pr]) => ({ id: this.id(`pr-${pr}`), name: `Professional ${pr}`, agencyId: this.id(`a-${agency}`) })),
        ...(this.coordinators.length ? [{ id: this.id("pr-regisseur"), name: "Regisseur", agencyId: this.id("a-regie") }] : []),
      ],
      households: [{ id: this.household, neighbourhood: this.id("wijk") }],
      persons: [...this.persons.keys()].map((k) => ({ id: this.id(k) })),
      memberships: [...this.persons].map(([k, m]) => ({ personId: this.id(k), householdId: this.household, role: "PARENT", from: m.from, to: m.to ?? null })),
      interventions: this.interventions,
      events: this.events,
      outcomes: this.outcomes.map((o, i) => ({ id: this.id(`o${i}`), interventionId: o.intervention, date: o.date, result: o.result })),
      coordinators: this.coordinators.map((c) => ({ householdId: this.household, professionalId: this.id("pr-regisseur"), from: c.from, to: c.to ?? null })),
    };
  }

  /** The detector's hits for this scenario's household (and its members) only. */
  detect(graph: Graph, kind: PatternKind, asOf = TODAY, params: Params = {}, window: { from?: string; to?: string } = {}): Promise<Hit[]> {
    return detect(graph, kind, { asOf, from: window.from ?? null, to: window.to ?? null }, params, this.household);
  }
}
