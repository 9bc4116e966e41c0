import DataLoader from "dataloader";
import { cypher } from "../graph/cypher";
import type { Graph, Row } from "../graph/gateway";
import { consentRow, outcomeRow } from "./rows";
import type {
  AgencyRecord, ConsentRecord, CoordinatorRecord, EventRecord, HouseholdRecord, InterventionRecord,
  HitChangeRecord, MembershipRecord, OutcomeRecord, PersonRecord, ProfessionalRecord, StoredHitRow,
} from "./records";

/** A query by name under read/queries, or by its path under src ("hits/queries/x"). */
const q = (name: string) => cypher(name.includes("/") ? `${name}.cypher` : `read/queries/${name}.cypher`);

/** One record per id; the query returns `row` with an `id` (checked by `parse` where given). */
function byId<T extends { id: string }>(graph: Graph, name: string, parse: (row: unknown) => T = (row) => row as T): DataLoader<string, T | null> {
  const query = q(name);
  return new DataLoader(async (ids) => {
    const rows = await graph.read(query, { ids: [...ids] });
    const found = new Map(rows.map((r) => parse(r.row)).map((row) => [row.id, row]));
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

/** The lists of a household that household-lists.cypher reads, each only when asked. */
type HouseholdList = "memberships" | "interventions" | "events" | "coordinators" | "consents";
/** What household-lists.cypher brings along with each intervention when asked: what the request shows of it. */
type InterventionPart = "intervention-professionals" | "intervention-outcomes";
interface AheadBatch { ids: string[]; lists: Set<HouseholdList>; rows: Promise<Map<string, Row>> }

/**
 * A household's lists: whichever of them are asked for in the same tick, for whichever households,
 * come in one query. Each item comes whole with what the page shows next (`prime` puts that in the
 * other loaders), so what a household shows costs no further round trip.
 */
function householdLists(graph: Graph, parts: ReadonlySet<InterventionPart>) {
  const query = q("household-lists");
  /** The query's $lists: the lists, and with help the parts of it this request shows. */
  const listsParam = (lists: Iterable<HouseholdList>): string[] => {
    const all: string[] = [...new Set(lists)];
    return all.includes("interventions") ? [...all, ...parts] : all;
  };
  /** Reads started ahead (a household page): the household and the lists it will show, in one query. */
  const ahead = new Map<string, { lists: Set<HouseholdList>; row: Promise<Row | undefined> }>();
  const lists = new DataLoader<string, Row[]>(async (keys) => {
    const asked = keys.map((k) => JSON.parse(k) as [HouseholdList, string]);
    const inAhead = ([list, id]: [HouseholdList, string]) => ahead.get(id)?.lists.has(list) === true;
    const rest = asked.filter((a) => !inAhead(a));
    const rows = rest.length ? await graph.read(query, { ids: [...new Set(rest.map(([, id]) => id))], lists: listsParam(rest.map(([list]) => list)) }) : [];
    const byId = new Map(rows.map((r) => [r.key as string, r]));
    return Promise.all(asked.map(async ([list, id]) => {
      const row = inAhead([list, id]) ? await ahead.get(id)?.row : byId.get(id);
      return (row?.[list] as Row[] | undefined) ?? [];
    }));
  });
  const loader = <T>(list: HouseholdList, prime: (item: Row) => void, value: (item: Row) => T): DataLoader<string, T[]> =>
    new DataLoader(async (ids) => {
      const found = await lists.loadMany(ids.map((id) => JSON.stringify([list, id])));
      return found.map((items) => (items instanceof Error ? items : items.map((item) => (prime(item), value(item)))));
    });
  /** The households read ahead in this tick (several `household(id:)` in one request): one query for all. */
  let batch: AheadBatch | undefined;
  /** Starts reading a household with the lists it will show; the household, once read (null: there is none). */
  const readAhead = (id: string, wanted: Set<HouseholdList>): Promise<HouseholdRecord | null> => {
    if (!batch) {
      const next: AheadBatch = { ids: [], lists: new Set(), rows: Promise.resolve(new Map()) };
      next.rows = Promise.resolve().then(async () => {
        batch = undefined;
        const rows = await graph.read(query, { ids: next.ids, lists: listsParam(next.lists) });
        return new Map(rows.map((r) => [r.key as string, r]));
      });
      batch = next;
    }
    batch.ids.push(id);
    for (const list of wanted) batch.lists.add(list);
    const row = batch.rows.then((rows) => rows.get(id));
    ahead.set(id, { lists: batch.lists, row });
    return row.then((r) => (r?.household as HouseholdRecord | undefined) ?? null);
  };
  return { loader, readAhead, isAhead: (id: string) => ahead.has(id) };
}

/** Per-request loaders: one caller's cache never serves another, and nested fields batch. */
export function createLoaders(graph: Graph) {
  const agency = byId<AgencyRecord>(graph, "agencies-by-id");
  const intervention = byId<InterventionRecord>(graph, "interventions-by-id");
  const event = byId<EventRecord>(graph, "events-by-id");
  const person = byId<PersonRecord>(graph, "persons-by-id");
  const professional = byId<ProfessionalRecord>(graph, "professionals-by-id");
  const outcomesOfIntervention = listBy<OutcomeRecord>(graph, "outcomes-by-intervention");
  /** What of each intervention this request shows beyond the intervention itself (see `expect`). */
  const interventionParts = new Set<InterventionPart>();
  const { loader: ofHousehold, readAhead: readHouseholdAhead, isAhead } = householdLists(graph, interventionParts);
  /** Households read along with their lists (readAhead), by id. */
  const aheadHouseholds = new Map<string, Promise<HouseholdRecord | null>>();
  const householdsById = q("households-by-id");
  const household = new DataLoader<string, HouseholdRecord | null>(async (ids) => {
    const rest = ids.filter((id) => !aheadHouseholds.has(id));
    const rows = rest.length ? await graph.read(householdsById, { ids: rest }) : [];
    const found = new Map(rows.map((r) => [(r.row as HouseholdRecord).id, r.row as HouseholdRecord]));
    return Promise.all(ids.map(async (id) => (aheadHouseholds.has(id) ? aheadHouseholds.get(id) : found.get(id) ?? null) ?? null));
  });
  const primeProfessional = (p: unknown) => (p as ProfessionalRecord | null)?.agencyId && professional.prime((p as ProfessionalRecord).id, p as ProfessionalRecord);
  const loaders = {
    household,
    person,
    agency,
    professional,
    intervention,
    event,
    membershipsOfHousehold: ofHousehold("memberships", (r) => {
      const p = r.person as PersonRecord;
      person.prime(p.id, p);
    }, (r) => r.row as MembershipRecord),
    membershipsOfPerson: listBy<MembershipRecord>(graph, "memberships-by-person"),
    interventionIdsOfHousehold: ofHousehold("interventions", (r) => {
      const i = r.row as InterventionRecord;
      intervention.prime(i.id, i);
      agency.prime((r.agency as AgencyRecord).id, r.agency as AgencyRecord);
      primeProfessional(r.professional); // only as professionals-by-id would return it: with the agency it works at
      if (Array.isArray(r.outcomes)) outcomesOfIntervention.prime(i.id, r.outcomes as OutcomeRecord[]); // null: not read
    }, (r) => (r.row as InterventionRecord).id),
    eventIdsOfHousehold: ofHousehold("events", (r) => {
      const e = r.row as EventRecord;
      event.prime(e.id, e);
      agency.prime((r.agency as AgencyRecord).id, r.agency as AgencyRecord);
    }, (r) => (r.row as EventRecord).id),
    interventionIdsOfPerson: listBy<string>(graph, "interventions-by-person"),
    eventIdsOfPerson: listBy<string>(graph, "events-by-person"),
    outcomesOfIntervention,
    /** Outcomes and consents by their own ids (node(id:)); lists reach them through their help and household. */
    outcome: byId(graph, "outcomes-by-id", (row) => outcomeRow.parse(row) as OutcomeRecord),
    consent: byId(graph, "consents-by-id", (row) => consentRow.parse(row)),
    coordinatorsOfHousehold: ofHousehold("coordinators", (r) => primeProfessional(r.professional), (r) => r.row as CoordinatorRecord),
    consentsOfHousehold: ofHousehold("consents", () => undefined, (r) => r.row as ConsentRecord),
    professionalIdsOfAgency: listBy<string>(graph, "professionals-by-agency"),
    storedHit: byId<StoredHitRow>(graph, "hits/queries/stored-hits-by-id"),
    storedHitsOfHousehold: listBy<StoredHitRow>(graph, "hits/queries/stored-hits-of-household"),
    hitHistory: listBy<HitChangeRecord>(graph, "hits/queries/hit-history"),
  };
  return {
    ...loaders,
    /**
     * Says which fields the request asks for (at any depth) before a household's help is loaded:
     * its professionals and outcomes then come in the same query. Left unsaid, they are loaded
     * by their own loaders when a field asks, so this changes round trips, never answers.
     */
    expect(fields: Iterable<string>): void {
      for (const f of fields) {
        if (f === "professional") interventionParts.add("intervention-professionals");
        if (f === "outcomes" || f === "timeline") interventionParts.add("intervention-outcomes");
      }
    },
    /** Households a page query brought whole: loading them by id then costs no round trip. */
    knownHouseholds(rows: HouseholdRecord[]): void {
      for (const h of rows) loaders.household.prime(h.id, h);
    },
    /**
     * Whether a pattern's subject is still stored (another request may have removed it since the
     * hits were listed). Read raw, so asking touches no one; the record it loads is then at hand.
     */
    async subjectStored(type: "Person" | "Household", id: string): Promise<boolean> {
      return (await (type === "Person" ? loaders.person : loaders.household).load(id)) !== null;
    },
    /**
     * Reads a household together with the lists its asked-for fields will show: a household page
     * is one query. Nothing is returned: records reach a resolver only through the secured
     * loaders, which then find them read (or being read).
     */
    readAhead(householdId: string, fields: Iterable<string>): void {
      const wanted = new Set([...fields].flatMap((f) => HOUSEHOLD_FIELDS_LISTS[f] ?? []));
      if (!wanted.size || isAhead(householdId)) return;
      const found = readHouseholdAhead(householdId, wanted);
      found.catch(() => undefined); // a failure shows where a field loads what it read
      aheadHouseholds.set(householdId, found);
    },
  };
}

/** Which of a household's lists each of its fields reads (see HouseholdResolver). */
const HOUSEHOLD_FIELDS_LISTS: Record<string, HouseholdList[]> = {
  memberships: ["memberships"],
  members: ["memberships"],
  interventions: ["interventions"],
  outcomes: ["interventions"],
  events: ["events"],
  coordinators: ["coordinators"],
  consents: ["consents"],
  timeline: ["memberships", "interventions", "events", "coordinators", "consents"],
};

export type Loaders = ReturnType<typeof createLoaders>;

/** Loads many by id, in order, leaving out any that vanished. */
export async function loadAll<T>(loader: DataLoader<string, T | null>, ids: readonly string[]): Promise<T[]> {
  const all = await loader.loadMany(ids);
  const failed = all.find((r) => r instanceof Error);
  if (failed) throw failed;
  return all.filter((r): r is T => r !== null);
}
