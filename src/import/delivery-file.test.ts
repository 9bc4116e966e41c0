import fc from "fast-check";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { RECORD_KINDS } from "./dataset";
import { readDeliveryFile, UnreadableDelivery } from "./delivery-file";

let dir: string;
let n = 0;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-pieces-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What reading `text` streamed hands on: the shell and every record with its text, or why it could not be read. */
async function read(text: string, chunkSize: number) {
  const file = path.join(dir, `${n++}.json`);
  fs.writeFileSync(file, text);
  const records: { kind: string; index: number; record: unknown; text: string }[] = [];
  const repeated: string[] = [];
  let shell: unknown = "never given";
  try {
    await readDeliveryFile(file, {
      shell: (s) => (shell = s),
      repeated: (kind) => void repeated.push(kind),
      record: (kind, index, record, recordText) => void records.push({ kind, index, record, text: recordText }),
    }, { chunkSize });
    return { shell, records, repeated };
  } catch (error) {
    if (!(error instanceof UnreadableDelivery)) throw error;
    return { unreadable: error.message };
  }
}

/** What the same text gives read whole with JSON.parse. */
function expected(text: string) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "unreadable";
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { shell: null, records: [] };
  const top = value as Record<string, unknown>;
  const lists = (k: string) => (RECORD_KINDS as readonly string[]).includes(k) && Array.isArray(top[k]);
  const shell = Object.fromEntries(Object.entries(top).map(([k, v]) => [k, lists(k) ? [] : k === "source" || RECORD_KINDS.includes(k as never) ? v : true]));
  const records = Object.entries(top).filter(([k]) => lists(k)).flatMap(([kind, list]) => (list as unknown[]).map((record, index) => ({ kind, index, record })));
  return { shell, records };
}

const records = fc.array(fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 })), { maxLength: 4 });
const deliveries = fc.dictionary(fc.constantFrom("source", "persons", "events", "households", "extra", "__proto__"),
  fc.oneof(records, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 4 });
/** The same value written compact, indented, or with whitespace where JSON allows it. */
const written = (value: unknown) => fc.constantFrom(0, 2, "\t", " \r\n").map((space) => JSON.stringify(value, null, space));

describe("a delivery file read piece by piece", () => {
  it("hands on exactly what JSON.parse reads, however the file is cut into reads and however it is spaced", async () => {
    await fc.assert(fc.asyncProperty(deliveries.chain(written), fc.integer({ min: 1, max: 40 }), async (text, chunkSize) => {
      const got = await read(text, chunkSize);
      const want = expected(text);
      if (want === "unreadable") throw new Error("the generator wrote JSON");
      expect({ shell: got.shell, records: got.records?.map(({ kind, index, record }) => ({ kind, index, record })) }).toEqual(want);
      // each record's text is the record as written: parsed again, the same value
      for (const r of got.records ?? []) expect(JSON.parse(r.text)).toEqual(r.record);
    }), { numRuns: 300 });
  });

  it("refuses what JSON.parse refuses, and reads what it reads, for any text cut into reads of any size", async () => {
    const texts = fc.oneof(fc.string(), fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.tuple(deliveries.chain(written), fc.nat(), fc.nat(6), fc.string({ maxLength: 3 }))
        .map(([t, at, cut, insert]) => t.slice(0, at % (t.length + 1)) + insert + t.slice((at % (t.length + 1)) + cut)));
    await fc.assert(fc.asyncProperty(texts, fc.integer({ min: 1, max: 40 }), async (text, chunkSize) => {
      const got = await read(text, chunkSize);
      if (expected(text) === "unreadable") expect(got).toEqual({ unreadable: expect.stringMatching(/^(not valid JSON|is empty)/) });
      else expect(got).not.toHaveProperty("unreadable");
    }), { numRuns: 500 });
  });

  it("says which kind is given twice, and keeps the records of its first list only", async () => {
    const got = await read('{"persons":[{"id":"a"}], "source":"s", "persons":[{"id":"b"}]}', 5);
    expect(got.repeated).toEqual(["persons"]);
    expect(got.records).toEqual([{ kind: "persons", index: 0, record: { id: "a" }, text: '{"id":"a"}' }]);
  });

  it("takes a record with multi-byte characters cut between two reads whole", async () => {
    const name = "Zoë Çelik 😀 ĳ";
    for (let chunkSize = 1; chunkSize <= 8; chunkSize++) {
      const got = await read(JSON.stringify({ persons: [{ id: "p", name }] }), chunkSize);
      expect(got.records?.[0]?.record).toEqual({ id: "p", name });
    }
  });
});
