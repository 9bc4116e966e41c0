import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import yazl from "yazl";
import { installationBsnKey } from "../src/access/bsn";
import { cypher } from "../src/graph/cypher";
import type { Graph } from "../src/graph/gateway";
import { ImportStopped } from "../src/import/writer";
import { importMessages } from "../src/messages/import-messages";
import { messagesAt, type Listed } from "../src/messages/sources";
import { projectRoot } from "../src/config";
import { CONNECTION_FILE } from "./support/connection";
import { TODAY, testGraph } from "./support/graph";
import { allocation, bsnFor, parties, started, stopped, xml } from "./support/messages";

let graph: Graph;
let dir: string;
beforeAll(() => {
  graph = testGraph();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-messages-test-"));
});
afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await graph.close();
});

const HELP = cypher("../tests/support/help-of-person.cypher");
const COUNT = cypher("../tests/support/message-nodes.cypher");

/** A client's youth care as three messages: allocated, started, stopped by the client. */
function care(cbs: string, agb: string, bsn: string, number: string): string[] {
  const o = { cbs, agb, bsn };
  return [
    xml(allocation({ ...o, dated: "2025-02-03", number, from: "2025-02-03" })),
    xml(started({ ...o, dated: "2025-02-04", number, start: "2025-02-04" })),
    xml(stopped({ ...o, dated: "2025-05-01", number, start: "2025-02-04", end: "2025-05-01", reason: "32" })),
  ];
}

function zipOf(file: string, entries: Array<[string, string]>): Promise<void> {
  return new Promise((resolve, reject) => {
    const zip = new yazl.ZipFile();
    for (const [name, text] of entries) zip.addBuffer(Buffer.from(text), name);
    zip.end();
    zip.outputStream.pipe(fs.createWriteStream(file)).on("close", () => resolve()).on("error", reject);
  });
}

describe("npm run import reads messages from a folder or a .zip", () => {
  it("a folder with subfolders, in name order, skipping files that are not .xml", async () => {
    const { cbs, agb } = parties();
    const bsn = bsnFor(`folder-${cbs}`);
    const folder = path.join(dir, "archief");
    fs.mkdirSync(path.join(folder, "2025", "02"), { recursive: true });
    const [a, s, e] = care(cbs, agb(1), bsn, "10");
    fs.writeFileSync(path.join(folder, "2025", "02", "JW301-1.xml"), a as string);
    fs.writeFileSync(path.join(folder, "2025", "02", "JW305-1.xml"), s as string);
    fs.writeFileSync(path.join(folder, "2025", "JW307-1.XML"), e as string);
    fs.writeFileSync(path.join(folder, "LEESMIJ.txt"), "not a message");
    const listed: Listed = { count: 0, skipped: 0 };
    const result = await importMessages(graph, messagesAt(folder, listed), TODAY, "test");
    expect(result.outcome.errors).toEqual([]);
    expect(listed).toEqual({ count: 3, skipped: 1 });
    const names: string[] = [];
    for await (const m of messagesAt(folder)) names.push(m.name);
    expect(names).toEqual(["2025/02/JW301-1.xml", "2025/02/JW305-1.xml", "2025/JW307-1.XML"]);
    expect(await graph.read(HELP, { personId: installationBsnKey().personId(bsn) })).toEqual([
      expect.objectContaining({ start: "2025-02-04", end: "2025-05-01", endReason: "CLIENT_WITHDREW", endReasonCode: 32 }),
    ]);
  });

  it("a .zip, entry by entry, naming a bad entry by its path inside the archive", async () => {
    const { cbs, agb } = parties();
    const bsn = bsnFor(`zip-${cbs}`);
    const [a, s, e] = care(cbs, agb(1), bsn, "20");
    const file = path.join(dir, "berichten.zip");
    await zipOf(file, [["nov/JW301.xml", a as string], ["nov/JW305.xml", s as string], ["nov/JW307.xml", (e as string).replace(">32<", ">99<")], ["nov/readme.md", "x"]]);
    const refused = await importMessages(graph, messagesAt(file), TODAY, "test");
    expect(refused.outcome.ok).toBe(false);
    expect(refused.outcome.errors).toEqual([expect.objectContaining({ path: "nov/JW307.xml: /Bericht/Client/StopProducten/StopProduct/RedenBeeindiging" })]);
    expect((await graph.read(COUNT, { cbs }))[0]).toEqual({ messages: 0, allocations: 0, agencies: 0 });

    await zipOf(file, [["nov/JW301.xml", a as string], ["nov/JW305.xml", s as string], ["nov/JW307.xml", e as string]]);
    const imported = await importMessages(graph, messagesAt(file), TODAY, "test");
    expect(imported.outcome.errors).toEqual([]);
    expect(imported.messages).toEqual({ received: 3, created: 3, repeated: 0, skipped: 0 });
  });

  it("sets aside, when asked, the messages of allocations that begin before the archive, and applies them once their 301 comes", async () => {
    const { cbs, agb } = parties();
    const bsn = bsnFor(`aside-${cbs}`);
    const [a, s, e] = care(cbs, agb(1), bsn, "40");
    const [a2, s2] = care(cbs, agb(1), bsnFor(`aside2-${cbs}`), "41");
    const late = [{ name: "s.xml", text: s as string }, { name: "e.xml", text: e as string }, { name: "a2.xml", text: a2 as string }, { name: "s2.xml", text: s2 as string }];
    const refused = await importMessages(graph, late, TODAY, "test");
    expect(refused.outcome.ok).toBe(false);
    const aside = await importMessages(graph, late, TODAY, "test", { setAsideUnknown: true });
    expect(aside.outcome.errors).toEqual([]);
    expect(aside.messages).toEqual({ received: 4, created: 2, repeated: 0, skipped: 0 });
    expect(aside.setAside).toEqual([
      { path: "s.xml: /Bericht/Client/StartProducten/StartProduct/ToewijzingNummer", message: `refers to allocation 40 of municipality ${cbs}, which is unknown here: set aside` },
      { path: "e.xml: /Bericht/Client/StopProducten/StopProduct/ToewijzingNummer", message: `refers to allocation 40 of municipality ${cbs}, which is unknown here: set aside` },
    ]);
    const personId = installationBsnKey().personId(bsn);
    expect(await graph.read(HELP, { personId })).toEqual([]);
    const completed = await importMessages(graph, [{ name: "a.xml", text: a as string }, ...late], TODAY, "test");
    expect(completed.messages).toEqual({ received: 5, created: 3, repeated: 2, skipped: 0 });
    expect(await graph.read(HELP, { personId })).toEqual([expect.objectContaining({ start: "2025-02-04", end: "2025-05-01", endReason: "CLIENT_WITHDREW" })]);
  });

  it("says a path that is not there, and a file that is not a zip", async () => {
    await expect(importMessages(graph, messagesAt(path.join(dir, "nergens")), TODAY, "test")).rejects.toThrow("no such file or folder");
    const fake = path.join(dir, "kapot.zip");
    fs.writeFileSync(fake, "PK not really");
    await expect(importMessages(graph, messagesAt(fake), TODAY, "test")).rejects.toThrow("is not a readable .zip");
  });
});

describe("npm run import -- FOLDER", () => {
  const cli = (target: string) => {
    const { uri, password } = JSON.parse(fs.readFileSync(CONNECTION_FILE, "utf8")) as Record<string, string>;
    return spawnSync(process.execPath, [path.join(projectRoot, "dist/src/cli/import.js"), target, "--no-progress"], {
      env: { PATH: process.env.PATH, NEO4J_URI: uri, NEO4J_PASSWORD: password, BEHANGROL_DATA_DIR: dir, LOG_LEVEL: "error", BSN_KEY: process.env.BSN_KEY },
      encoding: "utf8", timeout: 120_000,
    });
  };

  it("imports a folder of messages, says what it skipped, and refuses a bad one with its path and exit 1", () => {
    const { cbs, agb } = parties();
    const folder = path.join(dir, "cli");
    fs.mkdirSync(folder);
    const [a, s, e] = care(cbs, agb(1), bsnFor(`cli-${cbs}`), "30");
    fs.writeFileSync(path.join(folder, "1.xml"), a as string);
    fs.writeFileSync(path.join(folder, "2.xml"), s as string);
    fs.writeFileSync(path.join(folder, "3.xml"), (e as string).replace("<jw307:Einddatum>2025-05-01", "<jw307:Einddatum>2025-04-31"));
    fs.writeFileSync(path.join(folder, "4.xml"), (a as string).replaceAll("jw301", "jw302"));
    const refused = cli(folder);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("3.xml: /Bericht/Client/StopProducten/StopProduct/Einddatum: 2025-04-31 is not a date");
    expect(refused.stderr).toContain("nothing was written");
    fs.writeFileSync(path.join(folder, "3.xml"), e as string);
    const done = cli(folder);
    expect(done.stderr).toContain("1 message(s) of types behangrol does not read were skipped (1 iJw 302)");
    expect(done.status).toBe(0);
    expect(done.stdout).toMatch(/^Imported 4 message\(s\) from .*: 3 new, 0 received before/);
  });

  it("says at once that a folder is not there, and exits 1", () => {
    const run = cli(path.join(dir, "nergens"));
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/nergens: cannot be read.*nothing was written/);
  });
});

describe("a large import of messages", () => {
  it("stopped between batches, is finished by importing the same messages again, and ends as an uninterrupted one would", async () => {
    const { cbs, agb } = parties();
    const texts = Array.from({ length: 8 }, (_, i) => care(cbs, agb(i % 3), bsnFor(`resume-${cbs}-${i}`), String(100 + i))).flat()
      .map((text, i) => ({ name: `m${i}.xml`, text }));
    const stop = new AbortController();
    const small = { batchSize: 4, singleTransactionLimit: 10, signal: stop.signal };
    let batches = 0;
    await expect(importMessages(graph, texts, TODAY, "test", { ...small, onProgress: () => ++batches === 2 && stop.abort() })).rejects.toBeInstanceOf(ImportStopped);
    const half = (await graph.read(COUNT, { cbs }))[0];
    expect(half?.messages).toBe(0); // a message counts as received only once all it says is written

    const finished = await importMessages(graph, texts, TODAY, "test", { batchSize: 4, singleTransactionLimit: 10 });
    expect(finished.outcome.errors).toEqual([]);
    expect(finished.messages).toEqual({ received: 24, created: 24, repeated: 0, skipped: 0 });
    const again = await importMessages(graph, texts, TODAY, "test");
    expect(again.messages).toEqual({ received: 24, created: 0, repeated: 24, skipped: 0 });
    expect((await graph.read(COUNT, { cbs }))[0]).toEqual({ messages: 24, allocations: 8, agencies: 4 });
    for (let i = 0; i < 8; i++) {
      expect(await graph.read(HELP, { personId: installationBsnKey().personId(bsnFor(`resume-${cbs}-${i}`)) })).toEqual([
        expect.objectContaining({ id: `ijw-${cbs}-toewijzing-${100 + i}`, start: "2025-02-04", end: "2025-05-01", endReason: "CLIENT_WITHDREW" }),
      ]);
    }
  });
});
