import { spawnSync } from "node:child_process";
import fc from "fast-check";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { projectRoot } from "../src/config";
import type { Graph } from "../src/graph/gateway";
import { UnreadableDelivery } from "../src/import/delivery-file";
import { importDataset, importDelivery } from "../src/import/import.service";
import { fromFile } from "../src/import/intake";
import { CONNECTION_FILE } from "./support/connection";
import { smallDelivery } from "./support/fixtures";
import { TODAY, testGraph, uniquePrefix } from "./support/graph";
import { removeByPrefix, snapshot } from "./support/snapshot";

let graph: Graph;
let dir: string;
let spools: string;
beforeAll(() => {
  graph = testGraph();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-file-test-"));
  spools = path.join(dir, "spools");
});
afterAll(async () => {
  await graph.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** How `npm run import` reads a file: a large one streamed and spooled (here: every one), a small one whole. */
let readWholeBelow = 0;
/** Writes `text` to a file of its own and imports it as `npm run import` does. */
async function importText(text: string, options: Parameters<typeof importDelivery>[3] = {}) {
  const file = path.join(dir, `${uniquePrefix("file")}.json`);
  fs.writeFileSync(file, text);
  return importDelivery(graph, fromFile(file, { spoolDir: spools, readWholeBelow }), TODAY, options);
}
const rename = (lines: string[], from: string) => lines.map((l) => l.split(from).join("P-"));
/** The delivery as a file whose outcomes come before the interventions they are of. */
const outcomesFirst = ({ outcomes, ...rest }: ReturnType<typeof smallDelivery>) => JSON.stringify({ outcomes, ...rest });
const spooled = () => (fs.existsSync(spools) ? fs.readdirSync(spools) : []);

describe.each([["as a stream", 0], ["whole (a small file)", Infinity]])("a delivery read from a file %s", (_, below) => {
  beforeAll(() => (readWholeBelow = below));

  it("writes the same graph as the same delivery in memory, and leaves no spool behind", async () => {
    const [inMemory, fromDisk] = [uniquePrefix("memory"), uniquePrefix("disk")];
    expect((await importDataset(graph, smallDelivery(inMemory), TODAY)).ok).toBe(true);
    const outcome = await importText(JSON.stringify(smallDelivery(fromDisk)));
    expect(outcome).toMatchObject({ ok: true, errors: [] });
    expect(outcome.counts.find((c) => c.kind === "events")).toEqual({ kind: "events", received: 4, created: 4 });
    expect(rename(await snapshot(graph, fromDisk), fromDisk)).toEqual(rename(await snapshot(graph, inMemory), inMemory));
    expect(spooled()).toEqual([]);
    await removeByPrefix(graph, inMemory);
    await removeByPrefix(graph, fromDisk);
  });

  it("takes the arrays in any order, and writes a large one batch by batch", async () => {
    const [expected, p] = [uniquePrefix("ordered"), uniquePrefix("reversed")];
    expect((await importDataset(graph, smallDelivery(expected), TODAY)).ok).toBe(true);
    const d = smallDelivery(p) as unknown as Record<string, unknown>;
    // outcomes before their interventions, memberships before their persons, the source last
    const reversed = Object.fromEntries(Object.keys(d).reverse().map((k) => [k, d[k]]));
    const outcome = await importText(JSON.stringify(reversed, null, 2), { singleTransactionLimit: 5, batchSize: 2 });
    expect(outcome.ok).toBe(true);
    expect(rename(await snapshot(graph, p), p)).toEqual(rename(await snapshot(graph, expected), expected));
    await removeByPrefix(graph, expected);
    await removeByPrefix(graph, p);
  });

  it("says what and where for a record with problems, as the mutation does, and writes nothing", async () => {
    const p = uniquePrefix("file-bad");
    const d = smallDelivery(p);
    d.interventions[0]!.start = "2023-13-01";
    d.interventions[1]!.agencyId = `${p}a-nowhere`;
    d.outcomes[0]!.date = "2022-01-01"; // before its intervention, which comes later in the file
    const outcome = await importText(outcomesFirst(d));
    expect(outcome.ok).toBe(false);
    expect(outcome.errors).toEqual(expect.arrayContaining([
      { path: "interventions[0].start", message: 'not a date: "2023-13-01" (expected YYYY-MM-DD)' },
      { path: "interventions[1].agencyId", message: `unknown agency "${p}a-nowhere": not in this delivery and not stored` },
    ]));
    expect(await snapshot(graph, p)).toEqual([]);
    expect(spooled()).toEqual([]);
  });

  it("refuses an outcome dated before its intervention even when the intervention comes later in the file", async () => {
    const p = uniquePrefix("file-late");
    const d = smallDelivery(p);
    d.outcomes[0]!.date = "2022-01-01";
    const outcome = await importText(outcomesFirst(d));
    expect(outcome.errors).toContainEqual({ path: "outcomes[0].date", message: "2022-01-01 is before its intervention started (2023-01-09)" });
    expect(await snapshot(graph, p)).toEqual([]);
  });

  it("says where a file stops being JSON, and writes nothing", async () => {
    const p = uniquePrefix("file-json");
    const text = JSON.stringify(smallDelivery(p), null, 2).replace(/"neighbourhood": /, '"neighbourhood" ');
    const lines = text.split("\n");
    const line = lines.findIndex((l) => l.includes('"neighbourhood" ')) + 1;
    const column = (lines[line - 1] as string).indexOf('"neighbourhood" ') + '"neighbourhood" '.length + 1; // the value's quote, where ':' belongs
    await expect(importText(text)).rejects.toThrow(new UnreadableDelivery(`not valid JSON at line ${line}, column ${column}: expected ':'`));
    await expect(importText("")).rejects.toThrow("is empty");
    await expect(importText(`${JSON.stringify(smallDelivery(p))} {}`)).rejects.toThrow(UnreadableDelivery); // more after the delivery
    expect(await snapshot(graph, p)).toEqual([]);
    expect(spooled()).toEqual([]);
  });

  it("refuses a field called __proto__ as not a field of a record", async () => {
    const p = uniquePrefix("file-proto");
    const d = smallDelivery(p);
    const proto = JSON.stringify(d).replace(`{"id":"${p}h-1"`, `{"id":"${p}h-1","__proto__":{"neighbourhood":"x"}`);
    expect((await importText(proto)).errors).toContainEqual({ path: "households[0].__proto__", message: expect.stringMatching(/not a field/) });
    expect(await snapshot(graph, p)).toEqual([]);
  });

  it("refuses a kind of record given twice (which of the two would count is unclear; JSON.parse would keep the last)", async () => {
    const p = uniquePrefix("file-twice");
    const d = smallDelivery(p);
    const twice = JSON.stringify(d).replace(/}$/, `,"persons":${JSON.stringify(d.persons)}}`);
    expect((await importText(twice)).errors).toContainEqual({ path: "persons", message: "appears twice in the delivery; give each kind of record once" });
    expect(await snapshot(graph, p)).toEqual([]);
  });

  it("answers a file that is not a delivery with what is wrong with it", async () => {
    expect((await importText("[1, 2, 3]")).errors).toEqual([{ path: "(delivery)", message: "must be an object" }]);
    expect((await importText('{"agencies": "none", "extra": [1]}')).errors).toEqual(expect.arrayContaining([
      { path: "source", message: "is required" },
      { path: "agencies", message: "must be a list" },
      { path: "extra", message: expect.stringMatching(/not a field/) },
    ]));
  });
});

describe("a large delivery file, streamed", () => {
  it("written indented and read in small pieces (records over several lines, cut between reads), writes the same graph", async () => {
    const [inMemory, fromDisk] = [uniquePrefix("memory-indented"), uniquePrefix("indented")];
    expect((await importDataset(graph, smallDelivery(inMemory), TODAY)).ok).toBe(true);
    const file = path.join(dir, `${fromDisk}.json`);
    fs.writeFileSync(file, JSON.stringify(smallDelivery(fromDisk), null, 2));
    const outcome = await importDelivery(graph, fromFile(file, { spoolDir: spools, readWholeBelow: 0, chunkSize: 7 }), TODAY);
    expect(outcome).toMatchObject({ ok: true, errors: [] });
    expect(rename(await snapshot(graph, fromDisk), fromDisk)).toEqual(rename(await snapshot(graph, inMemory), inMemory));
    await removeByPrefix(graph, inMemory);
    await removeByPrefix(graph, fromDisk);
  });

  it("asked to stop while it is read (SIGTERM), stops before writing anything, and leaves no spool", async () => {
    const p = uniquePrefix("file-stop");
    const file = path.join(dir, `${p}.json`);
    fs.writeFileSync(file, JSON.stringify(smallDelivery(p)));
    const stop = new AbortController();
    stop.abort();
    await expect(importDelivery(graph, fromFile(file, { spoolDir: spools, readWholeBelow: 0, signal: stop.signal }), TODAY))
      .rejects.toThrow(/stopped while reading the delivery, before writing anything/);
    expect(await snapshot(graph, p)).toEqual([]);
    expect(spooled()).toEqual([]);
  });
});

describe("a hostile delivery file", () => {
  /** The answer to a file's text, read whole or streamed: its problems as a sorted list, or why it cannot be read. */
  const answerTo = async (text: string, below: number): Promise<{ ok: boolean; problems: string[] }> => {
    readWholeBelow = below;
    try {
      const outcome = await importText(text);
      return { ok: outcome.ok, problems: outcome.errors.map((e) => `${e.path}: ${e.message}`).sort() };
    } catch (error) {
      if (!(error instanceof UnreadableDelivery)) throw error; // anything else is a crash
      return { ok: false, problems: [error.message] };
    }
  };
  const texts = fc.oneof(
    fc.string(), // mostly not JSON
    fc.json({ maxDepth: 3 }), // any JSON
    fc.dictionary(fc.constantFrom("source", "agencies", "persons", "households", "events", "__proto__", "extra"),
      fc.oneof(fc.string(), fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 3 }), fc.object({ maxDepth: 2 })), { maxKeys: 5 })
      .map((d) => JSON.stringify(d)),
    // an object whose fields may repeat, as JSON allows
    fc.array(fc.tuple(fc.constantFrom("source", "persons", "households", "events", "extra"), fc.oneof(fc.string(), fc.array(fc.json({ maxDepth: 1 }), { maxLength: 2 }))), { maxLength: 5 })
      .map((fields) => `{${fields.map(([key, value]) => `${JSON.stringify(key)}:${typeof value === "string" ? JSON.stringify(value) : `[${value.join(",")}]`}`).join(",")}}`),
  );

  it("is answered the same whether streamed or read whole: a refusal with paths, or where it stops being JSON", async () => {
    await fc.assert(fc.asyncProperty(texts, async (text) => {
      const [streamed, whole] = [await answerTo(text, 0), await answerTo(text, Infinity)];
      expect(streamed).toEqual(whole);
    }), { numRuns: 80 });
    expect(spooled()).toEqual([]);
  });

  it("cut or corrupted anywhere, writes nothing unless what is left is a valid delivery", async () => {
    const p = uniquePrefix("file-cut");
    const text = JSON.stringify(smallDelivery(p));
    await fc.assert(fc.asyncProperty(fc.nat(text.length - 1), fc.nat(20), fc.string({ maxLength: 3 }), async (at, cut, insert) => {
      const corrupted = text.slice(0, at) + insert + text.slice(at + cut);
      const streamed = await answerTo(corrupted, 0);
      expect(streamed).toEqual(await answerTo(corrupted, Infinity));
      if (!streamed.ok) expect(await snapshot(graph, p)).toEqual([]);
      else await removeByPrefix(graph, p);
    }), { numRuns: 60 });
    await removeByPrefix(graph, p);
  });
});

describe("npm run import", () => {
  it("says at once that a file is not there, before starting a database, and exits 1", () => {
    const data = fs.mkdtempSync(path.join(dir, "no-neo4j-"));
    const run = spawnSync(process.execPath, [path.join(projectRoot, "dist/src/cli/import.js"), path.join(dir, "mistyped.json"), "--no-progress"], {
      env: { PATH: process.env.PATH, BEHANGROL_DATA_DIR: data, LOG_LEVEL: "error" }, // no NEO4J_URI: it would start its own
      encoding: "utf8", timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`${path.join(dir, "mistyped.json")}: cannot be read; nothing was written.\n`);
    expect(fs.readdirSync(data)).toEqual([]); // no Neo4j was set up
  });

  it("exits 1 on a file that is not JSON, saying where, without writing", () => {
    const file = path.join(dir, "broken.json");
    fs.writeFileSync(file, '{"source": "x",\n  "households": [{"id": "h"}\n');
    const { uri, password } = JSON.parse(fs.readFileSync(CONNECTION_FILE, "utf8")) as Record<string, string>;
    const run = spawnSync(process.execPath, [path.join(projectRoot, "dist/src/cli/import.js"), file, "--no-progress"], {
      env: { PATH: process.env.PATH, NEO4J_URI: uri, NEO4J_PASSWORD: password, BEHANGROL_DATA_DIR: dir, LOG_LEVEL: "error" },
      encoding: "utf8", timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}: not valid JSON`);
    expect(run.stderr).toContain("nothing was written");
  });
});
