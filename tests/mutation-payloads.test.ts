/**
 * The mutations that take one input and answer a payload (issue 25), each beside its older twin:
 * the same roles, the same audit, the same service; problems of the input answered as userErrors
 * naming their field (and then nothing written), refusals of the caller as errors — against the
 * real Neo4j, over HTTP.
 */
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { Role } from "../src/access/viewer";
import { cypher } from "../src/graph/cypher";
import {
  GrantHouseholdAccessDocument, ImportDeliveryDocument, ImportStandardMessagesDocument, RevokeHouseholdAccessDocument, StartDetectionRunDocument,
  TriagePatternHitDocument,
} from "./generated/graphql";
import { apiSuite, dataOf } from "./support/api-suite";
import { allocation, bsnFor, parties, started, xml } from "./support/messages";
import { Scenario } from "./support/scenario";
import type { As } from "./support/tokens";

const suite = apiSuite();
const GRANTS = cypher("../tests/support/grants-of-user.cypher");
const HOUSEHOLDS = cypher("../tests/support/count-households-by-prefix.cypher");
const MESSAGES = cypher("../tests/support/message-nodes.cypher");
const HITS = cypher("../tests/support/stored-hits-by-prefix.cypher");
const HIT = cypher("../tests/support/stored-hit-state.cypher");

const ADMIN: As = { role: Role.ADMIN };
const ANALYST: As = { role: Role.ANALYST };
const regisseur = (s: Scenario): As => ({ role: Role.COORDINATOR, user: s.id("pr-regisseur") });
const userError = (field: string[], message: unknown) => ({ field, message });

/** A household with a housing signal on 2023-01-10 that nobody followed up (a MISSED_SIGNAL hit); its coordinator is `regisseur`. */
function missedSignal(label: string): Scenario {
  const s = new Scenario(label).member("mother", "2010-01-01");
  s.event({ type: "SIGNAL", date: "2023-01-10", agency: "woco", person: "mother", domain: "WONEN", severity: 2 });
  s.coordinator("2024-01-01");
  suite.owns(s.p);
  return s;
}

/** A typed operation as a role (ADMIN unless said), the answer as it came: data and errors both. */
const run = <T, V>(document: TypedDocumentNode<T, V>, variables: V, as: As = ADMIN) => suite.api.run(document, variables, as);

/** A refusal of the caller: one error with its code, and no data. */
function refused(res: { data?: unknown; errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  expect(res.data ?? null).toBeNull();
  return res.errors?.[0]?.extensions?.code;
}

const grantsOf = async (userId: string) => (await suite.graph.read(GRANTS, { userId })).map((r) => r.householdId);
const householdsUnder = async (s: Scenario) => (await suite.graph.read(HOUSEHOLDS, { prefix: s.p }))[0]?.n;
const hitsOf = async (s: Scenario) => (await suite.graph.read(HITS, { kind: "MISSED_SIGNAL", prefix: s.p, limit: 10 })).map((r) => r.id as string);
const hitState = async (id: string) => (await suite.graph.read(HIT, { id }))[0];

type Entry = { action: string; outcome: string; households: string[] };
/** What the audit trail holds of one user, newest first. */
async function trailOf(userId: string): Promise<Entry[]> {
  const res = await suite.raw(`query($userId: String) { auditEvents(userId: $userId, first: 10) { edges { node { action outcome households } } } }`, { userId });
  return dataOf<{ edges: { node: Entry }[] }>(res, "auditEvents").edges.map((e) => e.node);
}

describe("grantHouseholdAccess and revokeHouseholdAccess", () => {
  it("grant a coordinator a household in full and withdraw it, answering the household and no userErrors", async () => {
    const s = await missedSignal("mp-grant").load(suite.graph);
    const user = s.id("coordinator");
    const granted = await run(GrantHouseholdAccessDocument, { input: { userId: user, householdId: s.household } });
    expect(granted).toEqual({ data: { grantHouseholdAccess: { householdId: s.household, userErrors: [] } } });
    expect(await grantsOf(user)).toEqual([s.household]);
    const seen = await suite.raw(`query($id: ID!) { household(id: $id) { id } }`, { id: s.household }, { role: Role.COORDINATOR, user });
    expect(dataOf(seen, "household")).toEqual({ id: s.household });
    const revoked = await run(RevokeHouseholdAccessDocument, { input: { userId: user, householdId: s.household } });
    expect(revoked.data?.revokeHouseholdAccess).toEqual({ householdId: s.household, revoked: true, userErrors: [] });
    expect(await grantsOf(user)).toEqual([]);
    const again = await run(RevokeHouseholdAccessDocument, { input: { userId: user, householdId: s.household } });
    expect(again.data?.revokeHouseholdAccess).toEqual({ householdId: s.household, revoked: false, userErrors: [] }); // none left: nothing to withdraw
  });

  it("names a household that does not exist as a userError on householdId, and writes nothing", async () => {
    const s = missedSignal("mp-grant-unknown");
    const user = s.id("coordinator");
    const granted = await run(GrantHouseholdAccessDocument, { input: { userId: user, householdId: s.id("nowhere") } });
    expect(granted.errors).toBeUndefined();
    expect(granted.data?.grantHouseholdAccess).toEqual({ householdId: null, userErrors: [userError(["input", "householdId"], "no household has this id")] });
    expect(await grantsOf(user)).toEqual([]);
    const revoked = await run(RevokeHouseholdAccessDocument, { input: { userId: user, householdId: s.id("nowhere") } });
    expect(revoked.data?.revokeHouseholdAccess).toEqual({ householdId: null, revoked: null, userErrors: [userError(["input", "householdId"], "no household has this id")] });
  });

  it("are for ADMIN only: a coordinator is refused with FORBIDDEN as an error, and nothing is written", async () => {
    const s = await missedSignal("mp-grant-who").load(suite.graph);
    const input = { userId: s.id("pr-regisseur"), householdId: s.household };
    expect(refused(await run(GrantHouseholdAccessDocument, { input }, regisseur(s)))).toBe("FORBIDDEN");
    expect(await grantsOf(input.userId)).toEqual([]);
    await run(GrantHouseholdAccessDocument, { input });
    expect(refused(await run(RevokeHouseholdAccessDocument, { input }, regisseur(s)))).toBe("FORBIDDEN");
    expect(await grantsOf(input.userId)).toEqual([s.household]);
  });

  it("leave grantHousehold and revokeHousehold as they were, and are recorded as they are", async () => {
    const s = await missedSignal("mp-grant-old").load(suite.graph);
    const user = s.id("coordinator");
    const [old, now] = [{ role: Role.ADMIN, user: s.id("admin-old") }, { role: Role.ADMIN, user: s.id("admin-new") }];
    const args = { u: user, h: s.household };
    expect(await suite.raw(`mutation($u: String!, $h: ID!) { grantHousehold(userId: $u, householdId: $h) }`, args, old)).toEqual({ data: { grantHousehold: s.household } });
    const unknown = await suite.raw(`mutation($u: String!, $h: ID!) { grantHousehold(userId: $u, householdId: $h) }`, { ...args, h: s.id("nowhere") }, old);
    expect(unknown.data).toBeNull();
    expect(unknown.errors?.[0]).toMatchObject({ message: `householdId: no household "${s.id("nowhere")}"`, extensions: { code: "BAD_USER_INPUT", field: "householdId" } });
    expect(await suite.raw(`mutation($u: String!, $h: ID!) { revokeHousehold(userId: $u, householdId: $h) }`, args, old)).toEqual({ data: { revokeHousehold: true } });
    expect(await suite.raw(`mutation($u: String!, $h: ID!) { revokeHousehold(userId: $u, householdId: $h) }`, { ...args, h: s.id("nowhere") }, old))
      .toEqual({ data: { revokeHousehold: false } });
    // the twins, as another admin: the same entries (create for a grant, update for a withdrawal), for the same household
    await run(GrantHouseholdAccessDocument, { input: { userId: user, householdId: s.household } }, now);
    await run(GrantHouseholdAccessDocument, { input: { userId: user, householdId: s.id("nowhere") } }, now);
    await run(RevokeHouseholdAccessDocument, { input: { userId: user, householdId: s.household } }, now);
    await run(RevokeHouseholdAccessDocument, { input: { userId: user, householdId: s.id("nowhere") } }, now);
    const [before, after] = [await trailOf(s.id("admin-old")), await trailOf(s.id("admin-new"))];
    expect(after.map((e) => [e.action, e.households])).toEqual(before.map((e) => [e.action, e.households]));
    expect(after.map((e) => e.action)).toEqual(["UPDATE", "UPDATE", "UPDATE", "UPDATE", "CREATE", "CREATE", "CREATE", "CREATE"]); // newest first
    // a grant refused for its input: the old form answers an error (a failure), the new one data with a userError (a success, as an import refused for its delivery)
    expect(before.map((e) => e.outcome)).toEqual(["SUCCESS", "STARTED", "SUCCESS", "STARTED", "FAILURE", "STARTED", "SUCCESS", "STARTED"]);
    expect(after.map((e) => e.outcome)).toEqual(["SUCCESS", "STARTED", "SUCCESS", "STARTED", "SUCCESS", "STARTED", "SUCCESS", "STARTED"]);
  });
});

describe("importDelivery", () => {
  /** A household with help that may start on a day that is no day. */
  function helped(label: string, start = "2023-01-09"): Scenario {
    const s = missedSignal(label);
    s.help({ agency: "wmo", person: "mother", domain: "WMO", kind: "begeleiding", start, end: null, endReason: null, endReasonCode: null });
    return s;
  }

  it("writes a delivery and answers the result importDataset answers, with no userErrors", async () => {
    const s = helped("mp-import");
    const res = await run(ImportDeliveryDocument, { input: { dataset: s.delivery() } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.importDelivery.userErrors).toEqual([]);
    expect(res.data?.importDelivery.result).toMatchObject({ ok: true, source: s.id("delivery"), created: res.data?.importDelivery.result?.received, errors: [], detectionRun: { households: 1 } });
    expect(await householdsUnder(s)).toBe(1);
    const again = await run(ImportDeliveryDocument, { input: { dataset: s.delivery() } }); // the same delivery again changes nothing
    expect(again.data?.importDelivery).toMatchObject({ result: { ok: true, created: 0 }, userErrors: [] });
  });

  it("answers every refused record as a userError at its path under the dataset, with data, and writes nothing", async () => {
    const s = helped("mp-import-bad", "2023-13-01");
    const delivery = s.delivery();
    delivery.persons = [...(delivery.persons ?? []), { id: " padded" }];
    const res = await run(ImportDeliveryDocument, { input: { dataset: delivery } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.importDelivery.result).toBeNull();
    expect(res.data?.importDelivery.userErrors).toEqual(expect.arrayContaining([
      userError(["input", "dataset", "interventions", "0", "start"], 'not a date: "2023-13-01" (expected YYYY-MM-DD)'),
      userError(["input", "dataset", "persons", "1", "id"], expect.any(String)),
    ]));
    expect(await householdsUnder(s)).toBe(0);
    const whole = await run(ImportDeliveryDocument, { input: { dataset: [] } });
    expect(whole.data?.importDelivery).toEqual({ result: null, userErrors: [userError(["input", "dataset"], "must be an object")] });
  });

  it("is for ADMIN only: a coordinator is refused with FORBIDDEN as an error, and nothing is written", async () => {
    const s = helped("mp-import-who");
    expect(refused(await run(ImportDeliveryDocument, { input: { dataset: s.delivery() } }, regisseur(s)))).toBe("FORBIDDEN");
    expect(await householdsUnder(s)).toBe(0);
  });

  it("leaves importDataset as it was, and is recorded as it is", async () => {
    const s = helped("mp-import-old", "2023-13-01");
    const [old, now] = [{ role: Role.ADMIN, user: s.id("admin-old") }, { role: Role.ADMIN, user: s.id("admin-new") }];
    const IMPORT = `mutation($d: JSON!) { importDataset(dataset: $d) { ok created errors { path message } } }`;
    const refusedOld = await suite.raw(IMPORT, { d: s.delivery() }, old);
    expect(dataOf(refusedOld, "importDataset")).toEqual({ ok: false, created: 0, errors: [{ path: "interventions[0].start", message: 'not a date: "2023-13-01" (expected YYYY-MM-DD)' }] });
    const good = helped("mp-import-old-good");
    expect(dataOf(await suite.raw(IMPORT, { d: good.delivery() }, old), "importDataset")).toMatchObject({ ok: true, errors: [] });
    await run(ImportDeliveryDocument, { input: { dataset: s.delivery() } }, now);
    await run(ImportDeliveryDocument, { input: { dataset: good.delivery() } }, now);
    const [before, after] = [await trailOf(s.id("admin-old")), await trailOf(s.id("admin-new"))];
    expect(after).toEqual(before);
    expect(after[0]).toEqual({ action: "IMPORT", outcome: "SUCCESS", households: [good.household] });
  });
});

describe("importStandardMessages", () => {
  const { cbs, agb } = parties();
  const o = { cbs, agb: agb(1), bsn: bsnFor(`mp-${cbs}`), birthDate: "2011-01-01" };
  const allocated = xml(allocation({ ...o, dated: "2026-03-02", number: "1", from: "2026-03-02" }));
  const broken = xml(started({ ...o, dated: "2026-03-04", number: "1", start: "2026-03-04" })).replace("2026-03-04</jw305:Begindatum>", "2026-02-30</jw305:Begindatum>");
  const stored = async () => (await suite.graph.read(MESSAGES, { cbs }))[0]?.messages;

  it("names each problem by the message's index and the element's steps, with data, and writes nothing", async () => {
    const res = await run(ImportStandardMessagesDocument, { input: { messages: [allocated, broken] } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.importStandardMessages).toEqual({
      result: null,
      userErrors: [userError(["input", "messages", "1", "Bericht", "Client", "StartProducten", "StartProduct", "Begindatum"], "2026-02-30 is not a date")],
    });
    expect(await stored()).toBe(0);
    const tooMany = await run(ImportStandardMessagesDocument, { input: { messages: Array.from({ length: 5001 }, () => "x") } });
    expect(tooMany.data?.importStandardMessages).toEqual({ result: null, userErrors: [userError(["input", "messages"], "at most 5000 per call (use npm run import for an archive)")] });
  });

  it("is for ADMIN only: a coordinator is refused with FORBIDDEN as an error, and nothing is written", async () => {
    expect(refused(await run(ImportStandardMessagesDocument, { input: { messages: [allocated] } }, { role: Role.COORDINATOR, user: "mp-coordinator" }))).toBe("FORBIDDEN");
    expect(await stored()).toBe(0);
  });

  it("leaves importMessages as it was: problems in its ImportResult, too many texts an error", async () => {
    const IMPORT = `mutation($m: [String!]!) { importMessages(messages: $m) { ok errors { path message } } }`;
    expect(dataOf(await suite.raw(IMPORT, { m: [allocated, broken] }), "importMessages"))
      .toEqual({ ok: false, errors: [{ path: "messages[1]: /Bericht/Client/StartProducten/StartProduct/Begindatum", message: "2026-02-30 is not a date" }] });
    const tooMany = await suite.raw(IMPORT, { m: Array.from({ length: 5001 }, () => "x") });
    expect(tooMany.data).toBeNull();
    expect(tooMany.errors?.[0]).toMatchObject({ message: "messages: at most 5000 per call (use npm run import for an archive)", extensions: { code: "BAD_USER_INPUT" } });
    expect(await stored()).toBe(0);
  });

  it("writes valid messages and answers the result importMessages answers, with no userErrors", async () => {
    const res = await run(ImportStandardMessagesDocument, { input: { messages: [allocated] } });
    expect(res.data?.importStandardMessages.userErrors).toEqual([]);
    expect(res.data?.importStandardMessages.result).toMatchObject({ ok: true, errors: [], counts: expect.arrayContaining([{ kind: "MESSAGES", received: 1, created: 1 }]) });
    expect(await stored()).toBe(1);
  });
});

describe("startDetectionRun", () => {
  it("detects over the households named and stores their hits, with no userErrors", async () => {
    const s = await missedSignal("mp-run").load(suite.graph); // written without a run: no hits yet
    expect(await hitsOf(s)).toEqual([]);
    const res = await run(StartDetectionRunDocument, { input: { householdIds: [s.household] } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.startDetectionRun.userErrors).toEqual([]);
    expect(res.data?.startDetectionRun.detectionRun).toMatchObject({ trigger: "API", households: 1, counts: expect.arrayContaining([{ kind: "MISSED_SIGNAL", new: 1 }]) });
    expect(await hitsOf(s)).toHaveLength(1);
  });

  it("names an unknown household as a userError at its place in householdIds, with data, and runs nothing", async () => {
    const s = await missedSignal("mp-run-unknown").load(suite.graph);
    const res = await run(StartDetectionRunDocument, { input: { householdIds: [s.household, s.id("nowhere")] } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.startDetectionRun).toEqual({ detectionRun: null, userErrors: [userError(["input", "householdIds", "1"], "no household has this id")] });
    const none = await run(StartDetectionRunDocument, { input: { householdIds: [] } });
    expect(none.data?.startDetectionRun).toEqual({ detectionRun: null, userErrors: [userError(["input", "householdIds"], expect.stringContaining("leave householdIds out"))] });
    expect(await hitsOf(s)).toEqual([]);
  });

  it("is for ADMIN only: a coordinator and an analyst are refused with FORBIDDEN as an error, and nothing runs", async () => {
    const s = await missedSignal("mp-run-who").load(suite.graph);
    expect(refused(await run(StartDetectionRunDocument, { input: { householdIds: [s.household] } }, regisseur(s)))).toBe("FORBIDDEN");
    expect(refused(await run(StartDetectionRunDocument, {}, ANALYST))).toBe("FORBIDDEN");
    expect(await hitsOf(s)).toEqual([]);
  });

  it("detects over everyone without an input or with an empty one, as runDetection does, and is recorded as it is", async () => {
    const s = missedSignal("mp-run-all");
    const [old, now] = [{ role: Role.ADMIN, user: s.id("admin-old") }, { role: Role.ADMIN, user: s.id("admin-new") }];
    const everyone = dataOf<{ households: number | null; trigger: string }>(await suite.raw(`mutation { runDetection { households trigger } }`, {}, old), "runDetection");
    expect(everyone).toEqual({ households: null, trigger: "API" });
    for (const variables of [{}, { input: {} }]) {
      const res = await run(StartDetectionRunDocument, variables, now);
      expect(res.data?.startDetectionRun).toMatchObject({ detectionRun: { households: null, trigger: "API" }, userErrors: [] });
    }
    expect((await trailOf(s.id("admin-new"))).slice(0, 2)).toEqual(await trailOf(s.id("admin-old")));
    expect((await trailOf(s.id("admin-old")))[0]).toEqual({ action: "UPDATE", outcome: "SUCCESS", households: [] });
  });
});

describe("triagePatternHit", () => {
  /** The scenario delivered over the API (so its household is detected), and its one stored hit's id. */
  async function withHit(label: string): Promise<[Scenario, string]> {
    const s = missedSignal(label);
    const res = await suite.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok } }`, { d: s.delivery() });
    expect(dataOf(res, "importDataset")).toEqual({ ok: true });
    const [id] = await hitsOf(s);
    return [s, id as string];
  }

  it("sets a hit's status as its coordinator, answering the hit with its history and no userErrors", async () => {
    const [s, id] = await withHit("mp-triage");
    const res = await run(TriagePatternHitDocument, { input: { id, status: "IN_PROGRESS", assigneeId: s.id("pr-regisseur"), note: "bel de corporatie" } }, regisseur(s));
    expect(res.errors).toBeUndefined();
    expect(res.data?.triagePatternHit).toEqual({
      hit: { id, status: "IN_PROGRESS", assignee: { id: s.id("pr-regisseur") }, history: [
        { by: "detection", to: "NEW", reason: "FOUND", note: null },
        { by: s.id("pr-regisseur"), to: "IN_PROGRESS", reason: null, note: "bel de corporatie" },
      ] },
      userErrors: [],
    });
    expect(await hitState(id)).toEqual({ status: "IN_PROGRESS", assigneeId: s.id("pr-regisseur"), changes: 2 });
  });

  it("names every mistake of the input as a userError on its field, with data, and writes nothing", async () => {
    const [s, id] = await withHit("mp-triage-bad");
    const answer = async (input: Record<string, unknown>) => {
      const res = await run(TriagePatternHitDocument, { input: { id, status: "SEEN", ...input } as never }, regisseur(s));
      expect(res.errors).toBeUndefined();
      expect(res.data?.triagePatternHit.hit).toBeNull();
      return res.data?.triagePatternHit.userErrors;
    };
    expect(await answer({ status: "DISMISSED" })).toEqual([userError(["input", "reason"], "say why a hit is dismissed")]);
    expect(await answer({ status: "IN_PROGRESS" })).toEqual([userError(["input", "assigneeId"], "a hit in progress needs the professional who works on it")]);
    expect(await answer({ status: "IN_PROGRESS", assigneeId: s.id("pr-nobody") })).toEqual([userError(["input", "assigneeId"], "no professional has this id")]);
    expect(await answer({ status: "GONE", reason: "OTHER" })).toEqual([
      userError(["input", "status"], "GONE is set by detection runs only"),
      userError(["input", "reason"], "only a DISMISSED hit has a reason"),
      userError(["input", "note"], "say what the other reason is"),
    ]);
    expect(await answer({ note: "x".repeat(2001) })).toEqual([userError(["input", "note"], "at most 2000 characters")]);
    expect(await answer({ id: `${id}-nowhere` })).toEqual([userError(["input", "id"], "no stored pattern hit has this id")]);
    expect(await hitState(id)).toEqual({ status: "NEW", assigneeId: null, changes: 1 });
  });

  it("names a hit that is GONE as a userError on its id", async () => {
    const [s, id] = await withHit("mp-triage-gone");
    s.event({ type: "CASE_CONFERENCE", date: "2023-02-01", agency: "woco", participants: ["woco"] }); // followed up after all
    expect(dataOf(await suite.raw(`mutation($d: JSON!) { importDataset(dataset: $d) { ok } }`, { d: s.delivery() }), "importDataset")).toEqual({ ok: true });
    const res = await run(TriagePatternHitDocument, { input: { id, status: "SEEN" } }, regisseur(s));
    expect(res.data?.triagePatternHit).toEqual({ hit: null, userErrors: [userError(["input", "id"], expect.stringContaining("this hit is gone"))] });
    expect((await hitState(id))?.status).toBe("GONE");
  });

  it("refuses an analyst, an agency worker and another household's coordinator with FORBIDDEN as an error, and writes nothing", async () => {
    const [s, id] = await withHit("mp-triage-who");
    const other = missedSignal("mp-triage-other");
    const input = { id, status: "SEEN" as const };
    expect(refused(await run(TriagePatternHitDocument, { input }, ANALYST))).toBe("FORBIDDEN");
    expect(refused(await run(TriagePatternHitDocument, { input }, regisseur(other)))).toBe("FORBIDDEN");
    // an agency worker learns nothing of the id: a hit and no hit are refused alike
    const worker: As = { role: Role.AGENCY_WORKER, agency: s.id("a-woco") };
    const [real, none] = [await run(TriagePatternHitDocument, { input }, worker), await run(TriagePatternHitDocument, { input: { ...input, id: `${id}-nowhere` } }, worker)];
    expect(refused(real)).toBe("FORBIDDEN");
    expect(none).toEqual(real);
    expect(await hitState(id)).toEqual({ status: "NEW", assigneeId: null, changes: 1 });
  });

  it("leaves triageHit as it was: mistakes as BAD_USER_INPUT errors naming the field, and is recorded as it is", async () => {
    const [s, id] = await withHit("mp-triage-old");
    const [old, now] = [{ role: Role.ADMIN, user: s.id("admin-old") }, { role: Role.ADMIN, user: s.id("admin-new") }];
    const TRIAGE = `mutation($id: ID!, $status: HitStatus!, $reason: DismissReason) { triageHit(id: $id, status: $status, reason: $reason) { id status } }`;
    const mistake = await suite.raw(TRIAGE, { id, status: "DISMISSED" }, old);
    expect(mistake.data).toBeNull();
    expect(mistake.errors?.[0]).toMatchObject({ message: "reason: say why a hit is dismissed", extensions: { code: "BAD_USER_INPUT", field: "reason" } });
    expect(dataOf(await suite.raw(TRIAGE, { id, status: "SEEN" }, old), "triageHit")).toEqual({ id, status: "SEEN" });
    await run(TriagePatternHitDocument, { input: { id, status: "DISMISSED" } }, now);
    await run(TriagePatternHitDocument, { input: { id, status: "SEEN" } }, now);
    const [before, after] = [await trailOf(s.id("admin-old")), await trailOf(s.id("admin-new"))];
    expect(after.map((e) => [e.action, e.households])).toEqual(before.map((e) => [e.action, e.households]));
    expect(after[0]).toEqual({ action: "UPDATE", outcome: "SUCCESS", households: [s.household] });
  });
});
