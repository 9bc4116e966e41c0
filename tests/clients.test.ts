import fs from "node:fs";
import path from "node:path";
import { signToken } from "../src/access/tokens";
import { Role } from "../src/access/viewer";
import { projectRoot } from "../src/config";
import { importDataset } from "../src/import/import.service";
import { behangrolApollo, household } from "../docs/clients/apollo-client";
import { behangrolRequest, householdIds } from "../docs/clients/graphql-request";
import { behangrolSubscriptions, onDetectionRunFinished } from "../docs/clients/graphql-ws";
import { behangrolUrql, timeline } from "../docs/clients/urql";
import { apiSuite, dataOf } from "./support/api-suite";
import { smallDelivery } from "./support/fixtures";
import { TODAY, uniquePrefix } from "./support/graph";
import { socketUrl } from "./support/socket";
import { ADMIN, TEST_SECRET, tokenFor } from "./support/tokens";

const suite = apiSuite();
const p = uniquePrefix("clients");
const EXTRA = 60; // with the delivery's own, more households than one page of 50
let token: string;
beforeAll(async () => {
  suite.owns(p);
  const d = smallDelivery(p);
  d.households = [...(d.households ?? []), ...Array.from({ length: EXTRA }, (_, i) => ({ id: `${p}h-x${i}`, neighbourhood: `${p}Centrum` }))];
  expect((await importDataset(suite.graph, d, TODAY)).ok).toBe(true);
  token = await tokenFor(ADMIN);
});
const url = () => `${suite.api.url}/graphql`;

describe("the README's Clients section", () => {
  it("shows every example in docs/clients exactly as these tests run it, and no other", () => {
    const readme = fs.readFileSync(path.join(projectRoot, "README.md"), "utf8");
    const section = /\n## Clients\n([\s\S]*?)(?=\n## )/.exec(readme)?.[1] ?? "";
    const shown = [...section.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]);
    const folder = path.join(projectRoot, "docs", "clients");
    const files = fs.readdirSync(folder).filter((f) => f.endsWith(".ts")).map((f) => fs.readFileSync(path.join(folder, f), "utf8"));
    expect(files).toHaveLength(4);
    expect(shown.sort()).toEqual(files.sort());
  });
});

describe("the README's client examples, against the API over HTTP and the WebSocket", () => {
  it("Apollo Client 4 reads a household and keeps it normalised, by type and id", async () => {
    const client = behangrolApollo(url(), token, "testing");
    expect(await household(client, `${p}h-1`)).toEqual({
      __typename: "Household", id: `${p}h-1`, neighbourhood: `${p}Centrum`, members: [{ __typename: "Person", id: `${p}p-1`, name: "S. Jansen" }],
    });
    expect(Object.keys(client.cache.extract() as Record<string, unknown>)).toEqual(expect.arrayContaining([`Household:${p}h-1`, `Person:${p}p-1`]));
    await client.clearStore();
  });

  it("urql with its defaults reads a timeline, sending the query as GET", async () => {
    const sent = jest.spyOn(globalThis, "fetch");
    try {
      const entries = await timeline(behangrolUrql(url(), token, "testing"), `${p}h-1`, "2023-01-01");
      expect(sent.mock.calls.map(([, init]) => init?.method)).toEqual(["GET"]);
      expect(entries.map((e) => e.date)).toEqual(expect.arrayContaining(["2023-01-09", "2023-02-14", "2023-03-01"]));
      expect(entries.every((e) => e.date >= "2023-01-01" && e.summary.length > 0)).toBe(true);
    } finally {
      sent.mockRestore();
    }
  });

  it("graphql-request pages through every household of a neighbourhood", async () => {
    const ids = await householdIds(behangrolRequest(url(), token, "testing"), `${p}Centrum`);
    expect(ids.sort()).toEqual([`${p}h-1`, ...Array.from({ length: EXTRA }, (_, i) => `${p}h-x${i}`)].sort());
  });

  it("graphql-ws tries neither a refused (4403) nor an expired (4401) token again, and asks for a fresh one on the next connection", async () => {
    let current = "not-a-token";
    let asked = 0;
    const client = behangrolSubscriptions(socketUrl(suite.api.url), async () => (asked++, current));
    const closedWith = () => new Promise<number>((resolve) => onDetectionRunFinished(client, () => undefined, (e) => resolve((e as { code: number }).code)));
    try {
      expect([await closedWith(), asked]).toEqual([4403, 1]);
      current = await signToken(TEST_SECRET, { role: Role.ADMIN, user: "test-short-lived" }, "2s");
      expect([await closedWith(), asked]).toEqual([4401, 2]);
    } finally {
      await client.dispose();
    }
  });

  it("graphql-ws hears of a finished detection run", async () => {
    const client = behangrolSubscriptions(socketUrl(suite.api.url), async () => token);
    try {
      const seqs: number[] = [];
      const failed = new Promise<never>((_, reject) => onDetectionRunFinished(client, (run) => void seqs.push(run.seq), reject));
      await Promise.race([new Promise((resolve) => client.on("connected", resolve)), failed]);
      await new Promise((resolve) => setTimeout(resolve, 300)); // subscribed
      const seq = (dataOf<{ seq: number }>(await suite.raw("mutation { runDetection { seq } }"), "runDetection")).seq;
      for (let i = 0; i < 100 && !seqs.includes(seq); i++) await Promise.race([new Promise((resolve) => setTimeout(resolve, 100)), failed]);
      expect(seqs).toContain(seq);
    } finally {
      await client.dispose();
    }
  });
});
