/**
 * Cases (issue 22): a coordinator opens a case on a household it coordinates, under a legal ground,
 * plans and records a conference with the proposed participants, agrees a plan, and sees whether
 * the patterns stopped — against the real Neo4j, over HTTP.
 */
import { Role } from "../src/access/viewer";
import { Graph, RequestGraph } from "../src/graph/gateway";
import { apiSuite, codeOf, dataOf } from "./support/api-suite";
import { apiToday } from "./support/graph";
import { cypher } from "../src/graph/cypher";
import { neoDate } from "../src/graph/convert";
import { Scenario } from "./support/scenario";
import type { As } from "./support/tokens";

const api = apiSuite();
const code = codeOf;
const data = dataOf;

/**
 * A family helped by Wmo and youth care at once since 2023 without a table, a housing signal nobody
 * followed up, a safety signal this year; its regisseur coordinates it since 2026-01-01, under consent.
 */
async function family(label: string): Promise<Scenario> {
  const s = new Scenario(label).member("mother", "2010-01-01").member("son", "2012-03-01");
  s.help({ agency: "wmo", person: "mother", domain: "WMO", kind: "begeleiding", start: "2023-01-09", end: null, endReason: null, endReasonCode: null, professionalId: "pw" });
  s.help({ agency: "jeugd", person: "son", domain: "JEUGD", kind: "gezinsbegeleiding", start: "2023-02-01", end: null, endReason: null, endReasonCode: null, professionalId: "pj" });
  s.event({ type: "SIGNAL", date: "2023-01-10", agency: "woco", person: "mother", domain: "WONEN", severity: 2 });
  s.event({ type: "SIGNAL", date: "2026-06-10", agency: "politie", person: "mother", domain: "VEILIGHEID", severity: 3 });
  s.coordinator("2026-01-01");
  api.owns(s.p);
  const delivery = s.delivery();
  delivery.persons = (delivery.persons ?? []).map((p) => ({ ...p, name: p.id.endsWith("mother") ? `Anna ${label} Jansen` : `Tim ${label} Jansen` }));
  delivery.consents = [{ id: s.id("c"), householdId: s.household, agencyIds: [s.id("a-wmo"), s.id("a-jeugd")], basis: "CONSENT", purpose: "integrale aanpak", from: "2026-01-01", to: null }];
  const res = await api.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok errors { path message } } }`, { d: delivery });
  expect(data<{ ok: boolean }>(res, "importDataset").ok).toBe(true);
  return s;
}

const regisseur = (s: Scenario): As => ({ role: Role.COORDINATOR, user: s.id("pr-regisseur") });
const CASE_FIELDS = `id status legalGround legalArticle regisseur { id name } household { id } hits { id kind status }
  history { kind from to note by byProfessional { name } }
  conferences { date familyPresent familyWish agreements participants { id name } regisseur { id } }
  plan { goals { domain goal familyWords } actions { id description due overdue doneOn ownerAgency { name } ownerProfessional { name } } }`;
const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { ${CASE_FIELDS} } userErrors { field message } } }`;
type CaseShape = {
  id: string; status: string; legalGround: string | null; regisseur: { id: string; name: string | null } | null; hits: { id: string; kind: string; status: string }[];
  history: { kind: string; from: string | null; to: string | null; note: string | null; by: string | null; byProfessional: { name: string | null } | null }[];
  conferences: { date: string; participants: { id: string }[]; agreements: string | null }[];
  plan: { goals: { domain: string }[]; actions: { id: string; overdue: boolean }[] } | null;
};
type Payload = { case: CaseShape | null; userErrors: { field: string[]; message: string }[] };

async function openCaseOn(s: Scenario, as: As = regisseur(s), input: Record<string, unknown> = {}): Promise<Payload> {
  const res = await api.raw(OPEN, { input: { householdId: s.household, legalGround: "CONSENT", consentId: s.id("c"), note: "gezin loopt vast", ...input } }, as);
  return data<Payload>(res, "openCase");
}

describe("opening a case", () => {
  it("opens one case per household under its consent, led by the coordinator who opened it", async () => {
    const s = await family("case-open");
    const opened = await openCaseOn(s);
    expect(opened.userErrors).toEqual([]);
    expect(opened.case).toMatchObject({ status: "SIGNALLED", legalGround: "CONSENT", regisseur: { id: s.id("pr-regisseur"), name: "Regisseur" }, household: { id: s.household } });
    expect(opened.case?.history).toEqual([expect.objectContaining({ kind: "OPENED", to: "SIGNALLED", note: "gezin loopt vast", byProfessional: { name: "Regisseur" } })]);
    expect(opened.case?.hits.map((h) => h.kind).sort()).toEqual(["MISSED_SIGNAL", "UNCOORDINATED_OVERLAP"]);
    const again = await openCaseOn(s);
    expect(again).toEqual({ case: null, userErrors: [{ field: ["input", "householdId"], message: expect.stringContaining("open case already") }] });
    // a hit that belongs to a case shows it, and so does the household
    const res = await api.raw(`query($id: ID!) { household(id: $id) { case { id } patterns { kind case { id status } } } }`, { id: s.household }, regisseur(s));
    const h = data<{ case: { id: string }; patterns: { case: { id: string } | null }[] }>(res, "household");
    expect(h.case.id).toBe(opened.case?.id);
    expect(h.patterns.every((p) => p.case?.id === opened.case?.id)).toBe(true);
  });

  it("names every problem of the input with its field, and writes nothing", async () => {
    const s = await family("case-input");
    const task = await openCaseOn(s, regisseur(s), { legalGround: "LEGAL_TASK", note: "x".repeat(2001) });
    expect(task.case).toBeNull();
    expect(task.userErrors).toEqual([
      { field: ["input", "note"], message: "at most 2000 characters (this has 2001)" },
      { field: ["input", "consentId"], message: "only a case on CONSENT names a consent record" },
      { field: ["input", "legalArticle"], message: expect.stringContaining("names its article") },
    ]);
    const wrongConsent = await openCaseOn(s, regisseur(s), { consentId: "c-elsewhere" });
    expect(wrongConsent.userErrors).toEqual([{ field: ["input", "consentId"], message: "this household has no consent record with this id" }]);
    const res = await api.raw(`query($id: ID!) { household(id: $id) { case { id } } }`, { id: s.household }, regisseur(s));
    expect(data<{ case: unknown }>(res, "household").case).toBeNull();
  });

  it("is for the household's own coordinator or an admin: another coordinator, an agency worker and an analyst are refused", async () => {
    const s = await family("case-who");
    const other = await family("case-who-other");
    const res = await api.raw(OPEN, { input: { householdId: s.household, legalGround: "VITAL_INTEREST", note: "acuut" } }, regisseur(other));
    // another coordinator sees the household as an analyst does: its real id finds nothing
    expect(data<Payload>(res, "openCase").userErrors).toEqual([{ field: ["input", "householdId"], message: "no household has this id" }]);
    expect(code(await api.raw(OPEN, { input: { householdId: s.household, legalGround: "VITAL_INTEREST", note: "x" } }, { role: Role.AGENCY_WORKER, agency: s.id("a-wmo") }))).toBe("FORBIDDEN");
    expect(code(await api.raw(`{ cases { totalCount } }`, {}, { role: Role.ANALYST }))).toBe("FORBIDDEN");
    const byAdmin = await openCaseOn(s, { role: Role.ADMIN }, { legalGround: "LEGAL_TASK", consentId: null, legalArticle: "Jeugdwet art. 2.1" });
    expect(byAdmin.case).toMatchObject({ status: "SIGNALLED", regisseur: null, legalGround: "LEGAL_TASK" });
  });
});

const CASELOAD = `query($mine: Boolean, $n: String, $since: String, $first: Int, $after: String) {
  caseload(mine: $mine, neighbourhood: $n, since: $since, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { household { id } priority priorityExplanation newSince newHitIds hits { kind } case { id status } regisseur { name } } } } }`;
type Entry = {
  household: { id: string }; priority: number; priorityExplanation: string; newSince: boolean; newHitIds: string[]; hits: { kind: string }[];
  case: { id: string } | null; regisseur: { name: string | null } | null;
};
type Caseload = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Entry }[] };

describe("the caseload puts families first", () => {
  it("lists a coordinator's own households by default, one row each with all its patterns and the priority in words", async () => {
    const s = await family("load-mine");
    const load = data<Caseload>(await api.raw(CASELOAD, {}, regisseur(s)), "caseload");
    expect(load.edges.map((e) => e.node.household.id)).toEqual([s.household]);
    const [row] = load.edges.map((e) => e.node);
    expect(row?.hits.map((h) => h.kind).sort()).toEqual(["MISSED_SIGNAL", "UNCOORDINATED_OVERLAP"]);
    // 2 patterns + a safety signal this year + found today; it has a regisseur, so no points for that
    expect(row?.priority).toBe(5);
    expect(row?.priorityExplanation).toBe("2 verschillende patronen (+2) · 1 veiligheidssignaal in het afgelopen jaar (+2) · nieuw vandaag (+1)");
    expect(row?.case).toBeNull();
    expect(row?.regisseur).toEqual({ name: "Regisseur" }); // it has one, case or not
  });

  it("filters by neighbourhood whatever its case, and keeps rows in place while loading more", async () => {
    const a = await family("load-page-a");
    const b = await family("load-page-b");
    // everyone's caseload, for an admin, one neighbourhood, written in capitals
    const one = data<Caseload>(await api.raw(CASELOAD, { mine: false, n: a.id("wijk").toUpperCase() }, { role: Role.ADMIN }), "caseload");
    expect(one.edges.map((e) => e.node.household.id)).toEqual([a.household]);
    const all: string[] = [];
    let after: string | null = null;
    do {
      const page: Caseload = data<Caseload>(await api.raw(CASELOAD, { mine: false, first: 2, after }, { role: Role.ADMIN }), "caseload");
      all.push(...page.edges.map((e) => e.node.household.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual(expect.arrayContaining([a.household, b.household]));
  });

  it("passes over a household removed while its caseload is read (retention meanwhile), instead of answering an error, and keeps its pages full", async () => {
    const families = [await family("load-gone-a"), await family("load-gone-b"), await family("load-gone-c")];
    const n = families[0]!.id("wijk");
    for (const s of families.slice(1)) {
      await api.graph.write({ name: "test-same-neighbourhood", text: "MATCH (h:Household {id: $id}) SET h.neighbourhood = $n" }, { id: s.household, n });
    }
    const ids = (c: Caseload) => c.edges.map((e) => e.node.household.id);
    const order = ids(data<Caseload>(await api.raw(CASELOAD, { mine: false, n }, { role: Role.ADMIN }), "caseload"));
    expect([...order].sort()).toEqual(families.map((s) => s.household).sort());
    // the first of them goes right after the caseload's facts were read (a request's own view of the graph), before its page is made
    const read = Graph.prototype.read;
    let removed = false;
    const spy = jest.spyOn(RequestGraph.prototype, "read").mockImplementation(async function (this: RequestGraph, query, params) {
      const rows = await read.call(this, query, params);
      if (query.name === "caseload-facts") {
        spy.mockRestore();
        removed = true;
        await api.graph.write({ name: "test-remove-household", text: "MATCH (h:Household {id: $id}) DETACH DELETE h" }, { id: order[0] });
      }
      return rows;
    });
    const first = data<Caseload>(await api.raw(CASELOAD, { mine: false, n, first: 1 }, { role: Role.ADMIN }), "caseload");
    expect(removed).toBe(true);
    expect({ ids: ids(first), more: first.pageInfo.hasNextPage, total: first.totalCount }).toEqual({ ids: [order[1]], more: true, total: 2 });
    const next = data<Caseload>(await api.raw(CASELOAD, { mine: false, n, first: 1, after: first.pageInfo.endCursor }, { role: Role.ADMIN }), "caseload");
    expect({ ids: ids(next), more: next.pageInfo.hasNextPage }).toEqual({ ids: [order[2]], more: false });
  });

  it("marks exactly what is new since a moment: nothing since now, the hits found before it otherwise", async () => {
    const before = new Date(Date.now() - 1000).toISOString();
    const s = await family("load-new");
    const since = data<Caseload>(await api.raw(CASELOAD, { since: before }, regisseur(s)), "caseload").edges[0]?.node;
    expect(since?.newSince).toBe(true);
    expect(since?.newHitIds).toHaveLength(2);
    const now = data<Caseload>(await api.raw(CASELOAD, { since: new Date().toISOString() }, regisseur(s)), "caseload").edges[0]?.node;
    expect(now).toMatchObject({ newSince: false, newHitIds: [] });
  });

  it("is not for analysts or agency workers, who get aggregates and their agency's households instead", async () => {
    expect(code(await api.raw(CASELOAD, {}, { role: Role.ANALYST }))).toBe("FORBIDDEN");
    expect(code(await api.raw(CASELOAD, {}, { role: Role.AGENCY_WORKER, agency: "a-wmo" }))).toBe("FORBIDDEN");
  });
});

describe("working on a case", () => {
  it("keeps notes, about the case or a period of the roll, and hands the case to a colleague, who coordinates from today", async () => {
    const s = await family("case-work");
    const caseId = (await openCaseOn(s)).case?.id as string;
    const NOTE = `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { case { history { kind note aboutFrom aboutTo } } userErrors { field message } } }`;
    const noted = data<{ case: { history: { kind: string; note: string | null; aboutFrom: string | null; aboutTo: string | null }[] } }>(
      await api.raw(NOTE, { input: { caseId, note: "huurachterstand en school tegelijk", aboutFrom: "2023-01-01", aboutTo: "2023-06-30" } }, regisseur(s)), "addCaseNote");
    expect(noted.case.history.at(-1)).toEqual({ kind: "NOTE", note: "huurachterstand en school tegelijk", aboutFrom: "2023-01-01", aboutTo: "2023-06-30" });
    const half = await api.raw(NOTE, { input: { caseId, note: "x", aboutFrom: "2023-01-01" } }, regisseur(s));
    expect(data<Payload>(half, "addCaseNote").userErrors).toEqual([{ field: ["input", "aboutTo"], message: "a period has a start and an end" }]);
    // a note on one item of the roll: only on this household's
    const ITEM_NOTE = `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { case { history { note aboutItemId } } userErrors { field message } } }`;
    const onItem = await api.raw(ITEM_NOTE, { input: { caseId, note: "hier begon het", aboutItemId: s.id("i0") } }, regisseur(s));
    expect(data<{ case: { history: { note: string; aboutItemId: string | null }[] } }>(onItem, "addCaseNote").case.history.at(-1)).toEqual({ note: "hier begon het", aboutItemId: s.id("i0") });
    const elsewhere = await api.raw(ITEM_NOTE, { input: { caseId, note: "x", aboutItemId: "i-of-another-family" } }, regisseur(s));
    expect(data<Payload>(elsewhere, "addCaseNote").userErrors).toEqual([{ field: ["input", "aboutItemId"], message: "no help or event on this household's roll has this id" }]);

    const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { case { regisseur { id } history { kind regisseur { id } } } userErrors { field message } } }`;
    const handed = await api.raw(ASSIGN, { input: { caseId, regisseurId: s.id("pr-pj"), note: "jeugd neemt het over" } }, regisseur(s));
    const c = data<{ case: { regisseur: { id: string }; history: { kind: string; regisseur: { id: string } | null }[] } }>(handed, "assignCase").case;
    expect(c.regisseur.id).toBe(s.id("pr-pj"));
    expect(c.history.at(-1)).toEqual({ kind: "ASSIGNED", regisseur: { id: s.id("pr-pj") } });
    // the colleague now coordinates the household: it is in their caseload; the one who handed over no longer works on it
    const colleague: As = { role: Role.COORDINATOR, user: s.id("pr-pj") };
    expect(data<Caseload>(await api.raw(CASELOAD, {}, colleague), "caseload").edges.map((e) => e.node.household.id)).toEqual([s.household]);
    expect(code(await api.raw(NOTE, { input: { caseId, note: "nog één ding" } }, regisseur(s)))).toBe("FORBIDDEN");
  });
});

const PROPOSALS = `query($id: ID!) { case(id: $id) { proposals { domain running agency { name } professional { id name } } } }`;
const RECORD = `mutation($input: RecordConferenceInput!) { recordConference(input: $input) { case { ${CASE_FIELDS} } userErrors { field message } } }`;

describe("the case conference", () => {
  it("proposes who is involved, per domain, as the Verwijsindex gives it, without what they do", async () => {
    const s = await family("conf-propose");
    const opened = await openCaseOn(s);
    const res = await api.raw(PROPOSALS, { id: opened.case?.id }, regisseur(s));
    const proposals = data<{ proposals: Record<string, unknown>[] }>(res, "case").proposals;
    expect(proposals).toEqual(expect.arrayContaining([
      { domain: "WMO", running: true, agency: { name: "Agency wmo" }, professional: { id: s.id("pr-pw"), name: "Professional pw" } },
      { domain: "JEUGD", running: true, agency: { name: "Agency jeugd" }, professional: { id: s.id("pr-pj"), name: "Professional pj" } },
      { domain: "VEILIGHEID", running: false, agency: { name: "Agency politie" }, professional: null },
    ]));
    expect(JSON.stringify(proposals)).not.toMatch(/begeleiding/);
  });

  it("records who took part and the regisseur from then on; participants see the roll while the case is open, audited under the case", async () => {
    const s = await family("conf-record");
    const outsider = await family("conf-record-outsider"); // its youth worker knows nothing of s yet
    const worker: As = { role: Role.AGENCY_WORKER, user: outsider.id("pr-pj"), agency: outsider.id("a-jeugd") };
    const ROLL = `query($id: ID!) { household(id: $id) { id interventions { kind } } }`;
    expect(data<unknown>(await api.raw(ROLL, { id: s.household }, worker), "household")).toBeNull();
    const opened = await openCaseOn(s);
    const caseId = opened.case?.id as string;
    const bad = await api.raw(RECORD, { input: { caseId, date: "2999-01-01", participants: [], familyPresent: true, agreements: " ", regisseurId: "nobody" } }, regisseur(s));
    expect(data<Payload>(bad, "recordConference").userErrors.map((e) => e.field.join("."))).toEqual(
      ["input.date", "input.participants", "input.regisseurId", "input.agreements"],
    );
    const today = apiToday();
    const res = await api.raw(RECORD, { input: {
      caseId, date: today, participants: [s.id("pr-pw"), s.id("pr-pj"), outsider.id("pr-pj")], familyPresent: true,
      familyWish: "rust in huis", agreements: "wijkcoach wordt regisseur; één plan", regisseurId: s.id("pr-pw"),
    } }, regisseur(s));
    const recorded = data<Payload>(res, "recordConference");
    expect(recorded.userErrors).toEqual([]);
    expect(recorded.case).toMatchObject({ status: "EXPLORING", regisseur: { id: s.id("pr-pw") } });
    expect(recorded.case?.conferences[0]?.participants.map((p) => p.id).sort()).toEqual([outsider.id("pr-pj"), s.id("pr-pj"), s.id("pr-pw")].sort());
    // the regisseur is the household's coordinator from the conference's date; the one before stops that day
    const coordinators = await api.raw(`query($id: ID!) { household(id: $id) { coordinators { from to professional { id } } } }`, { id: s.household }, { role: Role.ADMIN });
    expect(data<{ coordinators: unknown[] }>(coordinators, "household").coordinators).toEqual(expect.arrayContaining([
      { from: "2026-01-01", to: today, professional: { id: s.id("pr-regisseur") } },
      { from: today, to: null, professional: { id: s.id("pr-pw") } },
    ]));
    // the outsider took part: it sees the roll in full now, and the audit trail says under which case
    const seen = data<{ interventions: { kind: string | null }[] }>(await api.raw(ROLL, { id: s.household }, worker), "household");
    expect(seen.interventions.map((i) => i.kind).sort()).toEqual(["begeleiding", "gezinsbegeleiding"]);
    const audit = await api.raw(`query($h: ID!) { auditEvents(householdId: $h, first: 50) { edges { node { userId cases } } } }`, { h: s.household }, { role: Role.ADMIN });
    const entries = data<{ edges: { node: { userId: string; cases: string[] } }[] }>(audit, "auditEvents").edges.map((e) => e.node);
    expect(entries.filter((e) => e.userId === outsider.id("pr-pj")).some((e) => e.cases.includes(caseId))).toBe(true);
  });

  it("makes the regisseur's agency one that works with the household: its workers' households total counts it, as their list walks it", async () => {
    const s = await family("conf-reach");
    const outsider = await family("conf-reach-outsider");
    const worker: As = { role: Role.AGENCY_WORKER, user: outsider.id("pr-pj"), agency: outsider.id("a-jeugd") };
    const LIST = `{ households(first: 100) { totalCount nodes { id } } }`;
    const listed = async () => data<{ totalCount: number; nodes: { id: string }[] }>(await api.raw(LIST, {}, worker), "households");
    const before = await listed();
    expect(before.totalCount).toBe(before.nodes.length);
    const opened = await openCaseOn(s);
    const res = await api.raw(RECORD, { input: {
      caseId: opened.case?.id, date: apiToday(), participants: [s.id("pr-pw"), outsider.id("pr-pj")], familyPresent: true,
      familyWish: null, agreements: "jeugdcoach wordt regisseur", regisseurId: outsider.id("pr-pj"),
    } }, regisseur(s));
    expect(data<Payload>(res, "recordConference").userErrors).toEqual([]);
    const after = await listed();
    expect(after.totalCount).toBe(before.totalCount + 1);
    expect(after.nodes.length).toBe(after.totalCount);
  });
});

const PLAN = `mutation($input: AgreePlanInput!) { agreePlan(input: $input) { case { ${CASE_FIELDS} } userErrors { field message } } }`;

describe("one plan, and whether it helped", () => {
  it("dates a hit's closing in the municipality's day: closed at 23:30 UTC the evening before is closed on the conference day there", async () => {
    const p = `t-effect-${Date.now()}-`;
    api.owns(p);
    await api.graph.write({ name: "test-closed-at-night", text: `
      CREATE (h:Household {id: $h, neighbourhood: 'x'})
      CREATE (s:StoredHit {id: $s, subjectId: $h, kind: 'MISSED_SIGNAL', status: 'GONE', firstSeen: date('2026-01-10')})
      CREATE (s)-[:CHANGED]->(:HitChange {at: datetime('2026-03-01T23:30:00Z'), by: 'detection', from: 'NEW', to: 'GONE', reason: 'NOT_FOUND'})` },
    { h: `${p}h`, s: `${p}s` });
    const rows = await api.graph.read(cypher("cases/queries/case-effect.cypher"), {
      householdId: `${p}h`, zrmDomains: [], timeZone: "Europe/Amsterdam",
      windows: [{ name: "before", from: neoDate("2026-02-01"), to: neoDate("2026-03-02") }, { name: "after", from: neoDate("2026-03-02"), to: neoDate("2026-04-01") }],
    });
    // 00:30 on 2 March in Amsterdam: the conference's day, so after it (UTC's 1 March would count it before)
    expect(Object.fromEntries(rows.map((r) => [r.window, r.closed]))).toEqual({ before: 0, after: 1 });
  });

  it("agrees goals per life domain and actions with owners and due dates; closing asks what became of every hit", async () => {
    const s = await family("plan");
    const caseId = (await openCaseOn(s)).case?.id as string;
    const due = "2099-01-01";
    const res = await api.raw(PLAN, { input: { caseId,
      goals: [{ domain: "FINANCIEN", goal: "schulden in beeld", familyWords: "geen brieven meer" }, { domain: "HUISVESTING", goal: "huis behouden" }],
      actions: [{ description: "aanmelden schuldhulp", domain: "FINANCIEN", ownerAgencyId: s.id("a-wmo"), due },
        { description: "huisbezoek", ownerProfessionalId: s.id("pr-pj"), due }] } }, regisseur(s));
    const agreed = data<Payload>(res, "agreePlan");
    expect(agreed.userErrors).toEqual([]);
    expect(agreed.case?.status).toBe("PLAN_AGREED");
    expect(agreed.case?.plan?.goals.map((g) => g.domain)).toEqual(["FINANCIEN", "HUISVESTING"]);
    expect(agreed.case?.plan?.actions).toEqual([
      expect.objectContaining({ description: "aanmelden schuldhulp", due, overdue: false, ownerAgency: { name: "Agency wmo" }, ownerProfessional: null }),
      expect.objectContaining({ description: "huisbezoek", ownerAgency: null, ownerProfessional: { name: "Professional pj" } }),
    ]);
    const noOwner = await api.raw(PLAN, { input: { caseId, goals: [], actions: [{ description: "x", due: "2001-01-01" }] } }, regisseur(s));
    expect(data<Payload>(noOwner, "agreePlan").userErrors.map((e) => e.field.join("."))).toEqual(["input.goals", "input.actions.0.ownerAgencyId", "input.actions.0.due"]);

    const CLOSE = `mutation($input: CloseCaseInput!) { closeCase(input: $input) { case { status hits { status } } userErrors { field message } } }`;
    const hits = agreed.case?.hits ?? [];
    const half = await api.raw(CLOSE, { input: { caseId, hits: [{ id: hits[0]?.id, status: "RESOLVED" }] } }, regisseur(s));
    expect(data<Payload>(half, "closeCase").userErrors).toEqual([{ field: ["input", "hits"], message: "say what became of every open pattern hit: 1 not named" }]);
    // one hit's outcome wrong: nothing is written, not even the outcomes that were right
    const other = await api.raw(CLOSE, { input: { caseId, hits: hits.map((h, i) => (i ? { id: h.id, status: "DISMISSED", reason: "OTHER" } : { id: h.id, status: "RESOLVED" })) } }, regisseur(s));
    expect(data<Payload>(other, "closeCase").userErrors).toEqual([{ field: ["input", "hits", "1", "note"], message: "say what the other reason is" }]);
    const still = await api.raw(`query($id: ID!) { case(id: $id) { status hits { status } } }`, { id: caseId }, regisseur(s));
    expect(data<{ status: string; hits: { status: string }[] }>(still, "case")).toEqual({ status: "PLAN_AGREED", hits: [{ status: "NEW" }, { status: "NEW" }] });
    const closed = await api.raw(CLOSE, { input: { caseId, note: "plan loopt", hits: hits.map((h, i) => (i ? { id: h.id, status: "DISMISSED", reason: "COORDINATED_OUTSIDE_SYSTEMS" } : { id: h.id, status: "RESOLVED" })) } }, regisseur(s));
    const result = data<{ case: { status: string; hits: { status: string }[] } }>(closed, "closeCase");
    expect(result.case.status).toBe("CLOSED");
    expect(result.case.hits.map((h) => h.status).sort()).toEqual(["DISMISSED", "RESOLVED"]);
  });

  it("counts before and after the first conference per case, and in figures for the municipality with small groups suppressed", async () => {
    const s = await family("effect");
    const caseId = (await openCaseOn(s)).case?.id as string;
    const today = apiToday();
    await api.raw(RECORD, { input: { caseId, date: today, participants: [s.id("pr-pw")], familyPresent: false, agreements: "plan maken", regisseurId: s.id("pr-pw") } }, regisseur(s));
    const res = await api.raw(`query($id: ID!) { case(id: $id) { effect { conference before { from to hitsOpened escalations concessions newOverlaps } after { from to hitsOpened } } } }`, { id: caseId }, { role: Role.ADMIN });
    const effect = data<{ effect: { conference: string; before: { from: string; to: string; hitsOpened: number }; after: { from: string } } }>(res, "case").effect;
    expect(effect.conference).toBe(today);
    expect(effect.before.to).toBe(today);
    expect(effect.after.from).toBe(today);
    const FIGURES = `query($n: String) { caseStatistics(neighbourhood: $n) { minCases overall { suppressed cases } neighbourhoods { neighbourhood suppressed cases daysToConference } } }`;
    const figures = data<{ minCases: number; neighbourhoods: { neighbourhood: string; suppressed: boolean; cases: number | null }[] }>(
      await api.raw(FIGURES, { n: s.id("wijk") }, { role: Role.ANALYST }), "caseStatistics");
    expect(figures.minCases).toBe(5);
    expect(figures.neighbourhoods).toEqual([{ neighbourhood: s.id("wijk"), suppressed: true, cases: null, daysToConference: null }]);
    expect(code(await api.raw(FIGURES, {}, regisseur(s)))).toBe("FORBIDDEN");
  });
});

describe("finding a family as people do", () => {
  it("finds by any part of a member's name, in any case, among the households the caller sees in full", async () => {
    const s = await family("find-name");
    await family("find-name-other");
    const FIND = `query($t: String!) { findHouseholds(text: $t) { id } }`;
    const found = data<{ id: string }[]>(await api.raw(FIND, { t: "ANNA FIND-NAME" }, regisseur(s)), "findHouseholds");
    expect(found.map((h) => h.id)).toEqual([s.household]);
    // the other family's name is not found by this coordinator: it may not read it
    expect(data<unknown[]>(await api.raw(FIND, { t: "anna find-name-other" }, regisseur(s)), "findHouseholds")).toEqual([]);
    expect(code(await api.raw(FIND, { t: "anna" }, { role: Role.ANALYST }))).toBe("FORBIDDEN");
  });
});
