/**
 * node(id:) and nodes(ids:) over typed ids (issue 25): every object with an id is fetched again by
 * `<__typename>:<id>` exactly as the caller got it the usual way, in the same view, and where the
 * caller may not reach it the answer is null, as for an id that does not exist, with the miss in
 * the audit trail. Over HTTP, with real tokens of every role, against the real Neo4j.
 */
import { Pseudonyms } from "../src/access/pseudonyms";
import { Role } from "../src/access/viewer";
import { startApi } from "./support/api";
import { apiToday } from "./support/graph";
import { apiSuite, codeOf, dataOf } from "./support/api-suite";
import { Scenario } from "./support/scenario";
import { TEST_PSEUDONYM_KEY, tokenFor, type As } from "./support/tokens";

const api = apiSuite();
const pseudonyms = new Pseudonyms(TEST_PSEUDONYM_KEY);
let s: Scenario;
let ids: { wmoRunning: string; wmoEnded: string; jeugd: string; wocoSignal: string; politieSignal: string; caseId: string };

/**
 * A family helped by Wmo (twice: once ended, with an outcome) and youth care, a housing signal
 * nobody followed up and a police signal, under a consent covering Wmo and youth care; its
 * regisseur coordinates it and opened a case, whose conference (with the Wmo and youth workers)
 * agreed a plan. Imported through the API, so its pattern hits are stored.
 */
beforeAll(async () => {
  s = new Scenario("node").member("mother", "2010-01-01").member("son", "2012-03-01");
  const wmoRunning = s.help({ agency: "wmo", person: "mother", domain: "WMO", kind: "begeleiding", start: "2023-01-09", end: null, endReason: null, endReasonCode: null, professionalId: "pw" });
  const wmoEnded = s.help({ agency: "wmo", domain: "WMO", kind: "huishoudelijke hulp bij ziekte", start: "2021-03-01", end: "2022-03-01", endReason: "COMPLETED", endReasonCode: null, professionalId: "pw" });
  const jeugd = s.help({ agency: "jeugd", person: "son", domain: "JEUGD", kind: "gezinsbegeleiding", start: "2023-02-01", end: null, endReason: null, endReasonCode: null, professionalId: "pj" });
  const wocoSignal = s.event({ type: "SIGNAL", date: "2023-01-10", agency: "woco", person: "mother", domain: "WONEN", severity: 2, description: "buren horen ruzie" });
  const politieSignal = s.event({ type: "SIGNAL", date: "2026-06-10", agency: "politie", person: "mother", domain: "VEILIGHEID", severity: 3, description: "melding huiselijk geweld" });
  s.outcome(wmoEnded, "2022-02-15", "ACHIEVED").coordinator("2026-01-01");
  api.owns(s.p);
  const delivery = s.delivery();
  delivery.persons = (delivery.persons ?? []).map((p) => ({ ...p, name: p.id.endsWith("mother") ? "Anna Node Jansen" : "Tim Node Jansen", birthYear: 1990 }));
  delivery.consents = [{ id: s.id("c"), householdId: s.household, agencyIds: [s.id("a-wmo"), s.id("a-jeugd")], basis: "CONSENT", purpose: "integrale aanpak gezin", from: "2026-01-01", to: null }];
  expect(dataOf<{ ok: boolean }>(await api.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok } }`, { d: delivery }), "importDataset").ok).toBe(true);
  const regisseur: As = { role: Role.COORDINATOR, user: s.id("pr-regisseur") };
  const opened = await api.raw(`mutation($i: OpenCaseInput!) { openCase(input: $i) { case { id } userErrors { message } } }`,
    { i: { householdId: s.household, legalGround: "CONSENT", consentId: s.id("c"), note: "gezin loopt vast" } }, regisseur);
  const caseId = dataOf<{ case: { id: string } }>(opened, "openCase").case.id;
  const today = apiToday();
  const recorded = await api.raw(`mutation($i: RecordConferenceInput!) { recordConference(input: $i) { userErrors { message } } }`, { i: {
    caseId, date: today, participants: [s.id("pr-pw"), s.id("pr-pj")], familyPresent: true, familyWish: "rust in huis",
    agreements: "één plan, wijkcoach belt wekelijks", regisseurId: s.id("pr-regisseur"),
  } }, regisseur);
  expect(dataOf<{ userErrors: unknown[] }>(recorded, "recordConference").userErrors).toEqual([]);
  const agreed = await api.raw(`mutation($i: AgreePlanInput!) { agreePlan(input: $i) { userErrors { message } } }`, { i: {
    caseId, goals: [{ domain: "FINANCIEN", goal: "schulden in beeld", familyWords: "geen brieven meer" }],
    actions: [{ description: "aanmelden schuldhulp", domain: "FINANCIEN", ownerProfessionalId: s.id("pr-pw"), due: "2099-01-01" }],
  } }, regisseur);
  expect(dataOf<{ userErrors: unknown[] }>(agreed, "agreePlan").userErrors).toEqual([]);
  ids = { wmoRunning, wmoEnded, jeugd, wocoSignal, politieSignal, caseId };
});

const ROLES: Record<string, () => As> = {
  ADMIN: () => ({ role: Role.ADMIN }),
  COORDINATOR_OWN: () => ({ role: Role.COORDINATOR, user: s.id("pr-regisseur") }),
  COORDINATOR_OTHER: () => ({ role: Role.COORDINATOR, user: s.id("pr-someone-else") }),
  // took part in the case's conference, and its agency helps the family
  AGENCY_WORKER_AT_THE_TABLE: () => ({ role: Role.AGENCY_WORKER, user: s.id("pr-pw"), agency: s.id("a-wmo") }),
  // involved through its signal only: of the others' help it sees that it runs, not what it is
  AGENCY_WORKER_INVOLVED: () => ({ role: Role.AGENCY_WORKER, user: s.id("woco-worker"), agency: s.id("a-woco") }),
  ANALYST: () => ({ role: Role.ANALYST }),
};
const STRANGER = (): As => ({ role: Role.AGENCY_WORKER, user: s.id("stranger"), agency: s.id("a-nowhere") });

/** What each type shows, the same in the usual path and in node(id:); each fragment is named after its type. */
const SHOWN: Record<string, string> = {
  Household: "id neighbourhood members { id name } interventions { id kind } events { id description } consents { id purpose }",
  Person: "id name birthYear",
  Agency: "id name kind domains",
  Professional: "id name role",
  Intervention: "id domain kind start end endReason detailsHidden professional { id name } person { id name } household { id } outcomes { id }",
  Outcome: "id date result intervention { id kind }",
  Event: "id type date domain description severity agency { id } person { id name }",
  Consent: "id basis purpose from to agencies { id }",
  PatternHit: `id kind score status firstSeen explanation history { to note by } subject { ... on Household { id } ... on Person { id name } }
    evidence { date intervention { id kind } event { id description } person { id name } }`,
  DetectionRun: "id seq asOf trigger hits new counts { kind hits }",
  AuditEvent: "id seq at action outcome userId role operation households persons requested",
  Case: "id status legalGround legalArticle household { id } regisseur { id name } hits { id } history { kind note by } conferences { id agreements } plan { id }",
  CaseConference: "id date familyPresent familyWish agreements participants { id name } regisseur { id }",
  Plan: "id agreedOn goals { id goal } actions { id description }",
  PlanGoal: "id domain goal familyWords",
  PlanAction: "id description domain due doneOn progress overdue ownerProfessional { id name }",
};
const fragment = (type: string) => `fragment ${type} on ${type} { __typename ${SHOWN[type]} }`;
const EVERY_TYPE = Object.keys(SHOWN).sort();

/** The usual paths: the household by its list, everything on it, its case, its hits; the runs, the audit trail, live hits. */
const USUAL = `query Usual($n: String!, $patterns: Boolean!, $admin: Boolean!) {
  households(first: 1, neighbourhood: $n) { nodes {
    ...Household
    xMembers: members { ...Person }
    xHelp: interventions { ...Intervention agency { ...Agency } xProfessional: professional { ...Professional } xOutcomes: outcomes { ...Outcome } }
    xEvents: events { ...Event xAgency: agency { ...Agency } }
    xConsents: consents { ...Consent }
    coordinators { professional { ...Professional agency { ...Agency } } }
    patterns @include(if: $patterns) { ...PatternHit }
    case { ...Case xConferences: conferences { ...CaseConference xParticipants: participants { ...Professional } }
      xPlan: plan { ...Plan xGoals: goals { ...PlanGoal } xActions: actions { ...PlanAction } } }
  } }
  patternHits(kind: MISSED_SIGNAL, asOf: "2026-12-01", neighbourhood: $n) @include(if: $patterns) { nodes { ...PatternHit } }
  detectionRuns(first: 1) @include(if: $patterns) { nodes { ...DetectionRun } }
  auditEvents(first: 1) @include(if: $admin) { nodes { ...AuditEvent } }
} ${EVERY_TYPE.map(fragment).join("\n")}`;
/** One type per query: fields of one name but other types (Agency.kind, Intervention.kind) cannot share a selection without aliases. */
const NODE = (type: string) => `query Node($id: ID!) { node(id: $id) { ...${type} } } ${fragment(type)}`;
const NODES = (type: string) => `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { ...${type} } } ${fragment(type)}`;
const NODES_BARE = `query Nodes($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`;

type Obj = Record<string, unknown> & { __typename: string; id: string };
const PATTERN_ROLES = new Set([Role.ADMIN, Role.COORDINATOR, Role.ANALYST]);

/** Every object in an answer that has a __typename and an id, by its typed id, each occurrence. */
function objectsIn(value: unknown, found = new Map<string, Obj[]>()): Map<string, Obj[]> {
  if (Array.isArray(value)) value.forEach((v) => objectsIn(v, found));
  else if (value && typeof value === "object") {
    const o = value as Obj;
    if (typeof o.__typename === "string" && typeof o.id === "string") found.set(`${o.__typename}:${o.id}`, [...(found.get(`${o.__typename}:${o.id}`) ?? []), o]);
    Object.values(o).forEach((v) => objectsIn(v, found));
  }
  return found;
}

/** The fields two answers share (the usual path also follows links under other names). */
const shared = (a: Obj, b: Obj): [Record<string, unknown>, Record<string, unknown>] => {
  const keys = Object.keys(a).filter((k) => k in b);
  return [Object.fromEntries(keys.map((k) => [k, a[k]])), Object.fromEntries(keys.map((k) => [k, b[k]]))];
};

const seenBy = new Map<string, Map<string, Obj[]>>();
async function usual(label: string): Promise<Map<string, Obj[]>> {
  const known = seenBy.get(label);
  if (known) return known;
  const as = ROLES[label]!();
  const res = await api.raw(USUAL, { n: s.id("wijk"), patterns: PATTERN_ROLES.has(as.role), admin: as.role === Role.ADMIN }, as);
  expect(res.errors).toBeUndefined();
  const found = objectsIn(res.data);
  seenBy.set(label, found);
  return found;
}
const typeOf = (typedId: string) => typedId.slice(0, typedId.indexOf(":"));
/** node(id:) with the type's fields; a type that is not one (an error) fails the test. */
async function node(typedId: string, as: As): Promise<Obj | null> {
  return dataOf<Obj | null>(await api.raw(NODE(EVERY_TYPE.includes(typeOf(typedId)) ? typeOf(typedId) : "Household"), { id: typedId }, as), "node");
}
const types = (found: Map<string, Obj[]>) => [...new Set([...found.keys()].map(typeOf))].sort();
const REACHES: Record<string, string[]> = {
  ADMIN: EVERY_TYPE,
  COORDINATOR_OWN: EVERY_TYPE.filter((t) => t !== "AuditEvent"),
  COORDINATOR_OTHER: EVERY_TYPE.filter((t) => t !== "AuditEvent"), // the case too, in analyst form
  AGENCY_WORKER_AT_THE_TABLE: EVERY_TYPE.filter((t) => !["AuditEvent", "DetectionRun", "PatternHit"].includes(t)),
  AGENCY_WORKER_INVOLVED: ["Agency", "Consent", "Event", "Household", "Intervention", "Person", "Professional"],
  ANALYST: EVERY_TYPE.filter((t) => !["AuditEvent", "Case", "CaseConference", "Plan", "PlanAction", "PlanGoal"].includes(t)),
};

describe.each(Object.keys(ROLES))("as %s", (label) => {
  it("refetches every object it reached the usual way by node(id: \"<__typename>:<id>\"), with the same fields and values", async () => {
    const found = await usual(label);
    expect(types(found)).toEqual(REACHES[label]);
    for (const [typedId, occurrences] of found) {
      const again = await node(typedId, ROLES[label]!());
      expect(again).toBeTruthy();
      for (const seen of occurrences) {
        const [a, b] = shared(again as Obj, seen);
        expect([typedId, a]).toEqual([typedId, b]);
      }
    }
  });

  it("refetches them all at once by nodes(ids:), in the order given", async () => {
    const found = await usual(label);
    const typedIds = [...found.keys()].reverse();
    const bare = dataOf<Obj[]>(await api.raw(NODES_BARE, { ids: typedIds }, ROLES[label]!()), "nodes");
    expect(bare.map((o) => `${o.__typename}:${o.id}`)).toEqual(typedIds);
    for (const type of types(found)) {
      const ofType = typedIds.filter((t) => typeOf(t) === type);
      const all = dataOf<Obj[]>(await api.raw(NODES(type), { ids: ofType }, ROLES[label]!()), "nodes");
      all.forEach((o, i) => {
        const [a, b] = shared(o, found.get(ofType[i] as string)?.[0] as Obj);
        expect([ofType[i], a]).toEqual([ofType[i], b]);
      });
    }
  });

  if (label !== "ADMIN") {
    it("gets null for every object only other roles reach (or reach under another id), as for an id that does not exist", async () => {
      const own = await usual(label);
      const others = new Set([...(await usual("ADMIN")).keys(), ...(await usual("ANALYST")).keys()]);
      // agencies are public, and staff are seen by every role through agencies (under their pseudonyms from analyst-form records): see below
      // detection runs are the same for every role that reads them: the newest one is another run by the time another role asks (files beside this one run too)
      const everyRun = REACHES[label]!.includes("DetectionRun");
      const unreachable = [...others].filter((t) => !own.has(t) && !t.startsWith("Agency:") && !t.startsWith("Professional:") && !(everyRun && t.startsWith("DetectionRun:")));
      expect(unreachable.length).toBeGreaterThan(label.startsWith("COORDINATOR") ? 5 : 10);
      const res = await api.raw(NODES_BARE, { ids: unreachable }, ROLES[label]!());
      expect(res).toEqual({ data: { nodes: unreachable.map(() => null) } });
    });
  }
});

describe("the view a node is fetched in", () => {
  it("hides another agency's help from an agency worker as its household does: that it runs, its domain, start and whom to call", async () => {
    const seen = await node(`Intervention:${ids.wmoRunning}`, ROLES.AGENCY_WORKER_INVOLVED!());
    expect(seen).toMatchObject({ kind: null, end: null, endReason: null, detailsHidden: true, outcomes: [], professional: { id: s.id("pr-pw"), name: "Professional pw" } });
    // its outcome, its agency's events and the police's signal are not there at all
    for (const id of [`Outcome:${s.id("o0")}`, `Event:${ids.politieSignal}`, `Case:${ids.caseId}`]) expect(await node(id, ROLES.AGENCY_WORKER_INVOLVED!())).toBeNull();
    expect(await node(`Event:${ids.wocoSignal}`, ROLES.AGENCY_WORKER_INVOLVED!())).toMatchObject({ description: "buren horen ruzie" });
  });

  it("shows an analyst pseudonyms and no name or free text, whatever the type", async () => {
    const found = await usual("ANALYST");
    const again = await Promise.all([...found.keys()].map((typedId) => node(typedId, ROLES.ANALYST!())));
    const all = JSON.stringify([...found.keys()]) + JSON.stringify(again);
    // agencies are public, under their real ids; nothing else of the family's is shown by its real id
    const real = [s.household, s.id("mother"), s.id("son"), s.id("pr-pw"), s.id("pr-regisseur"), s.id("c"), s.id("o0"), ...Object.values(ids).filter((id) => id !== ids.caseId)];
    for (const secret of [...real, "Anna", "Tim", "begeleiding", "ruzie", "geweld", "integrale", "rust in huis", "schulden", "Professional pw"]) expect(all).not.toContain(secret);
  });

  it("shows a coordinator outside the household the case in analyst form: no notes, agreements, goals or staff names", async () => {
    const seen = await node(`Case:${ids.caseId}`, ROLES.COORDINATOR_OTHER!());
    expect(seen).toMatchObject({ id: ids.caseId, legalArticle: null, household: { id: pseudonyms.encode("Household", s.household) } });
    expect(JSON.stringify(seen)).not.toMatch(/gezin loopt vast|één plan|schulden|Regisseur|t-node/);
  });
});

describe("ids in the form the caller is shown them, and only those", () => {
  const hh = () => pseudonyms.encode("Household", s.household);

  it.each([
    ["an analyst, by a real id", "ANALYST", () => `Household:${s.household}`],
    ["an analyst, a help by its real id", "ANALYST", () => `Intervention:${ids.jeugd}`],
    ["an agency worker, by a pseudonym", "AGENCY_WORKER_AT_THE_TABLE", () => `Household:${hh()}`],
    ["an agency worker, its own help by a pseudonym", "AGENCY_WORKER_AT_THE_TABLE", () => `Intervention:${pseudonyms.encode("Intervention", ids.wmoRunning)}`],
    ["a coordinator, its own household by its pseudonym", "COORDINATOR_OWN", () => `Household:${hh()}`],
    ["a coordinator, another's household by its real id", "COORDINATOR_OTHER", () => `Household:${s.household}`],
    ["a coordinator, another's help by its real id", "COORDINATOR_OTHER", () => `Event:${ids.wocoSignal}`],
    ["an analyst, a pseudonym of another type", "ANALYST", () => `Person:${hh()}`],
  ])("finds nothing for %s, as household(id:) does", async (_, label, typedId) => {
    expect(await node(typedId(), ROLES[label]!())).toBeNull();
  });

  it("keeps household(id:) and person(id:) as they were: the same object as node(id:)", async () => {
    for (const [label, id] of [["ADMIN", s.household], ["ANALYST", hh()], ["COORDINATOR_OTHER", hh()], ["AGENCY_WORKER_INVOLVED", s.household]] as const) {
      const direct = dataOf(await api.raw(`query($id: ID!) { household(id: $id) { ...Household } } ${fragment("Household")}`, { id }, ROLES[label]!()), "household");
      expect(direct).toMatchObject({ __typename: "Household" });
      expect(await node(`Household:${id}`, ROLES[label]!())).toEqual(direct);
    }
    const person = dataOf(await api.raw(`query($id: ID!) { person(id: $id) { ...Person } } ${fragment("Person")}`, { id: s.id("mother") }, ROLES.COORDINATOR_OWN!()), "person");
    expect(person).toMatchObject({ name: "Anna Node Jansen" });
    expect(await node(`Person:${s.id("mother")}`, ROLES.COORDINATOR_OWN!())).toEqual(person);
  });

  it("names staff by a pseudonym as a record seen in analyst form does (no name), and by a real id as agencies list them", async () => {
    const pw = pseudonyms.encode("Professional", s.id("pr-pw"));
    expect(await node(`Professional:${pw}`, ROLES.COORDINATOR_OTHER!())).toEqual({ __typename: "Professional", id: pw, name: null, role: null });
    expect(await node(`Professional:${s.id("pr-pw")}`, ROLES.COORDINATOR_OTHER!())).toMatchObject({ id: s.id("pr-pw"), name: "Professional pw" });
    expect(await node(`Professional:${s.id("pr-pw")}`, ROLES.ANALYST!())).toBeNull();
    expect(await node(`Professional:${pw}`, ROLES.AGENCY_WORKER_INVOLVED!())).toBeNull();
  });
});

describe("an attacker with a lower role's valid token", () => {
  /** Every object of the family under the ids ADMIN and ANALYST are shown it by, and the same types with ids that do not exist. */
  const probes = async () => [...(await usual("ADMIN")).keys(), ...(await usual("ANALYST")).keys()].filter((t) => !t.startsWith("Agency:") && !t.startsWith("Professional:"));

  it("learns nothing through node from an agency that has nothing to do with the family: every answer is the answer for no such id, byte for byte", async () => {
    const as = STRANGER();
    const token = await tokenFor(as);
    const send = async (id: string) => (await api.api.http({ query: "query($id: ID!) { node(id: $id) { id } }", variables: { id } }, { authorization: `Bearer ${token}`, "x-purpose": "testing" })).text();
    const none = await send("Household:t-node-no-such-household");
    for (const typedId of await probes()) expect([typedId, await send(typedId)]).toEqual([typedId, none]);
    for (const typedId of EVERY_TYPE.map((t) => `${t}:${s.p}no-such-${t}`)) expect([typedId, await send(typedId)]).toEqual([typedId, none]);
  });

  it("leaves the miss in the audit trail as household(id:) leaves it, touching nobody", async () => {
    const as = { ...STRANGER(), user: s.id("prober") };
    await api.raw(`query ProbeByHousehold { household(id: "${s.household}") { id } }`, {}, as);
    await api.raw(`query ProbeByNode { node(id: "Household:${s.household}") { id } }`, {}, as);
    await api.raw(`query ProbeByNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [`Intervention:${ids.jeugd}`, `Person:${s.id("son")}`, `Case:${ids.caseId}`] }, as);
    const res = await api.raw(`query($u: String) { auditEvents(userId: $u, first: 10) { nodes { operation outcome action requested households persons } } }`, { u: s.id("prober") });
    const entries = dataOf<{ nodes: Record<string, unknown>[] }>(res, "auditEvents").nodes;
    const entry = (operation: string) => entries.find((e) => e.operation === operation);
    expect(entry("ProbeByHousehold")).toEqual({ operation: "ProbeByHousehold", outcome: "NOT_VISIBLE", action: "READ", requested: [`Household:${s.household}`], households: [], persons: [] });
    expect(entry("ProbeByNode")).toEqual({ ...entry("ProbeByHousehold"), operation: "ProbeByNode" });
    expect(entry("ProbeByNodes")).toEqual({
      operation: "ProbeByNodes", outcome: "NOT_VISIBLE", action: "READ", households: [], persons: [],
      requested: [`Case:${ids.caseId}`, `Intervention:${ids.jeugd}`, `Person:${s.id("son")}`],
    });
  });

  it("records what a node lookup showed, as the usual read records it", async () => {
    const as = { ...ROLES.AGENCY_WORKER_INVOLVED!(), user: s.id("reader") };
    await api.raw(`query ReadByNode { node(id: "Intervention:${ids.jeugd}") { id } }`, {}, as);
    await api.raw(`query ReadConsent { node(id: "Consent:${s.id("c")}") { id } }`, {}, as);
    const res = await api.raw(`query($u: String) { auditEvents(userId: $u, first: 10) { nodes { operation outcome households persons } } }`, { u: s.id("reader") });
    const entries = dataOf<{ nodes: Record<string, unknown>[] }>(res, "auditEvents").nodes;
    expect(entries.find((e) => e.operation === "ReadByNode")).toEqual({ operation: "ReadByNode", outcome: "SUCCESS", households: [], persons: [s.id("son")] });
    expect(entries.find((e) => e.operation === "ReadConsent")).toEqual({ operation: "ReadConsent", outcome: "SUCCESS", households: [s.household], persons: [] });
  });

  it("cannot reach hits, runs or the audit trail as an agency worker, nor cases as an analyst: null, never FORBIDDEN", async () => {
    const admin = await usual("ADMIN");
    const of = (type: string) => [...admin.keys()].filter((k) => k.startsWith(`${type}:`));
    const worker = await api.raw(NODES_BARE, { ids: [...of("PatternHit"), ...of("DetectionRun"), ...of("AuditEvent")] }, ROLES.AGENCY_WORKER_AT_THE_TABLE!());
    expect(worker.errors).toBeUndefined();
    expect((worker.data?.nodes as unknown[]).every((n) => n === null)).toBe(true);
    const analyst = await api.raw(NODES_BARE, { ids: [...of("Case"), ...of("CaseConference"), ...of("Plan"), ...of("PlanGoal"), ...of("PlanAction"), ...of("AuditEvent")] }, ROLES.ANALYST!());
    expect(analyst).toEqual({ data: { nodes: Array.from({ length: 6 }, () => null) } });
  });

  it("cannot forge a live hit's id, nor use one as an agency worker", async () => {
    const live = [...(await usual("ANALYST")).keys()].find((k) => k.startsWith("PatternHit:live_")) as string;
    expect(live).toBeDefined();
    expect(await node(live, ROLES.ANALYST!())).toMatchObject({ kind: "MISSED_SIGNAL", status: null });
    expect(await node(live, ROLES.AGENCY_WORKER_INVOLVED!())).toBeNull();
    expect(await node(`${live.slice(0, -4)}AAAA`, ROLES.ANALYST!())).toBeNull();
    expect(await node("PatternHit:live_", ROLES.ANALYST!())).toBeNull();
  });

  it("needs a purpose for node whatever the type, an agency too", async () => {
    const res = await api.raw(`{ node(id: "Agency:${s.id("a-wmo")}") { id } }`, {}, { ...ROLES.ANALYST!(), purpose: null });
    expect(codeOf(res)).toBe("PURPOSE_REQUIRED");
  });
});

describe("typed ids the API cannot read", () => {
  it.each([
    ["a bare id", "123456782", /not a typed id.*Household:h-1/],
    ["an unknown type", "Anna Jansen:h-1", /not a typed id.*Household:h-1/],
    ["a type without an id", "Household:", /nothing after "Household:"/],
    ["a type read through its parent", "TimelineEntry:EVENT:e-1:2024-01-01", /TimelineEntry is not a Node.*timeline/],
  ])("refuses %s as BAD_USER_INPUT saying the form, and echoes none of it", async (_, id, message) => {
    const res = await api.raw(`query($id: ID!) { node(id: $id) { id } }`, { id }, ROLES.ANALYST!());
    expect(codeOf(res)).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(message);
    expect(res.errors?.[0]?.message).not.toMatch(/123456782|Anna|EVENT:e-1/);
  });

  it("refuses more than 100 ids, and a batch with one bad id before looking any up", async () => {
    const many = Array.from({ length: 101 }, (_, i) => `Household:${s.p}x${i}`);
    const res = await api.raw(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: many }, ROLES.ANALYST!());
    expect([codeOf(res), res.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", "ids: at most 100 ids at once, got 101"]);
    const mixed = await api.raw(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [`Household:${s.household}`, "h-1"] }, ROLES.ADMIN!());
    expect([codeOf(mixed), mixed.errors?.[0]?.message]).toEqual(["BAD_USER_INPUT", expect.stringMatching(/^ids\[1\]: not a typed id/)]);
    expect(mixed.data).toBeNull();
  });

  it("gives one null per id nobody may reach, in the order given", async () => {
    const res = await api.raw(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
      { ids: [`Person:${s.id("son")}`, `Household:${s.p}gone`, `Agency:${s.id("a-wmo")}`, `Person:${s.id("son")}`, `Case:${s.p}gone`] }, ROLES.ADMIN!());
    expect(dataOf(res, "nodes")).toEqual([
      { __typename: "Person", id: s.id("son") }, null, { __typename: "Agency", id: s.id("a-wmo") }, { __typename: "Person", id: s.id("son") }, null,
    ]);
  });

  it("costs each id given: a page of heavy nodes that is too costly for 100 ids is refused, after the same text passed with one", async () => {
    const HEAVY = `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Household { timeline { agency { professionals { agency { professionals { id } } } } }
      members { memberships { household { id } } } } } }`;
    const one = await api.raw(HEAVY, { ids: [`Household:${s.household}`] }, ROLES.ADMIN!());
    expect(one.errors).toBeUndefined();
    const hundred = await api.raw(HEAVY, { ids: Array.from({ length: 100 }, () => `Household:${s.household}`) }, ROLES.ADMIN!());
    expect([codeOf(hundred), hundred.errors?.[0]?.message]).toEqual(["GRAPHQL_VALIDATION_FAILED", expect.stringMatching(/^This operation costs \d+, more than the 25000 allowed/)]);
  });
});

describe("in production", () => {
  it("holds coordinators and agency workers to the workspace's documents: node is no way around them", async () => {
    const production = await startApi(api.graph, { NODE_ENV: "production" });
    try {
      for (const as of [ROLES.COORDINATOR_OWN!(), ROLES.AGENCY_WORKER_AT_THE_TABLE!()]) {
        const res = await production.raw(`{ node(id: "Household:${s.household}") { id } }`, {}, as);
        expect(codeOf(res)).toBe("FORBIDDEN");
        expect(res.data).toBeUndefined();
      }
      expect((await production.raw(`{ node(id: "Household:${s.household}") { id } }`, {}, { role: Role.ADMIN })).data?.node).toEqual({ id: s.household });
    } finally {
      await production.close();
    }
  });
});
