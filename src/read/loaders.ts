import DataLoader from "dataloader";
import { cypher } from "../graph/cypher";
import type { Graph } from "../graph/gateway";
import type {
  AgencyRecord, ConsentRecord, CoordinatorRecord, EventRecord, HouseholdRecord, InterventionRecord,
  HitChangeRecord, MembershipRecord, OutcomeRecord, PersonRecord, ProfessionalRecord, StoredHitRow,
} from "./records";

/** A query by name under read/queries, or by its path under src ("hits/queries/x"). */
const q = (name: string) => cypher(name.includes("/") ? `${name}.cypher` : `read/queries/${name}.cypher`);

/** One record per id; the query returns `row` with an `id`. */
function byId<T extends { id: string }>(graph: Graph, name: string): DataLoader<string, T | null> {
  const query = q(name);
  return new DataLoader(async (ids) => {
    const rows = await graph.read(query, { ids: [...ids] });
    const found = new Map(rows.map((r) => [(r.row as T).id, r.row as T]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** A list per key; the query returns `key` and `row`, already in display order. */
function listBy<T>(graph: Graph, name: string): DataLoader<string, T[]> {
  const query = q(name);
  return new DataLoader(async (keys) => {
    const rows = await graph.read(query, { ids: [...keys] });
    const lists = new Map<string, T[]>(keys.map((k) => [k, []]));
    for (const r of rows) lists.get(r.key as string)?.push(r.row as T);
    return keys.map((k) => lists.get(k) ?? []);
  });
}

/**
 * Ids per key, whose query returns each record whole (`row`) with its agency (`agency`): the
 * record and agency loaders are primed, so what a household shows next costs no further round trip.
 */
function idsPriming<T extends { id: string }>(graph: Graph, name: string, records: DataLoader<string, T | null>, agencies: DataLoader<string, AgencyRecord | null>): DataLoader<string, string[]> {
  const query = q(name);
  return new DataLoader(async (keys) => {
    const rows = await graph.read(query, { ids: [...keys] });
    const lists = new Map<string, string[]>(keys.map((k) => [k, []]));
    for (const r of rows) {
      const record = r.row as T;
      const agency = r.agency as AgencyRecord;
      records.prime(record.id, record);
      agencies.prime(agency.id, agency);
      lists.get(r.key as string)?.push(record.id);
    }
    return keys.map((k) => lists.get(k) ?? []);
  });
}

/** Per-request loaders: one caller's cache never serves another, and nested fields batch. */
export function createLoaders(graph: Graph) {
  const agency = byId<AgencyRecord>(graph, "agencies-by-id");
  const intervention = byId<InterventionRecord>(graph, "interventions-by-id");
  const event = byId<EventRecord>(graph, "events-by-id");
  return {
    household: byId<HouseholdRecord>(graph, "households-by-id"),
    person: byId<PersonRecord>(graph, "persons-by-id"),
    agency,
    professional: byId<ProfessionalRecord>(graph, "professionals-by-id"),
    intervention,
    event,
    membershipsOfHousehold: listBy<MembershipRecord>(graph, "memberships-by-household"),
    membershipsOfPerson: listBy<MembershipRecord>(graph, "memberships-by-person"),
    interventionIdsOfHousehold: idsPriming(graph, "interventions-by-household", intervention, agency),
    eventIdsOfHousehold: idsPriming(graph, "events-by-household", event, agency),
    interventionIdsOfPerson: listBy<string>(graph, "interventions-by-person"),
    eventIdsOfPerson: listBy<string>(graph, "events-by-person"),
    outcomesOfIntervention: listBy<OutcomeRecord>(graph, "outcomes-by-intervention"),
    coordinatorsOfHousehold: listBy<CoordinatorRecord>(graph, "coordinators-by-household"),
    consentsOfHousehold: listBy<ConsentRecord>(graph, "consents-by-household"),
    professionalIdsOfAgency: listBy<string>(graph, "professionals-by-agency"),
    storedHit: byId<StoredHitRow>(graph, "hits/queries/stored-hits-by-id"),
    storedHitsOfHousehold: listBy<StoredHitRow>(graph, "hits/queries/stored-hits-of-household"),
    hitHistory: listBy<HitChangeRecord>(graph, "hits/queries/hit-history"),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads many by id, in order, leaving out any that vanished. */
export async function loadAll<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const all = await loader.loadMany(ids);
  const failed = all.find((r) => r instanceof Error);
  if (failed) throw failed;
  return all.filter((r): r is T => r !== null);
}
