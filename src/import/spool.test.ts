import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Spool } from "./spool";

let dir: string;
beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-spool-"))));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the import's spool", () => {
  it("gives back every record in order, in batches, across blocks of the file and characters of several bytes", async () => {
    const spool = await Spool.create(dir);
    const records = Array.from({ length: 30_000 }, (_, i) => ({ id: `p-${i}`, name: `Zoë 😀 ${"x".repeat(i % 90)}`, note: i % 7 ? null : "a\nb" }));
    for (const [i, record] of records.entries()) {
      // as delivered: one line as it is, or (indented) over several lines, which the spool writes as one
      const text = i % 3 ? JSON.stringify(record) : JSON.stringify(record, null, 2);
      await spool.add("persons", i, record, text);
    }
    await spool.close();
    expect(fs.statSync(path.join(fs.readdirSync(dir).map((d) => path.join(dir, d))[0]!, "persons.ndjson")).size).toBeGreaterThan(2 * 2 ** 20);
    const back: unknown[] = [];
    for await (const batch of spool.batches("persons", 1000)) {
      expect(batch.length).toBeLessThanOrEqual(1000);
      for (const { index, record } of batch) back[index] = record;
    }
    expect(back).toEqual(records);
    expect(spool.count("persons")).toBe(30_000);
    await spool.dispose();
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
