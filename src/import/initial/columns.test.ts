import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { CsvFiles } from "./csv-files";
import { writeRecord } from "./columns";

describe("the initial import's CSV", () => {
  it("gives each event its type as a second label and each intervention a GIVEN_BY, as the online writer does (migration 015)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "behangrol-csv-"));
    try {
      const csv = new CsvFiles(dir);
      const write = async (kind: Parameters<typeof writeRecord>[1], row: Record<string, unknown>) => { await Promise.all(writeRecord(csv, kind, row as never, "s")); };
      await write("agencies", { id: "a", props: { id: "a", name: "A", kind: "POLICE", domains: ["VEILIGHEID"] } });
      await write("households", { id: "h", props: { id: "h", neighbourhood: "Noord" } });
      for (const [id, type] of [["e1", "SIGNAL"], ["e2", "CONTACT"], ["e3", "SIGNAL"]]) {
        await write("events", { id, agencyId: "a", householdId: "h", participantAgencyIds: [], props: { id, type, date: "2024-01-01", domain: "VEILIGHEID" } });
      }
      await write("interventions", { id: "i", agencyId: "a", householdId: "h", props: { id: "i", domain: "VEILIGHEID", start: "2024-01-01" } });
      const input = await csv.close();
      const rows = (label: string) => input.nodes.filter((n) => n.label === label).flatMap((n) => n.files)
        .filter((f) => !f.endsWith(".header.csv")).flatMap((f) => fs.readFileSync(f, "utf8").split("\n").filter(Boolean));
      expect(input.nodes.map((n) => n.label).sort()).toEqual(["Agency", "Event:Event_CONTACT", "Event:Event_SIGNAL", "Household", "Intervention"]);
      expect(rows("Event:Event_SIGNAL").map((r) => r.split(",")[1])).toEqual(['"e1"', '"e3"']);
      const relRows = (name: string) => fs.readFileSync(path.join(dir, `rel-${name}.csv`), "utf8").split("\n").filter(Boolean);
      // the help's GIVEN_BY joins the same two nodes as its BY; the events have none
      expect(relRows("Intervention-GIVEN_BY-Agency")).toEqual(relRows("Intervention-BY-Agency"));
      expect(relRows("Intervention-GIVEN_BY-Agency")).toHaveLength(1);
      expect(relRows("Event-BY-Agency")).toHaveLength(3);
      expect(input.relationships.filter((r) => r.type === "GIVEN_BY").flatMap((r) => r.files).filter((f) => f.includes("Event"))).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
