import fc from "fast-check";
import { createClient } from "graphql-ws";
import WebSocket from "ws";
import { installationBsnKey } from "../src/access/bsn";
import { Role } from "../src/access/viewer";
import { cypher } from "../src/graph/cypher";
import { apiSuite, codeOf, dataOf } from "./support/api-suite";
import { logged } from "./support/logged";
import { overSocket, socketUrl } from "./support/socket";
import { tokenFor } from "./support/tokens";
import { allocation, bsnFor, importTexts, parties, started, stopped, xml } from "./support/messages";

const suite = apiSuite();
const IMPORT = `mutation($messages: [String!]!) { importMessages(messages: $messages) { ok errors { path message } counts { kind received created } detectionRun { households } } }`;
const BY_BSN = `query($bsn: String!) { personByBsn(bsn: $bsn) { id name interventions { domain start end endReason } memberships { household { madeFromMessages } } } }`;
const AUDIT = `query($personId: ID) { auditEvents(personId: $personId, first: 5) { edges { node { action operation persons } } } }`;
const ALL_PROPERTIES = cypher("../tests/support/all-properties.cypher");

type Imported = { ok: boolean; errors: { path: string; message: string }[]; counts: { kind: string; received: number; created: number }[] };

describe("importMessages over HTTP", () => {
  const { cbs, agb } = parties();
  const bsn = bsnFor(`api-${cbs}`);
  const o = { cbs, agb: agb(1), bsn, birthDate: "2011-01-01" };
  const texts = [
    xml(allocation({ ...o, dated: "2026-03-02", number: "1", from: "2026-03-02" }), "Wit"),
    xml(started({ ...o, dated: "2026-03-04", number: "1", start: "2026-03-04" })),
    xml(stopped({ ...o, dated: "2026-06-01", number: "1", start: "2026-03-04", end: "2026-06-01", reason: "32" })),
  ];

  it("imports messages for an ADMIN, counts them first, and finds the person by BSN afterwards", async () => {
    const result = dataOf<Imported>(await suite.raw(IMPORT, { messages: texts }), "importMessages");
    expect(result.errors).toEqual([]);
    expect(result.counts[0]).toEqual({ kind: "MESSAGES", received: 3, created: 3 });
    expect(result.counts.find((c) => c.kind === "INTERVENTIONS")).toEqual({ kind: "INTERVENTIONS", received: 1, created: 1 });
    const person = dataOf<{ id: string; name: string; interventions: unknown[] }>(await suite.raw(BY_BSN, { bsn }), "personByBsn");
    expect(person).toEqual({
      id: installationBsnKey().personId(bsn), name: "Wit",
      interventions: [{ domain: "JEUGD", start: "2026-03-04", end: "2026-06-01", endReason: "CLIENT_WITHDREW" }],
      // no delivery placed this client in a household: the one made for them says so
      memberships: [{ household: { madeFromMessages: true } }],
    });
    // the lookup is on the audit trail, under the person's id: never the number
    const audit = dataOf<{ edges: { node: { action: string; operation: string | null; persons: string[] } }[] }>(
      await suite.raw(AUDIT, { personId: person.id }), "auditEvents");
    expect(audit.edges.map((e) => e.node.action)).toContain("SEARCH");
    expect(JSON.stringify(audit)).not.toContain(bsn);
  });

  it("says which message and element a problem is in, and writes nothing", async () => {
    const broken = texts[1]?.replace("2026-03-04</jw305:Begindatum>", "2026-02-30</jw305:Begindatum>") as string;
    const result = dataOf<Imported>(await suite.raw(IMPORT, { messages: [texts[0], broken] }), "importMessages");
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([{ path: "messages[1]: /Bericht/Client/StartProducten/StartProduct/Begindatum", message: "2026-02-30 is not a date" }]);
    expect(result.counts).toEqual([{ kind: "MESSAGES", received: 2, created: 0 }]);
  });

  it("is refused to any role but ADMIN, and personByBsn to an ANALYST", async () => {
    expect(codeOf(await suite.raw(IMPORT, { messages: texts }, { role: Role.COORDINATOR, user: "pr-x" }))).toBe("FORBIDDEN");
    expect(codeOf(await suite.raw(BY_BSN, { bsn }, { role: Role.ANALYST }))).toBe("FORBIDDEN");
  });

  it("refuses personByBsn over GET: a BSN does not go in an address, where proxies and access logs keep it", async () => {
    const res = await fetch(`${suite.api.url}/graphql?query=${encodeURIComponent(`{ personByBsn(bsn: "${bsn}") { id } }`)}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true", authorization: `Bearer ${await tokenFor({ role: Role.ADMIN })}`, "x-purpose": "testing" },
    });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(JSON.parse(body).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body).not.toContain(bsn);
  });

  it("refuses personByBsn over the WebSocket (queries go over HTTP only), without repeating the BSN or writing an entry", async () => {
    const client = createClient({
      url: socketUrl(suite.api.url), webSocketImpl: WebSocket, retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${await tokenFor({ role: Role.ADMIN, user: "ws-bsn" })}`, "x-purpose": "testing" },
    });
    try {
      const { next, error } = await overSocket(client, "query($bsn: String!) { personByBsn(bsn: $bsn) { id } }", { bsn });
      expect(next).toEqual([]);
      expect(JSON.stringify(error)).toMatch(/Only subscriptions go over the WebSocket/);
      expect(JSON.stringify(error)).not.toContain(bsn);
    } finally {
      await client.dispose();
    }
    const entries = dataOf<{ edges: unknown[] }>(await suite.raw(`query { auditEvents(userId: "ws-bsn", first: 5) { edges { node { outcome } } } }`), "auditEvents");
    expect(JSON.stringify(entries)).not.toContain(bsn);
  });

  it("refuses a BSN that is not one without repeating it, in the answer and in the log", async () => {
    const wrong = `${bsn.slice(0, 8)}${(Number(bsn[8]) + 1) % 10}`;
    let res: Awaited<ReturnType<typeof suite.raw>> | undefined;
    const log = await logged(async () => {
      res = await suite.raw(BY_BSN, { bsn: wrong });
    });
    expect(codeOf(res as NonNullable<typeof res>)).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(res)).not.toContain(wrong);
    expect(log).not.toContain(wrong);
  });

  it("leaves no BSN anywhere in the store: not on a node, not on a relationship, not in the audit trail", async () => {
    const rows = await suite.graph.read(ALL_PROPERTIES);
    const everything = JSON.stringify(rows);
    expect(everything.length).toBeGreaterThan(1000);
    expect(everything).not.toContain(bsn);
    expect(everything).toContain(installationBsnKey().personId(bsn));
  });
});

describe("hostile messages (property-based)", () => {
  const { cbs, agb } = parties();
  const bsn = bsnFor(`hostile-${cbs}`);
  const good = xml(allocation({ cbs, agb: agb(1), bsn, dated: "2026-03-02", number: "1", from: "2026-03-02" }), "Geheimnaam");
  let n = 0;
  const neighbour = () => xml(allocation({ cbs, agb: agb(2), bsn: bsnFor(`neighbour-${cbs}-${++n}`), dated: "2026-03-02", number: String(9000 + n), from: "2026-03-02" }));

  it("any change to a message is imported whole or refused whole, never with a BSN or a name in what is said", async () => {
    // a change: a piece cut out, a piece put in, or an element's text replaced by anything
    const edit = fc.oneof(
      fc.tuple(fc.nat(good.length), fc.nat(200)).map(([at, n]) => (t: string) => t.slice(0, at) + t.slice(at + n)),
      fc.tuple(fc.nat(good.length), fc.string({ maxLength: 40, unit: "binary" })).map(([at, s]) => (t: string) => t.slice(0, at) + s + t.slice(at)),
      fc.tuple(fc.nat(40), fc.string({ maxLength: 30 })).map(([k, s]) => (t: string) => {
        let seen = 0;
        return t.replace(/>([^<]+)</g, (whole, _text: string) => (seen++ === k ? `>${s.replace(/[<&]/g, "")}<` : whole));
      }),
    );
    await fc.assert(fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
      const text = edits.reduce((t, e) => e(t), good);
      // beside a good message of another client: both go to the XSD in one document
      const result = await importTexts(suite.graph, [text, neighbour()]);
      const said = JSON.stringify(result.outcome.errors);
      expect(said).not.toContain(bsn);
      expect(said).not.toContain("Geheimnaam");
      expect(said).not.toMatch(/[0-9]{9}/); // no BSN at all, whatever an edit made of the one in the message
      if (result.outcome.ok) expect(result.messages.created + result.messages.repeated + result.messages.skipped).toBe(2);
      else {
        expect(result.messages.created).toBe(0);
        for (const e of result.outcome.errors) expect(e.path).toMatch(/^m[01]\.xml: |^\(import\)/);
      }
    }), { numRuns: 60, seed: 23 });
  });
});
