/**
 * The fourth outside attack test (cases, the caseload and their figures): each test holds a valid
 * token of a lower role and asserts the SAFE behaviour, over HTTP against the real Neo4j. A failing
 * test shows a leak or a half-write.
 */
import { Role } from "../src/access/viewer";
import { apiSuite, codeOf, dataOf } from "./support/api-suite";
import { uniquePrefix } from "./support/graph";
import { Scenario } from "./support/scenario";
import type { As } from "./support/tokens";

const api = apiSuite();
const code = codeOf;
const data = dataOf;
const ADMIN: As = { role: Role.ADMIN };
const today = () => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Amsterdam" }).format(new Date());

/**
 * As in tests/cases.test.ts: Wmo and youth care at once since 2023 without a table, a housing
 * signal nobody followed up, a police safety signal this year; a regisseur since 2026-01-01, under consent.
 */
async function family(label: string): Promise<Scenario> {
  const s = new Scenario(label).member("mother", "2010-01-01").member("son", "2012-03-01");
  s.help({ agency: "wmo", person: "mother", domain: "WMO", kind: "begeleiding", start: "2023-01-09", end: null, endReason: null, endReasonCode: null, professionalId: "pw" });
  s.help({ agency: "jeugd", person: "son", domain: "JEUGD", kind: "gezinsbegeleiding", start: "2023-02-01", end: null, endReason: null, endReasonCode: null, professionalId: "pj" });
  s.event({ type: "SIGNAL", date: "2023-01-10", agency: "woco", person: "mother", domain: "WONEN", severity: 2 });
  s.event({ type: "SIGNAL", date: "2026-06-10", agency: "politie", person: "mother", domain: "VEILIGHEID", severity: 3, description: "melding huiselijk geweld" });
  s.coordinator("2026-01-01");
  api.owns(s.p);
  await importFamily(s, label);
  return s;
}

async function importFamily(s: Scenario, label: string, consentTo: string | null = null): Promise<void> {
  const delivery = s.delivery();
  delivery.persons = (delivery.persons ?? []).map((p) => ({ ...p, name: p.id.endsWith("mother") ? `Anna ${label} Jansen` : `Tim ${label} Jansen` }));
  delivery.consents = [{ id: s.id("c"), householdId: s.household, agencyIds: [s.id("a-wmo"), s.id("a-jeugd")], basis: "CONSENT", purpose: "integrale aanpak", from: "2026-01-01", to: consentTo }];
  const res = await api.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok errors { path message } } }`, { d: delivery });
  expect(data<{ ok: boolean }>(res, "importDataset").ok).toBe(true);
}

const regisseur = (s: Scenario): As => ({ role: Role.COORDINATOR, user: s.id("pr-regisseur") });
const worker = (s: Scenario, pr: "pw" | "pj", agency: "wmo" | "jeugd"): As => ({ role: Role.AGENCY_WORKER, user: s.id(`pr-${pr}`), agency: s.id(`a-${agency}`) });
type UserError = { field: string[]; message: string };
type Payload = { case: { id: string; status: string; hits: { id: string; status: string }[] } | null; userErrors: UserError[] };

const OPEN = `mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id status hits { id status } } userErrors { field message } } }`;
async function openCaseOn(s: Scenario, as: As = regisseur(s), input: Record<string, unknown> = {}): Promise<string> {
  const res = await api.raw(OPEN, { input: { householdId: s.household, legalGround: "CONSENT", consentId: s.id("c"), note: "gezin loopt vast", ...input } }, as);
  const p = data<Payload>(res, "openCase");
  expect(p.userErrors).toEqual([]);
  return p.case?.id as string;
}

const RECORD = `mutation($input: RecordConferenceInput!) { recordConference(input: $input) { case { id status } userErrors { field message } } }`;
async function record(caseId: string, as: As, participants: string[], regisseurId: string, date = today()): Promise<Payload> {
  const res = await api.raw(RECORD, { input: {
    caseId, date, participants, familyPresent: true, familyWish: "rust in huis, vader weg", agreements: "politie en jeugd stemmen af over veiligheid", regisseurId,
  } }, as);
  return data<Payload>(res, "recordConference");
}

const PLAN_CONF = `mutation($input: PlanConferenceInput!) { planConference(input: $input) { case { id status } userErrors { field message } } }`;
const CLOSE = `mutation($input: CloseCaseInput!) { closeCase(input: $input) { case { id status hits { id status } } userErrors { field message } } }`;
const CASE_HITS = `query($id: ID!) { case(id: $id) { status hits { id status } } }`;
const OPEN_STATUSES = ["NEW", "SEEN", "IN_PROGRESS"];

async function openHitsOf(caseId: string): Promise<{ id: string; status: string }[]> {
  const c = data<{ hits: { id: string; status: string }[] }>(await api.raw(CASE_HITS, { id: caseId }, ADMIN), "case");
  return c.hits.filter((h) => OPEN_STATUSES.includes(h.status));
}

async function closeAsAdmin(caseId: string): Promise<void> {
  const hits = await openHitsOf(caseId);
  const res = await api.raw(CLOSE, { input: { caseId, note: "klaar", hits: hits.map((h) => ({ id: h.id, status: "RESOLVED" })) } }, ADMIN);
  const p = data<Payload>(res, "closeCase");
  expect(p.userErrors).toEqual([]);
  expect(p.case?.status).toBe("CLOSED");
}

const ROLL = `query($id: ID!) { household(id: $id) { id members { name } interventions { kind } events { id type description } } }`;

// ---------------------------------------------------------------------------------------------

describe("1. access through a case conference ends with the case, and is for those who took part", () => {
  it("does not hand the household to the whole agency of the regisseur named at a conference: a colleague who took no part sees nothing", async () => {
    const s = await family("atk-regagency");
    const outsider = await family("atk-regagency-out"); // its youth care agency has nothing to do with s
    const colleague: As = { role: Role.AGENCY_WORKER, user: `${outsider.p}colleague`, agency: outsider.id("a-jeugd") };
    expect(data<unknown>(await api.raw(ROLL, { id: s.household }, colleague), "household")).toBeNull();
    const caseId = await openCaseOn(s);
    const rec = await record(caseId, regisseur(s), [s.id("pr-pw"), outsider.id("pr-pj")], outsider.id("pr-pj"));
    expect(rec.userErrors).toEqual([]);
    // the colleague was at no table: the roll, the names and the police report stay hidden from it
    expect(data<unknown>(await api.raw(ROLL, { id: s.household }, colleague), "household")).toBeNull();
  });

  it("ends a participant's access when the case closes, also for the agency whose professional was made regisseur", async () => {
    const s = await family("atk-closeend");
    const outsider = await family("atk-closeend-out");
    const third = await family("atk-closeend-3rd");
    const regie = worker(outsider, "pj", "jeugd"); // made regisseur at the table
    const other = worker(third, "pj", "jeugd"); // only took part
    const caseId = await openCaseOn(s);
    expect((await record(caseId, regisseur(s), [outsider.id("pr-pj"), third.id("pr-pj")], outsider.id("pr-pj"))).userErrors).toEqual([]);
    expect(data<unknown>(await api.raw(ROLL, { id: s.household }, other), "household")).not.toBeNull();
    await closeAsAdmin(caseId);
    // the doc: participants see the household "while the case is open"
    expect(data<unknown>(await api.raw(ROLL, { id: s.household }, other), "household")).toBeNull();
    expect(data<unknown>(await api.raw(ROLL, { id: s.household }, regie), "household")).toBeNull();
    // nor the case itself with its free text
    const seen = await api.raw(`query($id: ID!) { case(id: $id) { id conferences { agreements familyWish } history { note } } }`, { id: caseId }, regie);
    expect(data<unknown>(seen, "case")).toBeNull();
  });

  it("ends a participant's access when the consent the case works under ends (holds)", async () => {
    const s = await family("atk-consent");
    const outsider = await family("atk-consent-out");
    const w = worker(outsider, "pj", "jeugd");
    const caseId = await openCaseOn(s);
    // the regisseur stays s's own: only the participant's access is at stake here
    expect((await record(caseId, regisseur(s), [outsider.id("pr-pj"), s.id("pr-regisseur")], s.id("pr-regisseur"))).userErrors).toEqual([]);
    expect(data<unknown>(await api.raw(ROLL, { id: s.household }, w), "household")).not.toBeNull();
    await importFamily(s, "atk-consent", today()); // the family withdraws its consent today
    expect(data<unknown>(await api.raw(ROLL, { id: s.household }, w), "household")).toBeNull();
  });

  it("shows an invitee of a planned conference (not yet held) neither the roll nor the case (holds)", async () => {
    const s = await family("atk-invitee");
    const outsider = await family("atk-invitee-out");
    const w = worker(outsider, "pj", "jeugd");
    const caseId = await openCaseOn(s);
    const planned = data<Payload>(await api.raw(PLAN_CONF, { input: { caseId, date: "2099-01-01", inviteeIds: [outsider.id("pr-pj")] } }, regisseur(s)), "planConference");
    expect(planned.userErrors).toEqual([]);
    expect(data<unknown>(await api.raw(ROLL, { id: s.household }, w), "household")).toBeNull();
    expect(data<unknown>(await api.raw(`query($id: ID!) { case(id: $id) { id history { note } } }`, { id: caseId }, w), "case")).toBeNull();
  });
});

describe("2. an agency worker learns through a case no more than the roll shows it", () => {
  /** s's Wmo worker: its agency helps the mother, so it sees the household, but not the police's signal. */
  async function invitedWmoWorker(label: string) {
    const s = await family(label);
    const pw = worker(s, "pw", "wmo");
    const roll = data<{ events: { id: string }[] }>(await api.raw(ROLL, { id: s.household }, pw), "household");
    expect(roll.events.map((e) => e.id)).not.toContain(s.id("e3")); // the police signal is not on its roll
    const caseId = await openCaseOn(s);
    // a first table without it, then it is invited to the next one
    expect((await record(caseId, regisseur(s), [s.id("pr-pj"), s.id("pr-regisseur")], s.id("pr-regisseur"))).userErrors).toEqual([]);
    const planned = data<Payload>(await api.raw(PLAN_CONF, { input: { caseId, date: "2099-01-01", inviteeIds: [s.id("pr-pw")] } }, regisseur(s)), "planConference");
    expect(planned.userErrors).toEqual([]);
    return { s, pw, caseId };
  }

  it("does not name the police (domain, dates) in the proposals to an invited worker whose roll hides its signal", async () => {
    const { s, pw, caseId } = await invitedWmoWorker("atk-proposals");
    const res = await api.raw(`query($id: ID!) { case(id: $id) { proposals { domain since latest running agency { id name } } } }`, { id: caseId }, pw);
    const proposals = data<{ proposals: { domain: string; agency: { id: string } }[] } | null>(res, "case")?.proposals ?? [];
    expect(proposals.map((p) => p.agency.id)).not.toContain(s.id("a-politie"));
    expect(proposals.map((p) => p.domain)).not.toContain("VEILIGHEID");
  });

  it("gives an agency worker no pattern figures through `effect` (its `hits` are empty: patterns are not for agency workers)", async () => {
    const { pw, caseId } = await invitedWmoWorker("atk-effect");
    const res = await api.raw(`query($id: ID!) { case(id: $id) { hits { id } effect { before { hitsOpened hitsClosed newOverlaps escalations concessions } after { hitsOpened hitsClosed newOverlaps } } } }`, { id: caseId }, pw);
    const c = data<{ hits: unknown[]; effect: unknown }>(res, "case");
    expect(c.hits).toEqual([]);
    expect(c.effect).toBeNull();
  });

  it("shows an invitee no free text of a table it was not at (agreements, the family's wish) before it takes part", async () => {
    const { pw, caseId } = await invitedWmoWorker("atk-invitee-text");
    const res = await api.raw(`query($id: ID!) { case(id: $id) { conferences { agreements familyWish } history { note } } }`, { id: caseId }, pw);
    const c = data<{ conferences: { agreements: string | null; familyWish: string | null }[]; history: { note: string | null }[] } | null>(res, "case");
    expect(JSON.stringify(c)).not.toMatch(/politie en jeugd stemmen af|vader weg|gezin loopt vast/);
  });

  it("records in a case list's audit entry only the households of the cases it shows, not of those it looked at (holds)", async () => {
    const s = await family("atk-caselist");
    const t = await family("atk-caselist-two");
    await openCaseOn(s); // s's youth worker is not invited: its agency helps the son, so it sees the household, but not the case
    await openCaseOn(t);
    const trailOf = async (household: string) => data<{ edges: { node: { userId: string; operation: string | null } }[] }>(
      await api.raw(`query($h: ID!) { auditEvents(householdId: $h, first: 50) { edges { node { userId operation } } } }`, { h: household }, ADMIN), "auditEvents").edges.map((e) => e.node);
    const pj = worker(s, "pj", "jeugd");
    const mine = data<{ edges: unknown[] }>(await api.raw(`query WorkerCases { cases(first: 50) { edges { node { id } } } }`, {}, pj), "cases");
    expect(mine.edges).toEqual([]);
    expect((await trailOf(s.household)).filter((e) => e.operation === "WorkerCases")).toEqual([]);
    // a page of one: the case after it is looked at only to know there is more
    const admin = { role: Role.ADMIN, user: s.id("admin") };
    const one = data<{ edges: { node: { household: { id: string } } }[]; pageInfo: { hasNextPage: boolean } }>(
      await api.raw(`query OneCase { cases(mine: false, first: 1) { edges { node { household { id } } } pageInfo { hasNextPage } } }`, {}, admin), "cases");
    expect(one.pageInfo.hasNextPage).toBe(true);
    const entry = data<{ edges: { node: { households: string[] } }[] }>(
      await api.raw(`query($u: String) { auditEvents(userId: $u, first: 1) { edges { node { households } } } }`, { u: s.id("admin") }, ADMIN), "auditEvents").edges[0]?.node;
    expect(entry?.households).toEqual([one.edges[0]!.node.household.id]);
  });

  it("counts in `cases.totalCount` only the cases the worker is shown", async () => {
    const s = await family("atk-count");
    const outsider = await family("atk-count-out");
    const w = worker(outsider, "pj", "jeugd");
    const caseId = await openCaseOn(s);
    expect((await record(caseId, regisseur(s), [outsider.id("pr-pj"), s.id("pr-regisseur")], s.id("pr-regisseur"))).userErrors).toEqual([]);
    await closeAsAdmin(caseId);
    const page = data<{ totalCount: number; edges: unknown[] }>(await api.raw(`{ cases(first: 500) { totalCount edges { node { id } } } }`, {}, w), "cases");
    expect(page.totalCount).toBe(page.edges.length);
  });
});

describe("3. a coordinator outside a household sees its case as an analyst does", () => {
  it("lets a coordinator who only took part in a conference read the roll, but not judge (resolve, dismiss) the family's hits", async () => {
    const s = await family("atk-part-triage");
    const other = await family("atk-part-triage-other");
    const caseId = await openCaseOn(s);
    expect((await record(caseId, regisseur(s), [s.id("pr-regisseur"), other.id("pr-regisseur")], s.id("pr-regisseur"))).userErrors).toEqual([]);
    const hits = await openHitsOf(caseId);
    expect(hits.length).toBeGreaterThan(0);
    const participant = regisseur(other);
    // it sees the roll while the case is open (the rule): holds
    expect(data<{ members: { name: string | null }[] }>(await api.raw(ROLL, { id: s.household }, participant), "household").members[0]?.name).toMatch(/Jansen/);
    const res = await api.raw(`mutation($id: ID!) { triageHit(id: $id, status: DISMISSED, reason: NOT_A_CONCERN) { id status } }`, { id: hits[0]?.id }, participant);
    expect(code(res)).toBe("FORBIDDEN");
    const twin = await api.raw(`mutation($id: ID!) { triagePatternHit(input: {id: $id, status: DISMISSED, reason: NOT_A_CONCERN}) { hit { id } } }`, { id: hits[0]?.id }, participant);
    expect(code(twin)).toBe("FORBIDDEN");
    expect((await openHitsOf(caseId)).map((h) => h.id)).toContain(hits[0]?.id);
  });

  it("reads no free text of the case: not the notes, the agreements, and not the article text of LEGAL_TASK either", async () => {
    const s = await family("atk-article");
    const other = await family("atk-article-other");
    await openCaseOn(s, regisseur(s), { legalGround: "LEGAL_TASK", consentId: null, legalArticle: "Jeugdwet art. 2.1 — vermoeden kindermishandeling door vader" });
    const q = `query($n: String) { cases(mine: false, neighbourhood: $n) { edges { node { legalArticle history { note by byProfessional { name } } regisseur { name } household { id } } } } }`;
    const edges = data<{ edges: { node: { legalArticle: string | null; household: { id: string } } }[] }>(await api.raw(q, { n: s.id("wijk") }, regisseur(other)), "cases").edges;
    expect(edges).toHaveLength(1);
    expect(edges[0]?.node.household.id).not.toBe(s.household); // a pseudonym (holds)
    expect(JSON.stringify(edges)).not.toMatch(/gezin loopt vast|Regisseur/); // notes and staff names (hold)
    expect(edges[0]?.node.legalArticle).toBeNull();
    const load = await api.raw(`query($n: String) { caseload(mine: false, neighbourhood: $n) { edges { node { case { legalArticle } } } } }`, { n: s.id("wijk") }, regisseur(other));
    expect(JSON.stringify(data<unknown>(load, "caseload"))).not.toMatch(/kindermishandeling/);
  });

  it("hides free text and staff names of conferences and plans (holds)", async () => {
    const s = await family("atk-outside");
    const other = await family("atk-outside-other");
    const caseId = await openCaseOn(s);
    expect((await record(caseId, regisseur(s), [s.id("pr-pw"), s.id("pr-pj")], s.id("pr-pw"))).userErrors).toEqual([]);
    const plan = await api.raw(`mutation($input: AgreePlanInput!) { agreePlan(input: $input) { userErrors { field message } } }`, { input: { caseId,
      goals: [{ domain: "HUISELIJKE_RELATIES", goal: "veilig thuis", familyWords: "geen ruzie meer" }],
      actions: [{ description: "vader naar hulpverlening", ownerProfessionalId: s.id("pr-pj"), due: "2099-01-01" }] } }, { role: Role.COORDINATOR, user: s.id("pr-pw") });
    expect(data<{ userErrors: unknown[] }>(plan, "agreePlan").userErrors).toEqual([]);
    const q = `query($id: ID!) { case(id: $id) { regisseur { name } invitees { name } history { note by byProfessional { name } regisseur { name } }
      conferences { agreements familyWish participants { name } regisseur { name } }
      plan { goals { goal familyWords } actions { description progress ownerProfessional { name } } } proposals { professional { name } } consent { purpose } } }`;
    const c = data<unknown>(await api.raw(q, { id: caseId }, regisseur(other)), "case");
    expect(c).not.toBeNull();
    expect(JSON.stringify(c)).not.toMatch(/Professional p|Regisseur|veilig thuis|ruzie|vader|politie en jeugd|gezin loopt vast|integrale aanpak/);
  });

  it("answers openCase on a household it may not see exactly as on one that does not exist (holds)", async () => {
    const s = await family("atk-probe");
    const other = await family("atk-probe-other");
    const ask = (id: string) => api.raw(OPEN, { input: { householdId: id, legalGround: "VITAL_INTEREST", note: "acuut" } }, regisseur(other));
    const hidden = await ask(s.household);
    const absent = await ask(`${s.p}no-such-household`);
    expect(hidden).toEqual(absent);
    expect(data<Payload>(hidden, "openCase").userErrors).toEqual([{ field: ["input", "householdId"], message: "no household has this id" }]);
  });

  it("cannot take a case over, note in it or name itself at its table (holds)", async () => {
    const s = await family("atk-takeover");
    const other = await family("atk-takeover-other");
    const caseId = await openCaseOn(s);
    const me = regisseur(other);
    const ASSIGN = `mutation($input: AssignCaseInput!) { assignCase(input: $input) { case { id } userErrors { field message } } }`;
    expect(code(await api.raw(ASSIGN, { input: { caseId, regisseurId: other.id("pr-regisseur") } }, me))).toBe("FORBIDDEN");
    expect(code(await api.raw(RECORD, { input: { caseId, date: today(), participants: [other.id("pr-regisseur")], familyPresent: false, agreements: "x", regisseurId: other.id("pr-regisseur") } }, me))).toBe("FORBIDDEN");
    expect(code(await api.raw(`mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { userErrors { message } } }`, { input: { caseId, note: "x" } }, me))).toBe("FORBIDDEN");
    // an agency worker and an analyst cannot either, not even for a case of their own household
    for (const as of [worker(s, "pw", "wmo"), { role: Role.ANALYST }] as As[]) {
      expect(code(await api.raw(ASSIGN, { input: { caseId, regisseurId: s.id("pr-pw") } }, as))).toBe("FORBIDDEN");
      expect(code(await api.raw(RECORD, { input: { caseId, date: today(), participants: [s.id("pr-pw")], familyPresent: false, agreements: "x", regisseurId: s.id("pr-pw") } }, as))).toBe("FORBIDDEN");
    }
    const after = data<{ regisseur: { id: string } | null; conferences: unknown[] }>(await api.raw(`query($id: ID!) { case(id: $id) { regisseur { id } conferences { id } } }`, { id: caseId }, ADMIN), "case");
    expect(after).toEqual({ regisseur: { id: s.id("pr-regisseur") }, conferences: [] });
  });

  it("does not find another family by name, nor an agency worker a household its agency has nothing to do with (holds)", async () => {
    const s = await family("atk-find");
    const other = await family("atk-find-other");
    const FIND = `query($t: String!) { findHouseholds(text: $t) { id } }`;
    expect(data<unknown[]>(await api.raw(FIND, { t: "anna atk-find jansen" }, regisseur(other)), "findHouseholds")).toEqual([]);
    expect(data<unknown[]>(await api.raw(FIND, { t: "anna atk-find jansen" }, worker(other, "pj", "jeugd")), "findHouseholds")).toEqual([]);
    expect(data<{ id: string }[]>(await api.raw(FIND, { t: "anna atk-find jansen" }, worker(s, "pj", "jeugd")), "findHouseholds").map((h) => h.id)).toEqual([s.household]);
  });

  it("records in a search's audit entry only the households it returns, not the others it looked at (holds)", async () => {
    // two households its agency helps, with a mother of the same name; a search for one
    const s = new Scenario("atk-find-many").member("mother", "2010-01-01");
    s.help({ agency: "jeugd", person: "mother", domain: "JEUGD", kind: "gezinsbegeleiding", start: "2023-02-01", end: null, endReason: null, endReasonCode: null, professionalId: "pj" });
    api.owns(s.p);
    const d = s.delivery();
    const [second, mother2] = [s.id("h-second"), s.id("mother-second")];
    d.households = [...(d.households ?? []), { id: second, neighbourhood: s.id("wijk") }];
    d.persons = [...(d.persons ?? []), { id: mother2 }].map((p) => ({ ...p, name: "Anna Atk-find-many Jansen" }));
    d.memberships = [...(d.memberships ?? []), { personId: mother2, householdId: second, role: "PARENT", from: "2010-01-01", to: null }];
    d.interventions = [...(d.interventions ?? []), { ...d.interventions![0]!, id: s.id("i-second"), personId: mother2 }];
    expect(data<{ ok: boolean }>(await api.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok } }`, { d }), "importDataset").ok).toBe(true);
    const pj = worker(s, "pj", "jeugd");
    const FIND = `query FindOne($t: String!, $f: Int) { findHouseholds(text: $t, first: $f) { id } }`;
    expect(data<unknown[]>(await api.raw(FIND, { t: "atk-find-many" }, pj), "findHouseholds")).toHaveLength(2);
    const found = data<{ id: string }[]>(await api.raw(FIND, { t: "atk-find-many", f: 1 }, pj), "findHouseholds");
    expect(found).toHaveLength(1);
    const entry = data<{ edges: { node: { households: string[] } }[] }>(
      await api.raw(`query($u: String) { auditEvents(userId: $u, first: 1) { edges { node { households } } } }`, { u: s.id("pr-pj") }, ADMIN), "auditEvents").edges[0]?.node;
    expect(entry?.households).toEqual([found[0]!.id]);
  });
});

describe("4. mutations write all or nothing, and a closed case is closed", () => {
  it("closeCase names each hit once: the same hit twice (resolved and dismissed) is refused, not judged twice", async () => {
    const s = await family("atk-dupclose");
    const caseId = await openCaseOn(s);
    const hits = await openHitsOf(caseId);
    const [first, ...rest] = hits;
    const input = { caseId, hits: [{ id: first?.id, status: "RESOLVED" }, { id: first?.id, status: "DISMISSED", reason: "NOT_A_CONCERN" }, ...rest.map((h) => ({ id: h.id, status: "RESOLVED" }))] };
    const res = await api.raw(CLOSE, { input }, regisseur(s));
    expect(data<Payload>(res, "closeCase").userErrors.map((e) => e.field.join("."))).toEqual(["input.hits.1.id"]);
    const history = await api.raw(`query($id: ID!) { case(id: $id) { status hits { id history { to } } } }`, { id: caseId }, ADMIN);
    const c = data<{ status: string; hits: { id: string; history: { to: string }[] }[] }>(history, "case");
    expect(c.status).toBe("SIGNALLED");
    expect(c.hits.find((h) => h.id === first?.id)?.history.map((x) => x.to)).not.toContain("DISMISSED");
  });

  it("closeCase with a reason on a RESOLVED hit triages nothing and leaves the case open", async () => {
    const s = await family("atk-halfclose");
    const caseId = await openCaseOn(s);
    const hits = await openHitsOf(caseId);
    expect(hits.length).toBeGreaterThanOrEqual(2);
    const res = await api.raw(CLOSE, { input: { caseId, hits: hits.map((h, i) => (i === 0 ? { id: h.id, status: "RESOLVED" } : { id: h.id, status: "RESOLVED", reason: "DATA_ERROR" })) } }, regisseur(s));
    // either a userError, or an error: but nothing half-done
    if (!res.errors) expect(data<Payload>(res, "closeCase").userErrors.length).toBeGreaterThan(0);
    const after = data<{ status: string; hits: { id: string; status: string }[] }>(await api.raw(CASE_HITS, { id: caseId }, ADMIN), "case");
    expect(after.status).toBe("SIGNALLED");
    expect(after.hits.filter((h) => OPEN_STATUSES.includes(h.status)).map((h) => h.id).sort()).toEqual(hits.map((h) => h.id).sort());
  });

  it("closeCase dismissing with reason OTHER but no note triages nothing and leaves the case open", async () => {
    const s = await family("atk-halfclose2");
    const caseId = await openCaseOn(s);
    const hits = await openHitsOf(caseId);
    const res = await api.raw(CLOSE, { input: { caseId, hits: hits.map((h, i) => (i === 0 ? { id: h.id, status: "RESOLVED" } : { id: h.id, status: "DISMISSED", reason: "OTHER" })) } }, regisseur(s));
    expect(res.errors).toBeUndefined(); // a userError with its field, as for every other problem of the input
    expect(data<Payload>(res, "closeCase").userErrors.map((e) => e.field.join("."))).toEqual(["input.hits.1.note"]);
    const after = data<{ status: string; hits: { status: string }[] }>(await api.raw(CASE_HITS, { id: caseId }, ADMIN), "case");
    expect(after.status).toBe("SIGNALLED");
    expect(after.hits.filter((h) => OPEN_STATUSES.includes(h.status))).toHaveLength(hits.length);
  });

  it("takes no more notes or plan progress once the case is closed", async () => {
    const s = await family("atk-closednote");
    const caseId = await openCaseOn(s);
    const plan = await api.raw(`mutation($input: AgreePlanInput!) { agreePlan(input: $input) { case { plan { actions { id } } } userErrors { field message } } }`, { input: { caseId,
      goals: [{ domain: "FINANCIEN", goal: "schulden in beeld" }], actions: [{ description: "aanmelden schuldhulp", ownerAgencyId: s.id("a-wmo"), due: "2099-01-01" }] } }, regisseur(s));
    const actionId = data<{ case: { plan: { actions: { id: string }[] } } }>(plan, "agreePlan").case.plan.actions[0]?.id;
    await closeAsAdmin(caseId);
    const note = await api.raw(`mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { userErrors { field message } } }`, { input: { caseId, note: "achteraf nog iets" } }, regisseur(s));
    expect(data<{ userErrors: UserError[] }>(note, "addCaseNote").userErrors).toEqual([{ field: ["input", "caseId"], message: expect.stringMatching(/closed/) }]);
    const upd = await api.raw(`mutation($input: UpdatePlanActionInput!) { updatePlanAction(input: $input) { userErrors { field message } } }`, { input: { caseId, actionId, progress: "toch gedaan", doneOn: today() } }, regisseur(s));
    expect(data<{ userErrors: UserError[] }>(upd, "updatePlanAction").userErrors).toEqual([{ field: ["input", "caseId"], message: expect.stringMatching(/closed/) }]);
  });

  it("does not let a conference dated before the case rewrite who coordinated the household back then", async () => {
    const s = await family("atk-backdate");
    const caseId = await openCaseOn(s);
    const before = await openHitsOf(caseId);
    // the regisseur's assignment would start in 2000 (beside the running one: two coordinators at once), and the
    // re-run detectors would then find the 2023-2026 overlap "coordinated": its hit goes GONE
    const rec = await record(caseId, regisseur(s), [s.id("pr-pw")], s.id("pr-pw"), "2000-01-01");
    expect(rec.userErrors.map((e) => e.field.join("."))).toEqual(["input.date"]);
    const h = data<{ coordinators: { from: string; professional: { id: string } }[] }>(
      await api.raw(`query($id: ID!) { household(id: $id) { coordinators { from professional { id } } } }`, { id: s.household }, ADMIN), "household");
    expect(h.coordinators.filter((c) => c.from < "2026-01-01")).toEqual([]);
    expect((await openHitsOf(caseId)).map((x) => x.id).sort()).toEqual(before.map((x) => x.id).sort());
  });

  it("keeps the household's roll readable after a conference wrote its CASE_CONFERENCE event (holds)", async () => {
    const s = await family("atk-roll");
    const caseId = await openCaseOn(s);
    expect((await record(caseId, regisseur(s), [s.id("pr-pw")], s.id("pr-pw"))).userErrors).toEqual([]);
    for (const as of [ADMIN, worker(s, "pw", "wmo"), { role: Role.ANALYST }] as As[]) {
      const q = as.role === Role.ANALYST ? `{ patternHits(kind: UNCOORDINATED_OVERLAP, first: 1) { totalCount } }` : `query($id: ID!) { household(id: $id) { timeline { date } events { id type } } }`;
      const res = await api.raw(q, { id: s.household }, as);
      expect(res.errors).toBeUndefined();
    }
  });
});

describe("5. the caseload and the figures", () => {
  it("records every read of a household's priority in the audit trail, also when the household itself is not asked for", async () => {
    const s = await family("atk-audit-load");
    const q = `query AttackPriorityOnly { caseload { edges { node { priority priorityExplanation newHitIds } } } }`;
    const load = data<{ edges: { node: { priorityExplanation: string } }[] }>(await api.raw(q, {}, regisseur(s)), "caseload");
    expect(load.edges[0]?.node.priorityExplanation).toMatch(/veiligheidssignaal/); // personal data: this family had a safety signal
    const audit = await api.raw(`query($h: ID!) { auditEvents(householdId: $h, first: 50) { edges { node { userId operation } } } }`, { h: s.household }, ADMIN);
    const entries = data<{ edges: { node: { userId: string; operation: string | null } }[] }>(audit, "auditEvents").edges.map((e) => e.node);
    expect(entries.some((e) => e.userId === s.id("pr-regisseur") && e.operation === "AttackPriorityOnly")).toBe(true);
  });

  it("orders a coordinator's view of others' households by pseudonym and shows no real id, in rows, cursors or cases (holds)", async () => {
    const a = await family("atk-order-a");
    const b = await family("atk-order-b");
    const outsider = await family("atk-order-out");
    await openCaseOn(a);
    const q = `query($n: String, $after: String) { caseload(mine: false, neighbourhood: $n, first: 1, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { cursor node { household { id } priorityExplanation(lang: EN) case { id household { id } } } } } }`;
    for (const s of [a, b]) {
      const res = await api.raw(q, { n: s.id("wijk") }, regisseur(outsider));
      const text = JSON.stringify(data<unknown>(res, "caseload"));
      expect(text).not.toContain(s.p);
      const cursor = data<{ pageInfo: { endCursor: string } }>(res, "caseload").pageInfo.endCursor;
      expect(Buffer.from(cursor.split(".")[0] ?? "", "base64url").toString("utf8")).not.toContain(s.p);
    }
  });

  it("suppresses a neighbourhood of under 5 cases and the total when the hidden groups hold 1 to 4 (holds)", async () => {
    const s = await family("atk-stats-small");
    await openCaseOn(s);
    const FIG = `query($n: String) { caseStatistics(neighbourhood: $n) { overall { suppressed cases } neighbourhoods { neighbourhood suppressed cases open closed daysToConference } } }`;
    const one = data<{ overall: { suppressed: boolean }; neighbourhoods: { suppressed: boolean; cases: number | null }[] }>(
      await api.raw(FIG, { n: s.id("wijk").toUpperCase() }, { role: Role.ANALYST }), "caseStatistics");
    expect(one.overall.suppressed).toBe(true);
    expect(one.neighbourhoods).toEqual([expect.objectContaining({ suppressed: true, cases: null })]);
  });

  it("shows no median of a single family inside a group of 5 cases: days to conference from one case point at it", async () => {
    const p = uniquePrefix("atk-stats-median");
    api.owns(p);
    const wijk = `${p}wijk`;
    const households = [0, 1, 2, 3, 4].map((i) => `${p}h${i}`);
    const delivery = {
      source: `${p}delivery`,
      agencies: [{ id: `${p}a-regie`, name: "Regie", kind: "OTHER", domains: ["OVERIG"] }],
      professionals: [{ id: `${p}pr-r`, name: "Regisseur R", agencyId: `${p}a-regie` }],
      households: households.map((id) => ({ id, neighbourhood: wijk })),
      persons: [], memberships: [], interventions: [], events: [], outcomes: [], coordinators: [],
    };
    expect(data<{ ok: boolean }>(await api.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok errors { path message } } }`, { d: delivery }), "importDataset").ok).toBe(true);
    const ids: string[] = [];
    for (const h of households) {
      const res = await api.raw(OPEN, { input: { householdId: h, legalGround: "VITAL_INTEREST", note: "acuut" } }, ADMIN);
      const pl = data<Payload>(res, "openCase");
      expect(pl.userErrors).toEqual([]);
      ids.push(pl.case?.id as string);
    }
    // one family had its table: its days to the conference are its own number
    expect((await record(ids[0] as string, ADMIN, [`${p}pr-r`], `${p}pr-r`, today())).userErrors).toEqual([]);
    const FIG = `query($n: String) { caseStatistics(neighbourhood: $n) { neighbourhoods { neighbourhood suppressed cases withPlan daysToConference daysToPlan } } }`;
    const figures = data<{ neighbourhoods: { suppressed: boolean; cases: number | null; daysToConference: number | null }[] }>(
      await api.raw(FIG, { n: wijk }, { role: Role.ANALYST }), "caseStatistics").neighbourhoods;
    expect(figures).toEqual([expect.objectContaining({ suppressed: false, cases: 5 })]);
    expect(figures[0]?.daysToConference).toBeNull();
  });

  it("is not for analysts or agency workers; caseStatistics not for coordinators or workers (holds)", async () => {
    const w: As = { role: Role.AGENCY_WORKER, agency: "a-x", user: "w-x" };
    expect(code(await api.raw(`{ caseload { totalCount } }`, {}, { role: Role.ANALYST }))).toBe("FORBIDDEN");
    expect(code(await api.raw(`{ caseload { totalCount } }`, {}, w))).toBe("FORBIDDEN");
    expect(code(await api.raw(`{ caseStatistics { minCases } }`, {}, w))).toBe("FORBIDDEN");
    expect(code(await api.raw(`{ caseStatistics { minCases } }`, {}, { role: Role.COORDINATOR, user: "c-x" }))).toBe("FORBIDDEN");
    expect(code(await api.raw(`{ findHouseholds(text: "jansen") { id } }`, {}, { role: Role.ANALYST }))).toBe("FORBIDDEN");
    expect(code(await api.raw(`{ case(id: "x") { id } }`, {}, { role: Role.ANALYST }))).toBe("FORBIDDEN");
  });

  it("answers a nonsensical page size of findHouseholds as bad input, not as an internal error", async () => {
    for (const first of [-1, 0]) {
      const res = await api.raw(`query($f: Int) { findHouseholds(text: "jansen", first: $f) { id } }`, { f: first }, { role: Role.COORDINATOR, user: "c-x" });
      expect(code(res)).not.toBe("INTERNAL_SERVER_ERROR");
    }
  });
});
