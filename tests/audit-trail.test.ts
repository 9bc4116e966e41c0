import { appendAudit, verifyAuditChain } from "../src/access/audit";
import { AuditLinker, linkPending } from "../src/access/audit-linker";
import { Role } from "../src/access/viewer";
import { DatabaseUnavailableError } from "../src/errors";
import { cypher } from "../src/graph/cypher";
import { testGraph } from "./support/graph";
import { storiesApi } from "./support/stories-api";
import { tokenFor } from "./support/tokens";

const { api, graph } = storiesApi();

const AUDIT = `query($householdId: ID, $userId: String) { auditEvents(householdId: $householdId, userId: $userId, first: 10) {
  totalCount edges { node { seq at action outcome userId role purpose agencyId origin operation persons households prevHash hash } } } }`;
type Entry = { seq: number; action: string; outcome: string; userId: string; role: string; purpose: string; agencyId: string | null;
  origin: string | null; operation: string | null; persons: string[]; households: string[]; prevHash: string; hash: string };
const entriesOf = async (vars: Record<string, string>) =>
  ((await api.raw(AUDIT, vars)).data?.auditEvents as { edges: { node: Entry }[] }).edges.map((e) => e.node);

describe("the audit trail", () => {
  it("records who read which persons and households, when, why and from where", async () => {
    const as = { role: Role.AGENCY_WORKER, user: "audit-reader", agency: "a-krediet", purpose: "voorbereiden casusoverleg" };
    await api.raw(`query ReadStoryOne { household(id: "h-s1") { id members { id } } }`, {}, as);
    const [entry] = await entriesOf({ userId: "audit-reader" });
    expect(entry).toMatchObject({
      action: "READ", outcome: "SUCCESS", role: "AGENCY_WORKER", purpose: "voorbereiden casusoverleg", agencyId: "a-krediet",
      operation: "ReadStoryOne", households: ["h-s1"], at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(entry?.persons).toEqual(expect.arrayContaining(["s1-p-mother", "s1-p-child1"]));
    expect(entry?.origin).toMatch(/127\.0\.0\.1/);
  });

  it("records a purpose beyond Latin-1, sent as utf-8'' percent-encoding, as the words the user typed", async () => {
    const res = await api.http({ query: `query Purposeful { household(id: "h-s1") { id } }` }, {
      authorization: `Bearer ${await tokenFor({ role: Role.ADMIN, user: "audit-purpose" })}`,
      "x-purpose": `utf-8''${encodeURIComponent("overleg met de cliënt — één gezin")}`,
    });
    expect(res.status).toBe(200);
    const [entry] = await entriesOf({ userId: "audit-purpose" });
    expect(entry?.purpose).toBe("overleg met de cliënt — één gezin");
  });

  it("records a refused attempt as a failure, and a search as a search", async () => {
    await api.raw(`mutation TryImport { importDataset(dataset: {source: "x"}) { ok } }`, {}, { role: Role.ANALYST, user: "audit-tryer" });
    await api.raw(`query Look { households(first: 2) { totalCount } }`, {}, { role: Role.ANALYST, user: "audit-tryer" });
    const entries = await entriesOf({ userId: "audit-tryer" });
    expect(entries.map((e) => [e.operation, e.action, e.outcome])).toEqual([["Look", "SEARCH", "SUCCESS"], ["TryImport", "IMPORT", "FAILURE"], ["TryImport", "IMPORT", "STARTED"]]);
  });

  it("records nothing for what touches no personal data", async () => {
    await api.raw(`query JustAgencies { agencies(first: 1) { totalCount } }`, {}, { role: Role.ANALYST, user: "audit-agencies" });
    expect(await entriesOf({ userId: "audit-agencies" })).toEqual([]);
  });

  it("is chained: each entry's prevHash is the hash of the one before", async () => {
    const entries = (await entriesOf({})).reverse();
    for (let i = 1; i < entries.length; i++) {
      expect(entries[i]?.seq).toBe((entries[i - 1]?.seq ?? 0) + 1);
      expect(entries[i]?.prevHash).toBe(entries[i - 1]?.hash);
    }
  });

  it("shows tampering: the verifier finds an entry changed after the fact", async () => {
    expect(await verifyAuditChain(graph())).toMatchObject({ ok: true, brokenAt: null });
    const [entry] = await entriesOf({ userId: "audit-reader" });
    const set = cypher("../tests/support/tamper-audit.cypher");
    await graph().write(set, { seq: entry?.seq, purpose: "iets anders" });
    expect(await verifyAuditChain(graph())).toMatchObject({ ok: false, brokenAt: entry?.seq, reason: "its contents do not match its hash" });
    await graph().write(set, { seq: entry?.seq, purpose: entry?.purpose });
    expect((await verifyAuditChain(graph())).ok).toBe(true);
  });

  it("lets requests at the same moment share one transaction: each recorded, one unbroken chain", async () => {
    const g = graph();
    const [writeTx, writeOnce] = [g.writeTx.bind(g), g.writeOnce.bind(g)];
    // the first append takes a second, as a busy database might: the requests arriving meanwhile wait, and go in together
    // (on a loaded machine the 24 might otherwise come one by one, each alone in its transaction)
    let first = true;
    const slowFirst = async <T>(name: string, real: () => Promise<T>): Promise<T> => {
      if (name === "audit-append-at-head" && first) {
        first = false;
        await new Promise((r) => setTimeout(r, 1000));
      }
      return real();
    };
    const managed = jest.spyOn(g, "writeTx").mockImplementation((name, work) => slowFirst(name, () => writeTx(name, work)));
    const single = jest.spyOn(g, "writeOnce").mockImplementation((query, params) => slowFirst(query.name, () => writeOnce(query, params)));
    const as = { role: Role.ADMIN, user: "audit-crowd" };
    const answers = await Promise.all(Array.from({ length: 24 }, (_, n) => api.raw(`query Crowd${n} { household(id: "h-s1") { id } }`, {}, as)));
    // groups committed: by the one statement where it found the head where it left it, else by lock-then-append
    // (other test files' writers move the head meanwhile, so both paths occur)
    const appendedAtOnce = await Promise.all(single.mock.calls.map(async ([query], i) =>
      query.name === "audit-append-at-head" && (await (single.mock.results[i]?.value as Promise<{ appended?: boolean }[]>).catch(() => []))[0]?.appended === true));
    const transactions = managed.mock.calls.filter(([name]) => name === "audit-append-at-head").length + appendedAtOnce.filter(Boolean).length;
    managed.mockRestore();
    single.mockRestore();
    expect(answers.every((a) => !a.errors)).toBe(true);
    const res = await api.raw(`{ auditEvents(userId: "audit-crowd", first: 50) { totalCount edges { node { operation } } } }`);
    const recorded = (res.data?.auditEvents as { totalCount: number; edges: { node: { operation: string } }[] });
    expect(recorded.totalCount).toBe(24);
    expect(new Set(recorded.edges.map((e) => e.node.operation))).toEqual(new Set(Array.from({ length: 24 }, (_, n) => `Crowd${n}`)));
    expect(transactions).toBeLessThan(24); // group commit: fewer transactions than entries
    expect((await verifyAuditChain(graph())).ok).toBe(true);
  });

  it("writes an entry once when its commit went through but the answer to it was lost, and still writes one whose try failed", async () => {
    const g = graph();
    const writeOnce = g.writeOnce.bind(g);
    const entry = (n: number) => ({ action: "read" as const, outcome: "success" as const, userId: "audit-lost", userName: null, role: "ADMIN", purpose: "test",
      agencyId: null, origin: null, operation: `Lost${n}`, persons: [], households: [] });
    // the one-statement append commits, then its answer is lost (as when the connection drops or the database is marked away just then);
    // where another file's writer moved the head first, nothing was appended, and the next append tries again
    let lost = false;
    const spy = jest.spyOn(g, "writeOnce").mockImplementation(async (query, params) => {
      const rows = await writeOnce(query, params);
      if (query.name !== "audit-append-at-head" || lost || rows[0]?.appended !== true) return rows;
      lost = true;
      throw new DatabaseUnavailableError();
    });
    let appended = 0;
    try {
      while (!lost && appended < 8) await appendAudit(g, entry(appended++));
    } finally {
      spy.mockRestore();
    }
    expect(lost).toBe(true);
    // a try that fails before it commits: the entry is appended by the fall-back, not taken as written
    let failed = false;
    const refusing = jest.spyOn(g, "writeOnce").mockImplementation(async (query, params) => {
      if (query.name !== "audit-append-at-head" || failed) return writeOnce(query, params);
      failed = true;
      throw new DatabaseUnavailableError();
    });
    try {
      await appendAudit(g, entry(appended++));
    } finally {
      refusing.mockRestore();
    }
    const entries = await entriesOf({ userId: "audit-lost" });
    expect(entries.map((e) => e.operation).sort()).toEqual(Array.from({ length: appended }, (_, n) => `Lost${n}`).sort());
    expect((await verifyAuditChain(g)).ok).toBe(true);
  });

  it("keeps one unbroken chain when another process appends in between (its head moved under this one)", async () => {
    const other = testGraph(); // another process's gateway: a writer of its own, sharing only the database
    try {
      const as = { role: Role.ADMIN, user: "audit-interleaved" };
      for (let n = 0; n < 4; n++) {
        const answer = await api.raw(`query Ours${n} { household(id: "h-s1") { id } }`, {}, as);
        expect(answer.errors).toBeUndefined();
        await appendAudit(other, { action: "import", outcome: "success", userId: "audit-interleaved", userName: null, role: "ADMIN", purpose: "test",
          agencyId: null, origin: null, operation: `Theirs${n}`, persons: [], households: [] });
      }
    } finally {
      await other.close();
    }
    const entries = (await entriesOf({ userId: "audit-interleaved" })).reverse();
    expect(entries.map((e) => e.operation)).toEqual(["Ours0", "Theirs0", "Ours1", "Theirs1", "Ours2", "Theirs2", "Ours3", "Theirs3"]);
    expect(new Set(entries.map((e) => e.seq)).size).toBe(8);
    expect((await verifyAuditChain(graph())).ok).toBe(true);
  });

  it("links entries to their subjects after the answer, each link once even with two linkers at a time, and none lost", async () => {
    const persons = ["audit-link-a", "audit-link-b", "audit-link-c", "audit-link-d"].map((p) => `${p}-${Date.now()}`);
    const append = (person: string) => appendAudit(graph(), { action: "read", outcome: "success", userId: "audit-linker", userName: null,
      role: "ADMIN", purpose: "test", agencyId: null, origin: null, operation: "Linked", persons: [person], households: [] });
    for (const person of persons.slice(0, 3)) await append(person);
    // two linkers at once (two API processes, or a pass and a subject access request) make each link once
    await Promise.all([linkPending(graph()), linkPending(graph())]);
    const rows = await graph().read(cypher("../tests/support/audit-links.cypher"), { keys: persons.slice(0, 3).map((p) => `Person:${p}`) });
    expect(rows.map((r) => [r.links, r.pending])).toEqual([[1, 0], [1, 0], [1, 0]]);
    // a subject access request right after an access finds it: it links what is pending before it reads
    await append(persons[3]!);
    const found = await api.raw(`query($p: ID) { auditEvents(personId: $p) { totalCount } }`, { p: persons[3]! });
    expect((found.data?.auditEvents as { totalCount: number }).totalCount).toBe(1);
    expect((await verifyAuditChain(graph())).ok).toBe(true); // linking changes nothing the chain's hashes cover
  });

  it("links what this process appended at its next tick, and asks nothing of the database while it appends nothing", async () => {
    const own = testGraph(); // a gateway of its own: its own writer, as a process has
    const linker = new AuditLinker(own, 20, 1_000); // a tick every 20 ms; the sweep for others' entries not within this test
    const linking = jest.spyOn(own, "writeOnce");
    const until = async (done: () => Promise<boolean>) => {
      for (let i = 0; i < 250 && !(await done()); i++) await new Promise((r) => setTimeout(r, 20));
    };
    try {
      linker.start();
      await until(async () => linking.mock.calls.length > 0); // the first tick sweeps
      await linker.settled();
      const afterSweep = linking.mock.calls.length;
      await new Promise((r) => setTimeout(r, 200)); // ten quiet ticks
      expect(linking.mock.calls.length).toBe(afterSweep); // nothing appended here: no query
      const person = `audit-idle-${Date.now()}`;
      await appendAudit(own, { action: "read", outcome: "success", userId: "audit-linker", userName: null,
        role: "ADMIN", purpose: "test", agencyId: null, origin: null, operation: "Linked", persons: [person], households: [] });
      const links = async () => (await own.read(cypher("../tests/support/audit-links.cypher"), { keys: [`Person:${person}`] }))[0];
      await until(async () => (await links())?.links === 1);
      expect(await links()).toMatchObject({ links: 1, pending: 0 });
    } finally {
      linking.mockRestore();
      await linker.stop();
      await own.close();
    }
  });

  it("refuses the answer when the access cannot be recorded", async () => {
    const outage = async (name: string) => {
      throw new Error(`${name}: simulated outage`);
    };
    const writes = jest.spyOn(graph(), "writeTx").mockImplementation(outage);
    const single = jest.spyOn(graph(), "writeOnce").mockImplementation((query) => outage(query.name));
    const res = await api.raw(`{ household(id: "h-s1") { id members { name } } }`);
    writes.mockRestore();
    single.mockRestore();
    expect(res).toEqual({ errors: [{ message: expect.stringMatching(/could not be recorded/), extensions: { code: "AUDIT_FAILED" } }] });
  });

  it("records a mutation before it writes (started, with the ids its arguments name), then its outcome", async () => {
    const as = { role: Role.ADMIN, user: "audit-granter" };
    await api.raw(`mutation Grant($h: ID!) { grantHousehold(userId: "pr-audit-grantee", householdId: $h) }`, { h: "h-s5" }, as);
    const entries = (await api.raw(`query($userId: String) { auditEvents(userId: $userId, first: 5) { edges { node { operation outcome requested households } } } }`, { userId: "audit-granter" }))
      .data?.auditEvents as { edges: { node: { operation: string; outcome: string; requested: string[]; households: string[] } }[] };
    expect(entries.edges.map((e) => e.node).reverse()).toEqual([
      { operation: "Grant", outcome: "STARTED", requested: [], households: ["h-s5"] }, // userId is a String, not an ID
      { operation: "Grant", outcome: "SUCCESS", requested: [], households: ["h-s5"] },
    ]);
    await api.raw(`mutation { revokeHousehold(userId: "pr-audit-grantee", householdId: "h-s5") }`);
  });

  it("writes nothing when a mutation's first entry cannot be recorded", async () => {
    const g = graph();
    const writeOnce = g.writeOnce.bind(g);
    const writeTx = g.writeTx.bind(g);
    const onlyAudit = <T>(name: string, real: () => Promise<T>): Promise<T> => (name.startsWith("audit") ? Promise.reject(new Error("simulated outage")) : real());
    const once = jest.spyOn(g, "writeOnce").mockImplementation((query, params) => onlyAudit(query.name, () => writeOnce(query, params)));
    const tx = jest.spyOn(g, "writeTx").mockImplementation((name, work) => onlyAudit(name, () => writeTx(name, work)));
    const res = await api.raw(`mutation { grantHousehold(userId: "pr-audit-unrecorded", householdId: "h-s5") }`);
    once.mockRestore();
    tx.mockRestore();
    expect(res.errors?.[0]?.extensions?.code).toBe("AUDIT_FAILED");
    const seen = await api.raw(`{ household(id: "h-s5") { id } }`, {}, { role: Role.COORDINATOR, user: "pr-audit-unrecorded" });
    expect(seen.data).toEqual({ household: null }); // not granted: a real id finds nothing outside its households
  });

  it("keeps a write on record when its outcome entry fails after the started entry was committed", async () => {
    const g = graph();
    // an answered read first: its entry committed, and nothing of this file waits to be appended
    await api.raw(`{ household(id: "h-s5") { id } }`, {}, { role: Role.ADMIN, user: "audit-half-before" });
    const writeOnce = g.writeOnce.bind(g);
    const writeTx = g.writeTx.bind(g);
    // every append after the one that put the started entry on record fails (an append may take two tries:
    // files beside this one move the trail's head, and the quick append then falls back to a locked one)
    let startedOnRecord = false;
    const failAfterStarted = <T>(name: string, real: () => Promise<T>, recordsStarted: (result: T) => boolean): Promise<T> => {
      if (!name.startsWith("audit-append")) return real();
      if (startedOnRecord) return Promise.reject(new Error("simulated outage"));
      return real().then((result) => {
        startedOnRecord ||= recordsStarted(result);
        return result;
      });
    };
    const once = jest.spyOn(g, "writeOnce").mockImplementation((query, params) => failAfterStarted(query.name, () => writeOnce(query, params),
      (rows) => rows[0]?.appended === true && JSON.stringify(params).includes('"started"')));
    const tx = jest.spyOn(g, "writeTx").mockImplementation((name, work) => failAfterStarted(name, () => writeTx(name, work),
      (entries) => Array.isArray(entries) && entries.some((e) => (e as { outcome?: string }).outcome === "started")));
    const res = await api.raw(`mutation Half { grantHousehold(userId: "pr-audit-half", householdId: "h-s5") }`, {}, { role: Role.ADMIN, user: "audit-half" });
    once.mockRestore();
    tx.mockRestore();
    expect(res.errors?.[0]?.extensions?.code).toBe("AUDIT_FAILED");
    const entries = (await api.raw(`query($userId: String) { auditEvents(userId: $userId, first: 5) { edges { node { operation outcome households } } } }`, { userId: "audit-half" }))
      .data?.auditEvents as { edges: { node: unknown }[] };
    expect(entries.edges.map((e) => e.node)).toEqual([{ operation: "Half", outcome: "STARTED", households: ["h-s5"] }]); // the write is on record
    await api.raw(`mutation { revokeHousehold(userId: "pr-audit-half", householdId: "h-s5") }`);
  });

  it("names the ids a mutation is given however it is written (defaults, fragments, inputs), and only ids, cleaned", async () => {
    const as = { role: Role.ADMIN, user: "audit-shapes" };
    await api.raw(`mutation Shaped($h: ID = "h-s5") { ... on Mutation { grantHousehold(userId: "pr-audit-shapes", householdId: $h) } }`, {}, as);
    await api.raw(`mutation Forged($x: ID!) { triageHit(id: $x, status: SEEN) { id } }`, { x: "evil\r\nline\u001b[2J" }, as);
    await api.raw(`mutation Input($h: ID!) { grantHouseholdAccess(input: {userId: "pr-audit-shapes", householdId: $h}) { householdId } }`, { h: "h-s5" }, as);
    await api.raw(`mutation Listed { startDetectionRun(input: {householdIds: ["h-s5"]}) { detectionRun { seq } } }`, {}, as);
    const entries = (await api.raw(`query($userId: String) { auditEvents(userId: $userId, first: 10) { edges { node { operation outcome households requested } } } }`, { userId: "audit-shapes" }))
      .data?.auditEvents as { edges: { node: { operation: string; outcome: string; households: string[]; requested: string[] } }[] };
    const started = entries.edges.map((e) => e.node).filter((e) => e.outcome === "STARTED");
    expect(started.find((e) => e.operation === "Shaped")).toMatchObject({ households: ["h-s5"], requested: [] });
    expect(started.find((e) => e.operation === "Forged")?.requested).toEqual(["id:evil??line?[2J"]);
    expect(started.find((e) => e.operation === "Input")).toMatchObject({ households: ["h-s5"], requested: [] }); // in an input object too
    expect(started.find((e) => e.operation === "Listed")).toMatchObject({ households: ["h-s5"], requested: [] }); // each of householdIds
    await api.raw(`mutation { revokeHousehold(userId: "pr-audit-shapes", householdId: "h-s5") }`);
  });

  it("names what a list page shows, not the record it looked at beyond the page to know there is more", async () => {
    type Edge = { node: { id: string; person: { id: string } | null; household: { id: string } | null } };
    const as = { role: Role.ADMIN, user: "audit-pager" };
    const households = await api.raw(`query HouseholdPage { households(first: 2) { pageInfo { hasNextPage } edges { node { id } } } }`, {}, as);
    const page = households.data?.households as { pageInfo: { hasNextPage: boolean }; edges: { node: { id: string } }[] };
    expect(page.pageInfo.hasNextPage).toBe(true);
    for (const list of ["events", "interventions"]) {
      const res = await api.raw(`query ${list}Page { ${list}(first: 2) { pageInfo { hasNextPage } edges { node { id person { id } household { id } } } } }`, {}, as);
      const edges = (res.data?.[list] as { pageInfo: { hasNextPage: boolean }; edges: Edge[] });
      expect(edges.pageInfo.hasNextPage).toBe(true);
      const [entry] = (await entriesOf({ userId: "audit-pager" }));
      expect(entry?.operation).toBe(`${list}Page`);
      expect([...entry!.persons].sort()).toEqual([...new Set(edges.edges.flatMap((e) => (e.node.person ? [e.node.person.id] : [])))].sort());
      expect([...entry!.households].sort()).toEqual([...new Set(edges.edges.flatMap((e) => (e.node.household ? [e.node.household.id] : [])))].sort());
    }
    const entry = (await entriesOf({ userId: "audit-pager" })).find((e) => e.operation === "HouseholdPage");
    expect(entry?.households).toEqual(page.edges.map((e) => e.node.id).sort());
  });

  it("offers no way to change or delete entries through the API", async () => {
    const mutations = await api.raw(`{ __schema { mutationType { fields { name } } } }`);
    const names = (mutations.data?.__schema as { mutationType: { fields: { name: string }[] } }).mutationType.fields.map((f) => f.name);
    expect(names.filter((n) => /audit/i.test(n))).toEqual([]);
  });
});

describe("one user's audit trail", () => {
  it("pages a user's entries newest first, interleaved with others', as Cypher finds them", async () => {
    const user = `audit-many-${Date.now()}`;
    for (let k = 0; k < 12; k++) {
      for (const userId of [user, "audit-other"]) {
        await appendAudit(graph(), { action: "read", outcome: "success", userId, userName: null, role: "ADMIN", purpose: "p",
          agencyId: null, origin: null, operation: `T${k}`, persons: [], households: [] });
      }
    }
    const truth = (await graph().read({ name: "test-audit-of-user", text: "MATCH (e:AuditEvent {userId: $user}) RETURN e.seq AS seq ORDER BY seq DESC" }, { user }))
      .map((r) => r.seq);
    expect(truth).toHaveLength(12);
    const seqs: number[] = [];
    for (let after: string | null = null; ;) {
      const res = await api.raw(`query($u: String, $after: String) { auditEvents(userId: $u, first: 5, after: $after) { totalCount nodes { seq } pageInfo { hasNextPage endCursor } } }`, { u: user, after });
      const page = res.data?.auditEvents as { totalCount: number; nodes: { seq: number }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
      expect(page.totalCount).toBe(12);
      seqs.push(...page.nodes.map((n) => n.seq));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seqs).toEqual(truth); // the first two pages are filled by walking the trail, the last from the userId index
    const last = await api.raw(`query($u: String) { auditEvents(userId: $u, last: 5) { nodes { seq } } }`, { u: user });
    expect((last.data?.auditEvents as { nodes: { seq: number }[] }).nodes.map((n) => n.seq)).toEqual(truth.slice(-5));
  });
});

describe("a period of the audit trail", () => {
  const PERIOD = `query($from: String, $to: String, $first: Int, $after: String, $last: Int, $before: String) {
    auditEvents(from: $from, to: $to, first: $first, after: $after, last: $last, before: $before) {
      totalCount edges { node { seq userId } } pageInfo { hasNextPage endCursor hasPreviousPage startCursor } } }`;
  type Page = { totalCount: number; edges: { node: { seq: number; userId: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null; hasPreviousPage: boolean; startCursor: string | null } };
  const ask = async (vars: Record<string, unknown>): Promise<Page> => {
    const res = await api.raw(PERIOD, vars);
    expect(res.errors).toBeUndefined();
    return res.data?.auditEvents as Page;
  };

  it("pages a period newest first, forward and backward, without a gap or a repeat, and counts it", async () => {
    const from = new Date().toISOString();
    for (let k = 0; k < 23; k++) {
      await appendAudit(graph(), { action: "read", outcome: "success", userId: "audit-period", userName: null, role: "ADMIN", purpose: "p",
        agencyId: null, origin: null, operation: `T${k}`, persons: [], households: [] });
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
    const to = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 300)); // an entry of another test file dated inside the period has committed by now
    const truth = (await graph().read({ name: "test-audit-in-period",
      text: "MATCH (e:AuditEvent) WHERE e.at >= $from AND e.at < $to RETURN e.seq AS seq ORDER BY e.at DESC, e.seq DESC" }, { from, to })).map((r) => r.seq);
    expect(truth.length).toBeGreaterThanOrEqual(23);

    const forward: number[] = [];
    for (let after: string | null = null; ;) {
      const page: Page = await ask({ from, to, first: 5, after });
      expect(page.totalCount).toBe(truth.length);
      forward.push(...page.edges.map((e) => e.node.seq));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(truth);
    const backward: number[] = [];
    for (let before: string | null = null; ;) {
      const page: Page = await ask({ from, to, last: 5, before });
      backward.unshift(...page.edges.map((e) => e.node.seq));
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(truth);
    const mine = (await ask({ from, to, first: 100 })).edges.filter((e) => e.node.userId === "audit-period");
    expect(mine).toHaveLength(23);

    const first = await ask({ from, to, first: 5 }); // a period's cursor is of its own list: not taken by the whole trail's
    const whole = await api.raw(PERIOD, { first: 5, after: first.pageInfo.endCursor });
    expect(whole.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const onlyFrom = await ask({ from, first: 100 }); // an open end: up to now, the newest first
    expect(onlyFrom.edges.length).toBeGreaterThanOrEqual(23);
    expect(onlyFrom.edges.map((e) => e.node.seq)).toEqual([...onlyFrom.edges.map((e) => e.node.seq)].sort((a, b) => b - a));
  });
});
