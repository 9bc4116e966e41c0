/**
 * Malformed and hostile deliveries, generated (fast-check), sent to the running API: the server
 * never falls over, always answers what and where, and writes nothing of a delivery it refuses.
 */
import fc from "fast-check";
import type { Graph } from "../src/graph/gateway";
import { startApi, type TestApi } from "./support/api";
import { smallDelivery } from "./support/fixtures";
import { testGraph, uniquePrefix } from "./support/graph";
import { removeByPrefix, snapshot } from "./support/snapshot";
import { ADMIN, tokenFor } from "./support/tokens";

let graph: Graph;
let api: TestApi;
const prefixes: string[] = [];
beforeAll(async () => {
  graph = testGraph();
  api = await startApi(graph);
});
afterAll(async () => {
  await api.close();
  for (const p of prefixes) await removeByPrefix(graph, p);
  await graph.close();
});

const IMPORT = `mutation($d: JSON!) { importDataset(dataset: $d) { ok errors { path message } } }`;
type Answer = { status: number; ok: boolean | undefined; errors: { path: string; message: string }[] | undefined; code: unknown };

/** Sends a delivery over HTTP as ADMIN; the raw answer, whatever it is. */
async function deliver(dataset: unknown): Promise<Answer> {
  const res = await api.http({ query: IMPORT, variables: { d: dataset } }, { authorization: `Bearer ${await adminToken}`, "x-purpose": "hostile delivery test" });
  const body = (await res.json()) as { data?: { importDataset?: { ok: boolean; errors: { path: string; message: string }[] } }; errors?: { extensions?: { code?: unknown } }[] };
  return { status: res.status, ok: body.data?.importDataset?.ok, errors: body.data?.importDataset?.errors, code: body.errors?.[0]?.extensions?.code };
}
const adminToken = tokenFor(ADMIN);

/** Any JSON value, with the strings a hostile sender likes: Cypher, huge, control characters, prototype keys. */
const hostileString = fc.oneof(
  fc.string(), fc.constantFrom("' OR 1=1 //", "}) DETACH DELETE n //", "__proto__", "constructor", "\u0000", "𝕳𝖊𝖑𝖑𝖔", "9999-99-99", "-0"),
  fc.string({ minLength: 5000, maxLength: 6000 }),
);
/** The delivery's own keys, so that records of any shape (null, a number, a list) reach the checks. */
const recordKind = fc.constantFrom("agencies", "persons", "households", "memberships", "interventions", "events", "outcomes");
const hostileValue = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.object({ maxDepth: 2 }));

describe("a hostile delivery", () => {
  it("never crashes the server: any JSON at all is answered, as a refusal with paths, or a validation error", async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(
        fc.anything({ maxDepth: 3 }),
        fc.dictionary(hostileString, hostileValue, { maxKeys: 8 }),
        fc.dictionary(recordKind, fc.array(hostileValue, { maxLength: 3 }), { maxKeys: 4 }), // lists of records that are no records
      ), async (dataset) => {
        const answer = await deliver(dataset);
        expect([200, 400]).toContain(answer.status);
        if (answer.status === 200) {
          expect(answer.ok).toBe(false);
          expect(answer.errors!.length).toBeGreaterThan(0);
          for (const e of answer.errors!) expect(typeof e.path === "string" && e.message.length > 0).toBe(true);
        }
      }),
      { numRuns: 60 },
    );
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
  });

  it("with one field of a valid delivery replaced by anything writes nothing when refused", async () => {
    const records = ["agencies", "persons", "households", "memberships", "interventions", "events"] as const;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...records), fc.nat(), fc.string({ minLength: 1, maxLength: 20 }), hostileValue, async (kind, index, field, value) => {
        const p = uniquePrefix("hostile");
        prefixes.push(p);
        const delivery = smallDelivery(p) as unknown as Record<string, Record<string, unknown>[]>;
        const list = delivery[kind]!;
        const record = list[index % list.length]!;
        const key = Object.keys(record)[index % Object.keys(record).length] ?? field;
        record[index % 2 ? key : field] = value;
        const answer = await deliver(delivery);
        expect(answer.status).toBe(200);
        if (answer.ok === false) expect(await snapshot(graph, p)).toEqual([]); // refused: not one node or relationship
      }),
      { numRuns: 40 },
    );
  });
});
