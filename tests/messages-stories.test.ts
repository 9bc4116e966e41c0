import fs from "node:fs";
import path from "node:path";
import { installationBsnKey } from "../src/access/bsn";
import type { Graph } from "../src/graph/gateway";
import { detectForHousehold } from "../src/detectors/detect.service";
import type { Dataset } from "../src/import/dataset";
import { importDataset } from "../src/import/import.service";
import { composeMessage } from "../src/messages/compose";
import { asMessages } from "../src/messages/from-dataset";
import { STORIES_DIR } from "../seeds/load-stories";
import { TODAY, testGraph, uniquePrefix } from "./support/graph";
import { importTexts, parties } from "./support/messages";
import { mergeDatasets, prefixDataset } from "./support/prefix-dataset";
import { removeByPrefix } from "./support/snapshot";

let graph: Graph;
const [json, messages] = [uniquePrefix("stories-json"), uniquePrefix("stories-msg")];
beforeAll(() => (graph = testGraph()));
afterAll(async () => {
  await removeByPrefix(graph, json);
  await removeByPrefix(graph, messages);
  await graph.close();
});

const stories = (): Dataset => mergeDatasets("stories", fs.readdirSync(STORIES_DIR).filter((f) => f.endsWith(".json")).sort()
  .map((f) => JSON.parse(fs.readFileSync(path.join(STORIES_DIR, f), "utf8")) as Dataset));
const HOUSEHOLDS = ["h-s1", "h-s2", "h-s3", "h-s4", "h-s5"];

describe("the seed stories' youth and Wmo help, as iJw/iWmo messages", () => {
  it("finds the same hits as the stories as JSON", async () => {
    const asJson = await importDataset(graph, prefixDataset(stories(), json), TODAY);
    expect(asJson.errors).toEqual([]);

    const converted = asMessages(prefixDataset(stories(), messages), { cbsCode: parties().cbs, today: TODAY });
    expect(converted.messages.length).toBeGreaterThan(100); // 38 youth and Wmo interventions: a 301, a 305, and a 307 for most
    const before = await importDataset(graph, converted.before, TODAY);
    expect(before.errors).toEqual([]);
    const imported = await importTexts(graph, converted.messages.map((m) => ({ name: m.name, text: composeMessage(m.message, m.birthDate ? { birthDate: m.birthDate } : {}) })));
    expect(imported.outcome.errors).toEqual([]);
    expect(imported.messages.created).toBe(converted.messages.length);
    const after = await importDataset(graph, converted.after, TODAY);
    expect(after.errors).toEqual([]);

    // a person-subject hit names the person the BSN's hash names: back to the story's own id
    const storyIdOf = new Map([...converted.bsns].map(([id, bsn]) => [installationBsnKey().personId(bsn), id.slice(messages.length)]));
    const hitsOf = async (prefix: string, household: string) =>
      (await detectForHousehold(graph, `${prefix}${household}`, { asOf: TODAY, from: null, to: null }))
        .map((h) => `${h.kind} ${storyIdOf.get(h.subjectId) ?? h.subjectId.slice(prefix.length)}`).sort();
    for (const household of HOUSEHOLDS) {
      const fromJson = await hitsOf(json, household);
      expect(fromJson.length).toBeGreaterThan(0);
      expect({ household, hits: await hitsOf(messages, household) }).toEqual({ household, hits: fromJson });
    }
  });
});
